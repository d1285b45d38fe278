/**
 * Things authors' HTML (or markdown) does that a page cannot keep (mmd-2018
 * does each):
 * - an `<h1>` in the content: the page's title is its one H1, so another
 *   becomes an `<h2>` (its words stay, under a heading one level down);
 * - a link with nothing in it (`<a href="#home"></a>`, Learn's old pivot
 *   markup): nothing to read or click, so it goes; but an empty anchor that
 *   names a place (`<a name="bkmk"></a>`, `<a id="x"></a>`, as older docs
 *   mark link targets) stays where it is, as a target only (no `href`);
 * - an empty header cell (the corner of a table): it heads nothing, so it is
 *   an ordinary cell.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, walk } from './walk.ts';

const isEmptyLink = (node: Element) =>
  node.tagName === 'a' && toString(node).trim() === '' && !node.children.some((c) => c.type === 'element' && (c.tagName === 'img' || c.tagName === 'svg'));

/** An empty link goes, unless it names a place that links lead to: that stays, as a target only. */
function keepsPlace(node: Element): boolean {
  if (node.properties.name === undefined && node.properties.id === undefined) return false;
  delete node.properties.href;
  return true;
}

const rehypeTidyHtml: Plugin<[], Root> = () => (tree) => {
  walk(tree, (node) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    const parent = node as Element;
    if (parent.type === 'element' && parent.tagName === 'h1') {
      parent.tagName = 'h2';
      return SKIP;
    }
    if (parent.type === 'element' && parent.tagName === 'th' && toString(parent).trim() === '') parent.tagName = 'td';
    parent.children = parent.children.filter((child) => !(child.type === 'element' && isEmptyLink(child) && !keepsPlace(child)));
  });
};

export default rehypeTidyHtml;

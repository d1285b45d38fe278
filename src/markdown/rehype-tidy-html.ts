/**
 * Things authors' HTML (or markdown) does that a page cannot keep (mmd-2018
 * does each):
 * - an `<h1>` in the content: the page's title is its one H1, so another
 *   becomes an `<h2>` (its words stay, under a heading one level down);
 * - a link with nothing in it (`<a href="#home"></a>`, Learn's old pivot
 *   markup): nothing to read or click, so it goes;
 * - an empty header cell (the corner of a table): it heads nothing, so it is
 *   an ordinary cell.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, walk } from './walk.ts';

const isEmptyLink = (node: Element) =>
  node.tagName === 'a' && toString(node).trim() === '' && !node.children.some((c) => c.type === 'element' && (c.tagName === 'img' || c.tagName === 'svg'));

const rehypeTidyHtml: Plugin<[], Root> = () => (tree) => {
  walk(tree, (node) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    const parent = node as Element;
    if (parent.type === 'element' && parent.tagName === 'h1') {
      parent.tagName = 'h2';
      return SKIP;
    }
    if (parent.type === 'element' && parent.tagName === 'th' && toString(parent).trim() === '') parent.tagName = 'td';
    parent.children = parent.children.filter((child) => !(child.type === 'element' && isEmptyLink(child)));
  });
};

export default rehypeTidyHtml;

/**
 * Things authors' HTML (or markdown) does that a page cannot keep (mmd-2018
 * does each):
 * - an `<h1>` in the content: the page's title is its one H1, so another
 *   becomes an `<h2>` (its words stay, under a heading one level down);
 * - a link with nothing in it (`<a href="#home"></a>`, Learn's old pivot
 *   markup): nothing to read or click, so it goes; but an empty anchor that
 *   names a place (`<a name="bkmk"></a>`, `<a id="x"></a>`, as older docs
 *   mark link targets) stays where it is, as a target only (no `href`),
 *   and a paragraph of nothing else (the anchor on a line of its own) gives
 *   way to it, so that no empty paragraph adds space;
 * - an empty header cell (the corner of a table): it heads nothing, so it is
 *   an ordinary cell;
 * - spaces at the end of a heading's words, before an anchor that ends it
 *   (`## Set up <a id="s"></a>`): its id would end with "-".
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, walk } from './walk.ts';

const isEmptyLink = (node: Element) =>
  node.tagName === 'a' && toString(node).trim() === '' && !node.children.some((c) => c.type === 'element' && (c.tagName === 'img' || c.tagName === 'svg'));

const namesPlace = (node: Element) => [node.properties.name, node.properties.id].some((value) => typeof value === 'string' && value !== '');

const HEADING = /^h[1-6]$/;

/** Trims the spaces that end a heading's words when only empty anchors follow them. */
function trimHeadingEnd(heading: Element): void {
  for (const child of [...heading.children].reverse()) {
    if (child.type === 'text') {
      child.value = child.value.trimEnd();
      if (child.value !== '') return;
    } else if (child.type !== 'element' || !isEmptyLink(child)) {
      return;
    }
  }
}

/** An empty link goes, unless it names a place that links lead to: that stays, as a target only (its `href` goes). */
function keepAsTarget(node: Element): boolean {
  if (!namesPlace(node)) return false;
  delete node.properties.href;
  return true;
}

/** A paragraph of empty anchors that name places (and spaces): its anchors, without the paragraph. */
function anchorsOnly(node: ElementContent): ElementContent[] | undefined {
  if (node.type !== 'element' || node.tagName !== 'p') return undefined;
  const anchors = node.children.filter((c): c is Element => c.type === 'element');
  const onlyAnchors = anchors.every((a) => isEmptyLink(a) && namesPlace(a)) && node.children.every((c) => c.type === 'element' || (c.type === 'text' && c.value.trim() === ''));
  return anchors.length > 0 && onlyAnchors ? anchors : undefined;
}

const rehypeTidyHtml: Plugin<[], Root> = () => (tree) => {
  walk(tree, (node) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    const parent = node as Element;
    if (parent.type === 'element' && HEADING.test(parent.tagName)) trimHeadingEnd(parent);
    if (parent.type === 'element' && parent.tagName === 'h1') {
      parent.tagName = 'h2';
      return SKIP;
    }
    if (parent.type === 'element' && parent.tagName === 'th' && toString(parent).trim() === '') parent.tagName = 'td';
    parent.children = parent.children
      .flatMap((child) => anchorsOnly(child) ?? [child])
      .filter((child) => !(child.type === 'element' && isEmptyLink(child) && !keepAsTarget(child)));
  });
};

export default rehypeTidyHtml;

/**
 * Lists the page's headings (level, id, text) in `file.data.headings`, for the
 * "On this page" list, and every id on the page (headings' included, and the
 * names of `<a name>` anchors) in `file.data.anchors`, the parts a link can
 * lead to. The anchor-link glyph after a heading is not its text.
 */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { walk } from './walk.ts';

export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    headings: PageHeading[];
    anchors: string[];
  }
}

export const HEADING_ANCHOR_CLASS = 'heading-anchor';

const isAnchor = (node: Element['children'][number]) =>
  node.type === 'element' && (node.properties.className as string[] | undefined)?.includes(HEADING_ANCHOR_CLASS);

const rehypeCollectHeadings: Plugin<[], Root> = () => (tree, file) => {
  const headings: PageHeading[] = [];
  const anchors: string[] = [];
  walk(tree, (node) => {
    if (node.type !== 'element') return;
    const element = node as Element;
    const { id, name } = element.properties;
    if (typeof id === 'string') anchors.push(id);
    if (element.tagName === 'a' && typeof name === 'string') anchors.push(name);
    const depth = headingRank(element);
    if (!depth || typeof element.properties.id !== 'string') return;
    const text = toString({ ...element, children: element.children.filter((c) => !isAnchor(c)) }).trim();
    headings.push({ depth, slug: element.properties.id, text });
  });
  file.data.headings = headings;
  file.data.anchors = anchors;
};

export default rehypeCollectHeadings;

/**
 * The loader's rehype plugin that keeps, in `file.data.searchHtml`, the part
 * of a page that search indexes as the article itself: everything but its
 * responsibility tables (each duty is indexed on its own, see
 * src/search/records.ts), the counterpart disclosures inside them, and the
 * `#` glyphs of heading anchors. Leaving them out here, rather than asking
 * the indexer to skip them, keeps what the indexer reads small.
 *
 * Blocks are kept apart by whitespace: Pagefind joins the text of adjacent
 * elements as written, so the header cells of raw HTML such as
 * `<th>Test ring</th><th>First</th>` were indexed, and shown in excerpts, as
 * "Test ringFirst". A line break goes around every element that is not
 * phrasing content (cells, rows, list items, paragraphs, headings) and after
 * every `<br>`; words inside a line (`Win<b>dows</b>`) stay joined.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { phrasing } from 'hast-util-phrasing';
import type { Plugin } from 'unified';
import { HEADING_ANCHOR_CLASS } from '../markdown/rehype-collect-headings.ts';

declare module 'vfile' {
  interface DataMap {
    searchHtml: string;
  }
}

const LEFT_OUT = [HEADING_ANCHOR_CLASS, 'duty-table', 'counterpart'];

function isLeftOut(node: RootContent): boolean {
  if (node.type !== 'element') return false;
  const classes = (node.properties.className as string[] | undefined) ?? [];
  // A duty table sits in its scroll wrapper: leave the wrapper out with it.
  const wrapsDutyTable = node.children.some((c) => c.type === 'element' && ((c.properties.className as string[] | undefined) ?? []).includes('duty-table'));
  return wrapsDutyTable || classes.some((c) => LEFT_OUT.includes(c));
}

const LINE_BREAK = { type: 'text', value: '\n' } as const;

/** The node, with what is left out removed and blocks kept apart. */
function kept<T extends Root | Element>(node: T): T {
  const children = node.children.filter((c) => !isLeftOut(c)).flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child as ElementContent];
    const element = kept(child);
    if (element.tagName === 'br') return [element, LINE_BREAK];
    return phrasing(element) ? [element] : [LINE_BREAK, element, LINE_BREAK];
  });
  return { ...node, children };
}

const rehypeSearchHtml: Plugin<[], Root> = () => (tree, file) => {
  file.data.searchHtml = toHtml(kept(tree));
};

export default rehypeSearchHtml;

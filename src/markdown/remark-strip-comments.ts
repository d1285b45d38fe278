/**
 * HTML comments are notes for authors, never shown (the sanitizer would drop
 * them anyway). Taking the raw HTML nodes that hold nothing but comments out
 * of the tree early means most pages have no raw HTML left, and rendering can
 * skip re-parsing the whole page through an HTML parser: this plugin, the
 * last on the markdown tree, says in `file.data.rawHtml` whether any is left
 * (rehype-raw-when-needed.ts reads it).
 *
 * At each raw HTML node it also closes an anchor closed as in XHTML
 * (`<a name="x"/>`, as older docs mark a link target) the way its author
 * meant, `<a name="x"></a>`: HTML has no self-closing `<a>`, and would make
 * the rest of the block the anchor's text. The rewrite is 3 characters longer;
 * `file.data.rawHtmlEdits` records it, so that what follows it in the block
 * is placed as written once parsed (rehype-raw-when-needed.ts).
 */
import type { Html, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Parent } from 'unist';
import { walk } from './walk.ts';

declare module 'vfile' {
  interface DataMap {
    /** Whether the page still has raw HTML once its comments are gone. */
    rawHtml: boolean;
    /** The rewrites of raw HTML, for placing what follows them as written. */
    rawHtmlEdits: RawHtmlEdit[];
  }
}

/**
 * A rewrite that made a raw HTML node `delta` characters longer. Parsed, the
 * node's text from offset `from` to `to` (offsets as rewritten) is `delta`
 * further on than as written, and `delta` columns further right on `line`,
 * its last line being `lastLine`.
 */
export interface RawHtmlEdit {
  from: number;
  to: number;
  delta: number;
  line: number;
  lastLine: number;
}

const ONLY_COMMENTS = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;
const SELF_CLOSED_ANCHOR = /<a(\s[^<>]*?)?\s*\/>/gi;

/** Closes the node's XHTML-closed anchors; gives the rewrites' edits. */
function closeAnchors(html: Html): RawHtmlEdit[] {
  const { start, end } = html.position ?? {};
  const edits: Omit<RawHtmlEdit, 'to'>[] = [];
  let added = 0;
  html.value = html.value.replace(SELF_CLOSED_ANCHOR, (match: string, attributes: string | undefined, index: number, value: string) => {
    const closed = `<a${attributes ?? ''}></a>`;
    added += closed.length - match.length;
    if (start?.offset !== undefined && end) {
      const line = start.line + (value.slice(0, index).match(/\n/g)?.length ?? 0);
      edits.push({ from: start.offset + index + match.length + added, delta: closed.length - match.length, line, lastLine: end.line });
    }
    return closed;
  });
  const to = (end?.offset ?? 0) + added;
  return edits.map((edit) => ({ ...edit, to }));
}

const remarkStripComments: Plugin<[], Root> = () => (tree, file) => {
  let rawHtml = false;
  const comments: { node: Html; parent: Parent }[] = [];
  const edits: RawHtmlEdit[] = [];
  walk(tree, (node, parent) => {
    if (node.type !== 'html') return;
    const html = node as Html;
    if (parent && ONLY_COMMENTS.test(html.value)) {
      comments.push({ node: html, parent });
      return;
    }
    rawHtml = true;
    if (html.value.includes('/>')) edits.push(...closeAnchors(html));
  });
  for (const { node, parent } of comments) parent.children.splice(parent.children.indexOf(node), 1);
  file.data.rawHtml = rawHtml;
  if (edits.length > 0) file.data.rawHtmlEdits = edits;
};

export default remarkStripComments;

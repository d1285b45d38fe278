/**
 * rehype-raw, only for pages that have raw HTML. Parsing raw HTML means
 * re-parsing the whole tree through parse5, which is a large share of the
 * time a page takes; most pages have none once their comments are gone (and
 * their `<br>`s in tables turned into structure), and the output is the same
 * without it. remark-strip-comments.ts says in `file.data.rawHtml` whether
 * any is left; without that word, the tree is searched.
 *
 * The parser places what it parses from a raw node by the node's text; where
 * remark-strip-comments.ts rewrote that text (`file.data.rawHtmlEdits`), what
 * follows the rewrite in the node is moved back to where it is written, for
 * messages about it.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { Plugin } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { RawHtmlEdit } from './remark-strip-comments.ts';

function hasRaw(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/** Moves the points parsed after a rewrite of a raw node's text back to where they are written. */
function placeAsWritten(tree: Root, edits: RawHtmlEdit[]): void {
  visit(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (point?.offset === undefined) continue;
      const { offset, line } = point;
      // Within the rewritten node's text after the rewrite (its lines: what follows the node starts on a later one).
      for (const edit of edits.filter((e) => e.from <= offset && offset <= e.to && line <= e.lastLine)) {
        point.offset -= edit.delta;
        if (line === edit.line) point.column -= edit.delta;
      }
    }
  });
}

const rehypeRawWhenNeeded: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  if (!(file.data.rawHtml ?? hasRaw(tree))) return tree;
  const parsed = raw(tree, { file }) as Root;
  if (file.data.rawHtmlEdits) placeAsWritten(parsed, file.data.rawHtmlEdits);
  return parsed;
};

export default rehypeRawWhenNeeded;

/**
 * Which file a node was written in. Included files (`[!INCLUDE]`) are spliced
 * into the page's tree; their nodes keep their own line and column, and their
 * offsets are moved into a range of their own: the page owns offsets below
 * SPAN, its first included file [SPAN, 2·SPAN), and so on. Positions travel
 * with the nodes through every later step (mdast to hast copies them, and
 * rehype-raw derives the positions of parsed HTML from its raw node's), so any
 * plugin can tell from a node's offset alone which file it came from: to put a
 * message on the right file, or to resolve a relative link from the right folder.
 */
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Offsets reserved per file: more than any markdown file has characters. */
const SPAN = 2 ** 32;

declare module 'vfile' {
  interface DataMap {
    /** The files spliced into this page, in the order they were included (the same file may appear twice). */
    includedFiles: VFile[];
  }
}

/** Registers `included` as a source of `page`'s tree and moves the offsets of its nodes into their own range. */
export function adoptIncludedTree(page: VFile, included: VFile, tree: Node): void {
  const files = (page.data.includedFiles ??= []);
  files.push(included);
  const base = files.length * SPAN;
  visit(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (point && point.offset !== undefined && point.offset < SPAN) point.offset += base;
    }
  });
}

/** The file a node was written in: the page itself, or one of its included files. */
export function sourceFileOf(page: VFile, node: Node | undefined): VFile {
  const offset = node?.position?.start.offset;
  if (offset === undefined || offset < SPAN) return page;
  return page.data.includedFiles?.[Math.floor(offset / SPAN) - 1] ?? page;
}

/** The page and the files included in it (a file included twice is there twice, with the same messages). */
export function allSourceFiles(page: VFile): VFile[] {
  return [page, ...(page.data.includedFiles ?? [])];
}

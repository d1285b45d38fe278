/**
 * rehype-raw, only for pages that have raw HTML. Parsing raw HTML means
 * re-parsing the whole tree through parse5, which is a large share of the
 * time a page takes; most pages (and every role table once its `<br>`s are
 * turned into structure) have none, and the output is the same without it.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { Plugin } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

function hasRaw(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

const rehypeRawWhenNeeded: Plugin<[], Root> = () => (tree: Root, file: VFile) => (hasRaw(tree) ? (raw(tree, { file }) as Root) : tree);

export default rehypeRawWhenNeeded;

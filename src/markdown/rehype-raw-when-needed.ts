/**
 * rehype-raw, only for pages that have raw HTML. Parsing raw HTML means
 * re-parsing the whole tree through parse5, which is a large share of the
 * time a page takes; most pages have none once their comments are gone (and
 * their `<br>`s in tables turned into structure), and the output is the same
 * without it. remark-strip-comments.ts says in `file.data.rawHtml` whether
 * any is left; without that word, the tree is searched.
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

const rehypeRawWhenNeeded: Plugin<[], Root> = () => (tree: Root, file: VFile) =>
  (file.data.rawHtml ?? hasRaw(tree)) ? (raw(tree, { file }) as Root) : tree;

export default rehypeRawWhenNeeded;

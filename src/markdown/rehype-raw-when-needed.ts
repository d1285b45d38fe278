/**
 * rehype-raw, only for pages that have raw HTML. Parsing raw HTML means
 * re-parsing the whole tree through parse5, which is a large share of the
 * time a page takes; most pages have none once their comments are gone (and
 * their `<br>`s in tables turned into structure), and the output is the same
 * without it. remark-strip-comments.ts says in `file.data.rawHtml` whether
 * any is left; without that word, the tree is searched.
 *
 * An anchor closed as in XHTML (`<a name="x"/>`, as older docs mark a link
 * target) is read as its author meant it, `<a name="x"></a>`: HTML has no
 * self-closing `<a>`, and would make the rest of the block the anchor's text.
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

const SELF_CLOSED_ANCHOR = /<a(\s[^<>]*?)?\s*\/>/gi;

const rehypeRawWhenNeeded: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  if (!(file.data.rawHtml ?? hasRaw(tree))) return tree;
  visit(tree, 'raw', (node) => {
    node.value = node.value.replace(SELF_CLOSED_ANCHOR, '<a$1></a>');
  });
  return raw(tree, { file }) as Root;
};

export default rehypeRawWhenNeeded;

/**
 * HTML comments are notes for authors, never shown (the sanitizer would drop
 * them anyway). Taking the raw HTML nodes that hold nothing but comments out
 * of the tree early means most pages have no raw HTML left, and rendering can
 * skip re-parsing the whole page through an HTML parser: this plugin, the
 * last on the markdown tree, says in `file.data.rawHtml` whether any is left
 * (rehype-raw-when-needed.ts reads it).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

declare module 'vfile' {
  interface DataMap {
    /** Whether the page still has raw HTML once its comments are gone. */
    rawHtml: boolean;
  }
}

const ONLY_COMMENTS = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

const remarkStripComments: Plugin<[], Root> = () => (tree, file) => {
  let rawHtml = false;
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined || !ONLY_COMMENTS.test(node.value)) {
      rawHtml = true;
      return;
    }
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  file.data.rawHtml = rawHtml;
};

export default remarkStripComments;

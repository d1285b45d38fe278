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
 * the rest of the block the anchor's text.
 */
import type { Html, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Parent } from 'unist';
import { walk } from './walk.ts';

declare module 'vfile' {
  interface DataMap {
    /** Whether the page still has raw HTML once its comments are gone. */
    rawHtml: boolean;
  }
}

const ONLY_COMMENTS = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;
const SELF_CLOSED_ANCHOR = /<a(\s[^<>]*?)?\s*\/>/gi;

const remarkStripComments: Plugin<[], Root> = () => (tree, file) => {
  let rawHtml = false;
  const comments: { node: Html; parent: Parent }[] = [];
  walk(tree, (node, parent) => {
    if (node.type !== 'html') return;
    const html = node as Html;
    if (parent && ONLY_COMMENTS.test(html.value)) {
      comments.push({ node: html, parent });
      return;
    }
    rawHtml = true;
    if (html.value.includes('/>')) html.value = html.value.replace(SELF_CLOSED_ANCHOR, '<a$1></a>');
  });
  for (const { node, parent } of comments) parent.children.splice(parent.children.indexOf(node), 1);
  file.data.rawHtml = rawHtml;
};

export default remarkStripComments;

/**
 * HTML comments are notes for authors, never shown (the sanitizer would drop
 * them anyway). Taking the raw HTML nodes that hold nothing but comments out
 * of the tree early means most pages have no raw HTML left, and rendering can
 * skip re-parsing the whole page through an HTML parser: this plugin, the
 * last on the markdown tree, says in `file.data.rawHtml` whether any is left
 * (rehype-raw-when-needed.ts reads it).
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

const remarkStripComments: Plugin<[], Root> = () => (tree, file) => {
  let rawHtml = false;
  const comments: { node: Html; parent: Parent }[] = [];
  walk(tree, (node, parent) => {
    if (node.type !== 'html') return;
    if (parent && ONLY_COMMENTS.test((node as Html).value)) comments.push({ node: node as Html, parent });
    else rawHtml = true;
  });
  for (const { node, parent } of comments) parent.children.splice(parent.children.indexOf(node), 1);
  file.data.rawHtml = rawHtml;
};

export default remarkStripComments;

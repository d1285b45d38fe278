/**
 * HTML comments are notes for authors, never shown (the sanitizer would drop
 * them anyway). Taking the raw HTML nodes that hold nothing but comments out
 * of the tree early means most pages have no raw HTML left, and rendering can
 * skip re-parsing the whole page through an HTML parser (rehype-raw-when-needed.ts).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const ONLY_COMMENTS = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

const remarkStripComments: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined || !ONLY_COMMENTS.test(node.value)) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
};

export default remarkStripComments;

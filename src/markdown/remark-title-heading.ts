/**
 * Takes the page's leading `# Heading` out of the body, so the layout can show
 * it as the page title above the description and date. Its words are kept, in
 * `file.data.titleHeading`.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';

declare module 'vfile' {
  interface DataMap {
    /** The text of the page's leading `# Heading`, taken out of the body. */
    titleHeading: string;
  }
}

const remarkTitleHeading: Plugin<[], Root> = () => (tree, file) => {
  const index = tree.children.findIndex((node) => node.type !== 'yaml' && node.type !== 'html');
  const node = tree.children[index];
  if (node?.type !== 'heading' || node.depth !== 1) return;
  tree.children.splice(index, 1);
  file.data.titleHeading = toString(node);
};

export default remarkTitleHeading;

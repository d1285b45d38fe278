/**
 * Microsoft Docs authors write placeholders such as `<tenant>` or
 * `<your-domain>` as plain text. CommonMark reads them as raw HTML, and a
 * browser would swallow them as unknown elements. This plugin turns every raw
 * HTML tag whose name is not an HTML element back into the text it was.
 */
import { htmlTagNames } from 'html-tag-names';
import type { Html, Paragraph, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { walk } from './walk.ts';

const KNOWN_TAGS = new Set(htmlTagNames);
const SINGLE_TAG = /^<\/?([A-Za-z][\w.-]*)(?:\s[^<>]*)?\/?>$/;

export function isLiteralPlaceholder(rawHtml: string): boolean {
  const match = SINGLE_TAG.exec(rawHtml.trim());
  return match !== null && !KNOWN_TAGS.has(match[1].toLowerCase());
}

const remarkLiteralHtml: Plugin<[], Root> = () => (tree) => {
  walk(tree, (node, parent) => {
    if (node.type !== 'html' || !parent || !isLiteralPlaceholder((node as Html).value)) return;
    const text: Text = { type: 'text', value: (node as Html).value, position: node.position };
    // A placeholder alone on a line is a block: keep it as a paragraph of text.
    const replacement: Paragraph | Text = parent.type === 'root' ? { type: 'paragraph', children: [text] } : text;
    parent.children[parent.children.indexOf(node)] = replacement;
  });
};

export default remarkLiteralHtml;

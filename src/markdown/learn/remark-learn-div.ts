/**
 * Learn's bracket extensions that are not DocFX alerts or includes:
 *
 * - `> [!div class="nextstepaction"]` + a link, `> [!div class="checklist"]`
 *   + a list: the quote becomes a `<div>` of that class (classes kept to
 *   letters, digits and dashes), the marker goes;
 * - `> [!VIDEO https://…]` or `[!VIDEO https://…]` on its own: a link to the
 *   video, never an embedded frame (the offline bundle would fetch it);
 * - any other `[!WORD …]` at the start of a paragraph: a warning naming it,
 *   shown as written.
 */
import type { Blockquote, Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { ALERT_LABELS } from '../remark-docfx-alerts.ts';
import { report } from '../messages.ts';
import { walk } from '../walk.ts';

const DIV = /^\[!div\s+class\s*=\s*["']([^"']*)["']\s*\][ \t]*\n?/i;
const VIDEO = /^\[!VIDEO\s+([^\]\s]+)\s*\]\s*$/i;
const OTHER = /^\[!([A-Za-z][\w-]*)\b/;
const HANDLED_ELSEWHERE = new Set([...Object.keys(ALERT_LABELS), 'INCLUDE']);

function firstText(node: Parent): Text | undefined {
  const paragraph = node.type === 'paragraph' ? node : node.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const first = (paragraph as Paragraph).children[0];
  return first?.type === 'text' ? first : undefined;
}

function videoLink(url: string): Paragraph {
  return {
    type: 'paragraph',
    data: { hProperties: { className: ['learn-video'] } },
    children: [{ type: 'link', url, children: [{ type: 'text', value: 'Watch the video' }] }],
  };
}

/** Turns a `[!div]` quote into a div; returns whether it was one. */
function divOf(quote: Blockquote): boolean {
  const first = firstText(quote);
  const match = first && DIV.exec(first.value);
  if (!first || !match) return false;
  first.value = first.value.slice(match[0].length);
  const paragraph = quote.children[0] as Paragraph;
  if (first.value === '') paragraph.children.shift();
  if (paragraph.children.length === 0) quote.children.shift();
  const classes = match[1].split(/\s+/).filter((c) => /^[a-z0-9-]+$/i.test(c));
  quote.data = { hName: 'div', hProperties: { className: classes } };
  return true;
}

function checkOther(node: Parent, file: VFile): void {
  const first = firstText(node);
  const name = first && OTHER.exec(first.value)?.[1];
  if (!name || HANDLED_ELSEWHERE.has(name.toUpperCase()) || /^(div|video)$/i.test(name)) return;
  report(file, `"[!${name}" is a Microsoft Learn extension this site does not render; it is shown as written`, {
    rule: 'learn/unknown-extension',
    severity: 'warning',
    node: first,
    fix: 'rewrite it as markdown, or remove it',
  });
}

const remarkLearnDiv: Plugin<[], Root> = () => (tree, file) => {
  if (!file.data.includedFiles && !String(file.value).includes('[!')) return;
  walk(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    parent.children = (parent.children as RootContent[]).map((child) => {
      if (child.type === 'blockquote' && divOf(child)) return child;
      // A video, alone in a paragraph or in a quote of its own.
      const alone = child.type === 'blockquote' && child.children.length === 1 ? child.children[0] : child;
      const video = alone.type === 'paragraph' ? VIDEO.exec(toString(alone).trim()) : null;
      if (video) return videoLink(video[1]);
      if (child.type === 'paragraph') checkOther(child, file);
      return child;
    }) as Parent['children'];
  });
};

export default remarkLearnDiv;

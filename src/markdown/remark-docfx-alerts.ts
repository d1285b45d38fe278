/**
 * DocFX alerts: a block quote that starts with `[!NOTE]`, `[!TIP]`,
 * `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` becomes a callout with a visible
 * label, rendered as `<div class="callout callout-note" role="note">`.
 */
import type { Blockquote, Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export const ALERT_LABELS = {
  NOTE: 'Note',
  TIP: 'Tip',
  IMPORTANT: 'Important',
  WARNING: 'Warning',
  CAUTION: 'Caution',
} as const;

export type AlertKind = keyof typeof ALERT_LABELS;

const MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\r?\n)?/i;

/** Removes the marker from the quote's first paragraph and returns its kind. */
function takeMarker(quote: Blockquote): AlertKind | undefined {
  const paragraph = quote.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const first = paragraph.children[0];
  if (first?.type !== 'text') return undefined;
  const match = MARKER.exec(first.value);
  if (!match) return undefined;
  first.value = first.value.slice(match[0].length);
  if (first.value === '') paragraph.children.shift();
  if (paragraph.children.length === 0) quote.children.shift();
  return match[1].toUpperCase() as AlertKind;
}

const remarkDocfxAlerts: Plugin<[], Root> = () => (tree, file) => {
  // Most pages have no alert (included text is part of the tree, not of the page's text, hence `includedFiles`).
  if (!file.data.includedFiles && !/\[!/.test(String(file.value))) return;
  visit(tree, 'blockquote', (quote: Blockquote) => {
    const kind = takeMarker(quote);
    if (!kind) return;
    const label: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: ALERT_LABELS[kind] }],
      data: { hProperties: { className: ['callout-title'] } },
    };
    quote.children.unshift(label);
    quote.data = {
      hName: 'div',
      hProperties: { className: ['callout', `callout-${kind.toLowerCase()}`], role: 'note' },
    };
  });
};

export default remarkDocfxAlerts;

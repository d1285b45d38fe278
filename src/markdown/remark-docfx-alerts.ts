/**
 * DocFX alerts: a block quote that starts with `[!NOTE]`, `[!TIP]`,
 * `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` becomes a callout with a visible
 * label, rendered as `<div class="callout callout-note" role="note">`.
 *
 * As in DocFX, a line of a quote that starts with a marker ends the alert (or
 * quote) before it and starts a new one: `> [!NOTE]`, `> Note.`, `> [!TIP]`,
 * `> Tip.` is a note, then a tip.
 */
import type { Blockquote, BlockContent, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sourceFileOf } from './sources.ts';

export const ALERT_LABELS = {
  NOTE: 'Note',
  TIP: 'Tip',
  IMPORTANT: 'Important',
  WARNING: 'Warning',
  CAUTION: 'Caution',
} as const;

export type AlertKind = keyof typeof ALERT_LABELS;

const MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\r?\n)?/i;
/** A marker at the start of a line after the first of a paragraph (the index is that of the line break). */
const LATER_MARKER = /\n[ \t]*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\](?=\s|$)/i;
const STARTS_WITH_MARKER = /^[ \t]*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\](?=\s|$)/i;

/** Where a text node's character is in its file (a quote's `>` and a line's indentation are not in the value). */
function pointOf(text: Text, index: number, file: VFile): Point | undefined {
  const start = text.position?.start;
  if (!start) return undefined;
  const lineStart = index === 0 ? 0 : text.value.lastIndexOf('\n', index - 1) + 1;
  if (lineStart === 0) return { line: start.line, column: start.column + index, ...(start.offset === undefined ? {} : { offset: start.offset + index }) };
  const line = start.line + text.value.slice(0, lineStart).split('\n').length - 1;
  const source = String(sourceFileOf(file, text).value ?? '').split('\n');
  if (source.length < line) return { line, column: 1 };
  const column = (/^[ \t>]*/.exec(source[line - 1])?.[0].length ?? 0) + index - lineStart + 1;
  if (start.offset === undefined) return { line, column };
  const offsetOf = (l: number, c: number) => source.slice(0, l - 1).reduce((sum, text) => sum + text.length + 1, 0) + c - 1;
  return { line, column, offset: start.offset - offsetOf(start.line, start.column) + offsetOf(line, column) };
}

/** A paragraph of phrasing nodes, spanning them. */
function paragraphOf(children: PhrasingContent[]): Paragraph {
  const start = children[0]?.position?.start;
  const end = children.at(-1)?.position?.end;
  return { type: 'paragraph', children, ...(start && end ? { position: { start, end } } : {}) };
}

/** Cuts a paragraph before each line that starts with a marker; every part but the first starts with one. */
function splitParagraph(paragraph: Paragraph, file: VFile): Paragraph[] {
  const parts: PhrasingContent[][] = [];
  let current: PhrasingContent[] = [];
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      current.push(child);
      continue;
    }
    let rest: Text = child;
    // A marker after a hard break (two spaces or a backslash at the end of the line before).
    if (current.at(-1)?.type === 'break' && STARTS_WITH_MARKER.test(rest.value)) {
      current.pop();
      parts.push(current);
      current = [];
    }
    for (let match = LATER_MARKER.exec(rest.value); match; match = LATER_MARKER.exec(rest.value)) {
      const cut = match.index;
      const end = pointOf(rest, cut, file);
      const at = pointOf(rest, cut + match[0].indexOf('['), file);
      const before: Text = { type: 'text', value: rest.value.slice(0, cut), ...(rest.position && end ? { position: { start: rest.position.start, end } } : {}) };
      if (before.value !== '') current.push(before);
      parts.push(current);
      current = [];
      rest = { type: 'text', value: rest.value.slice(cut + 1).replace(/^[ \t]+/, ''), ...(rest.position && at ? { position: { start: at, end: rest.position.end } } : {}) };
    }
    current.push(rest);
  }
  parts.push(current);
  if (parts.length === 1) return [paragraph];
  const [first, ...others] = parts.map(paragraphOf);
  // The node itself stays (and keeps its data) as the first part.
  paragraph.children = first.children;
  if (paragraph.position && first.position) paragraph.position = { ...paragraph.position, end: first.position.end };
  return [paragraph, ...others];
}

/**
 * Splits a quote before each of its lines that starts with a marker, as
 * DocFX does: the quote keeps what stands before the first such line, and the
 * quotes returned hold the rest, each starting with its marker.
 */
function splitAtMarkers(quote: Blockquote, file: VFile): Blockquote[] {
  const parts: BlockContent[][] = [[]];
  for (const child of quote.children) {
    const pieces = child.type === 'paragraph' ? splitParagraph(child, file) : [child];
    pieces.forEach((piece, i) => {
      const startsAlert = i > 0 || (piece.type === 'paragraph' && piece.children[0]?.type === 'text' && STARTS_WITH_MARKER.test(piece.children[0].value));
      if (startsAlert && parts.at(-1)!.length > 0) parts.push([]);
      parts.at(-1)!.push(piece as BlockContent);
    });
  }
  if (parts.length === 1) return [];
  const [first, ...others] = parts;
  quote.children = first;
  const end = first.at(-1)?.position?.end;
  if (quote.position && end) quote.position = { ...quote.position, end };
  return others.map((children): Blockquote => {
    const start = children[0].position?.start;
    const last = children.at(-1)?.position?.end;
    return { type: 'blockquote', children, ...(start && last ? { position: { start, end: last } } : {}) };
  });
}

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
  visit(tree, 'blockquote', (quote: Blockquote, index, parent) => {
    // Later markers start quotes of their own, visited next.
    if (parent && index !== undefined) parent.children.splice(index + 1, 0, ...splitAtMarkers(quote, file));
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

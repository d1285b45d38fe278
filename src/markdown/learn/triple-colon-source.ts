/**
 * Learn's triple-colon extensions, read line by line before remark parses a
 * file (markdig reads them as blocks; to CommonMark they are paragraph text):
 *
 * - a marker line (`:::row:::`, `:::column span="2":::`, `:::zone pivot="x"`,
 *   `::: moniker range=">= 2"`, their `-end` lines, `:::image type="complex" …:::`,
 *   `:::code …:::`) becomes an HTML comment on the same line, holding the
 *   marker as data (`<!--learn:…-->`), which remark-learn-blocks.ts turns into
 *   elements. A comment line interrupts a paragraph and keeps every line
 *   where it was, so positions in messages stay right;
 * - `:::image …:::` (content or icon) and `:::no-loc text="…":::` are
 *   markers too where they stand in a line, inline (a no-loc's text takes its
 *   place);
 * - the content of a container is dedented by its common indentation (Learn
 *   writes columns indented; to CommonMark four spaces are code).
 *
 * How each of these changed a line's columns is recorded in
 * `file.data.learnShifts`, for messages (messages.ts).
 *
 * Fenced code is left alone. Other `:::name` forms are left as written, and
 * remark-learn-blocks warns about them.
 */
import type { VFile } from 'vfile';

export interface LearnMarker {
  /** `row`, `column`, `zone`, `moniker`, `image`, `code`, `no-loc`… */
  name: string;
  role: 'start' | 'end' | 'leaf';
  attributes: Record<string, string>;
  /** The marker as written, for messages. */
  source: string;
  /**
   * For a marker inside a line (`:::image …:::`): its column in the line as
   * parsed, where the comment that stands for it is (messages add back what
   * dedenting and the line's earlier markers changed).
   */
  column?: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Whether the page had triple-colon markers (remark-learn-blocks then looks for them). */
    learnMarkers: boolean;
  }
}

const CONTAINERS = new Set(['row', 'column', 'zone', 'moniker']);
/** A whole-line marker: `:::name attrs:::`, `:::name attrs`, `::: name`, `:::name-end:::`. */
const LINE_MARKER = /^([ \t]*):::[ \t]*([a-z][a-z-]*)(.*?)(?::::)?[ \t]*$/i;
/** An inline marker that closes on the same line: `:::image …:::`, `:::no-loc text="…":::`. */
const INLINE_MARKER = /:::[ \t]*(image|no-loc)\b((?:[^:"]|"[^"]*"|:(?!::))*):::/gi;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
/** A code span within a line: its markers are shown as written, as code. */
const CODE_SPAN = /(?<!`)(`+)(?!`)[^]*?(?<!`)\1(?!`)/g;
const COMMENT_PREFIX = '<!--learn:';

export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([a-z][a-z-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/gi)) attributes[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4];
  return attributes;
}

/** The comment that stands for a marker; `>` and `-` never appear in it raw, so it cannot end early. */
export function markerComment(marker: LearnMarker): string {
  return `${COMMENT_PREFIX}${encodeURIComponent(JSON.stringify(marker)).replace(/-/g, '%2D')}-->`;
}

export function markerOfComment(html: string): LearnMarker | undefined {
  if (!html.startsWith(COMMENT_PREFIX) || !html.endsWith('-->')) return undefined;
  try {
    return JSON.parse(decodeURIComponent(html.slice(COMMENT_PREFIX.length, -3))) as LearnMarker;
  } catch {
    return undefined;
  }
}

/** No-loc text as markdown text: its characters shown as they are. */
const literal = (text: string) => text.replace(/([\\`*_[\]<>#!|~])/g, '\\$1');

function lineMarker(line: string): { indent: string; marker: LearnMarker } | undefined {
  const match = LINE_MARKER.exec(line);
  if (!match) return undefined;
  const [, indent, rawName, rest] = match;
  const name = rawName.toLowerCase();
  const attributes = parseAttributes(rest);
  const source = line.trim();
  if (name.endsWith('-end')) {
    const base = name.slice(0, -4);
    return CONTAINERS.has(base) || base === 'image' ? { indent, marker: { name: base, role: 'end', attributes, source } } : undefined;
  }
  if (CONTAINERS.has(name)) return { indent, marker: { name, role: 'start', attributes, source } };
  if (name === 'image' && attributes.type === 'complex') return { indent, marker: { name, role: 'start', attributes, source } };
  if (name === 'code') return { indent, marker: { name, role: 'leaf', attributes, source } };
  return undefined;
}

/**
 * A line's inline markers replaced; `shifted` is told, for each replacement,
 * the parsed column after it and how many columns more the text there is as
 * written.
 */
function inlineMarkers(line: string, shifted: (change: { from: number; shift: number }) => void): string {
  if (!line.includes(':::')) return line;
  const code = line.includes('`') ? [...line.matchAll(CODE_SPAN)].map((m) => [m.index, m.index + m[0].length]) : [];
  /** How much longer the line is so far, as parsed, than as written. */
  let longer = 0;
  return line.replace(INLINE_MARKER, (source, rawName: string, rest: string, offset: number) => {
    if (code.some(([from, to]) => offset > from && offset < to)) return source;
    const name = rawName.toLowerCase();
    const attributes = parseAttributes(rest);
    if (attributes.type === 'complex' && name !== 'no-loc') return source;
    const column = offset + longer + 1;
    const replacement = name === 'no-loc' ? literal(attributes.text ?? '') : markerComment({ name, role: 'leaf', attributes, source, column });
    shifted({ from: column + replacement.length, shift: source.length - replacement.length });
    longer += replacement.length - source.length;
    return replacement;
  });
}

/** Rewrites a file's text as described above; records what it did on the file. */
export function rewriteTripleColons(text: string, file: VFile): string {
  if (!text.includes(':::')) return text;
  const lines = text.split('\n');
  const markers = new Map<number, { indent: string; marker: LearnMarker }>();
  /** Lines that may hold inline markers: rewritten once dedented, so that the columns they record are those parsed. */
  const inline: number[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const opening = FENCE.exec(lines[i])?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening;
      continue;
    }
    const found = lineMarker(lines[i]);
    if (found) markers.set(i, found);
    else if (lines[i].includes(':::')) inline.push(i);
  }

  // Each container's content loses the indentation it has past its marker,
  // outer containers first, so that nested ones are measured as they end up.
  const ranges: [number, number][] = [];
  const open: number[] = [];
  for (const [i, { marker }] of [...markers].sort(([a], [b]) => a - b)) {
    if (marker.role === 'start') open.push(i);
    else if (marker.role === 'end' && open.length > 0) ranges.push([open.pop()!, i]);
  }
  const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;
  const shifts: Record<number, { from: number; shift: number }[]> = {};
  const shift = (line: number, change: { from: number; shift: number }) => (shifts[line] ??= []).push(change);
  for (const [start, end] of ranges.sort(([a], [b]) => a - b)) {
    const inner = lines.slice(start + 1, end).filter((l) => l.trim() !== '');
    if (inner.length === 0) continue;
    const extra = Math.min(...inner.map(indentOf)) - indentOf(lines[start]);
    if (extra <= 0) continue;
    for (let j = start + 1; j < end; j++) {
      const remove = Math.min(extra, indentOf(lines[j]));
      if (remove === 0) continue;
      lines[j] = lines[j].slice(remove);
      shift(j + 1, { from: 1, shift: remove });
    }
  }
  for (const [i, { marker }] of markers) lines[i] = `${/^[ \t]*/.exec(lines[i])![0]}${markerComment(marker)}`;
  for (const i of inline) lines[i] = inlineMarkers(lines[i], (change) => shift(i + 1, change));
  if (Object.keys(shifts).length > 0) file.data.learnShifts = { ...file.data.learnShifts, ...shifts };
  if (markers.size === 0 && !lines.some((l) => l.includes(COMMENT_PREFIX))) return lines.join('\n');
  file.data.learnMarkers = true;
  return lines.join('\n');
}

/**
 * Reads a DocFX `toc.yml`: a list of `name` / `href` / `items` entries.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { TocEntry } from './toc-entry.ts';

function entriesOf(node: unknown, lines: LineCounter): TocEntry[] {
  if (!isSeq(node)) return [];
  const entries: TocEntry[] = [];
  for (const item of node.items) {
    if (!isMap(item)) continue;
    const name = item.get('name');
    const href = item.get('href') ?? item.get('topicHref');
    const position = lines.linePos((item as YamlNode).range?.[0] ?? 0);
    entries.push({
      title: String(name ?? href ?? ''),
      ...(typeof href === 'string' ? { href } : {}),
      line: position.line,
      column: position.col,
      children: entriesOf(item.get('items', true), lines),
    });
  }
  return entries;
}

export function parseTocYaml(text: string): TocEntry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  return entriesOf(document.contents, lineCounter);
}

/**
 * Reads a DocFX `toc.yml` as current Learn repositories write it: a list of
 * entries (or `items:` at the top) with `name`, `href` (or `topicHref`),
 * `items`, `expanded` and `displayName` (search synonyms Learn's filter
 * uses; not shown). An `href` to another TOC file (`sub/toc.yml`), or to a
 * folder that has one (`sub/`), brings that TOC's entries in as the entry's
 * children, their links relative to their own file.
 */
import path from 'node:path/posix';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import { reportToc, type TocEntry, type TocMessages } from './toc-entry.ts';

const TOC_FILE = /(^|\/)toc\.ya?ml$/i;

export interface TocSource {
  /** The text of a file, by its path from the content root; undefined when there is none. */
  readText: (file: string) => string | undefined;
}

interface Reading extends TocSource {
  messages: TocMessages;
  /** TOC files being read, to stop a TOC that includes itself. */
  open: string[];
}

/** The TOC file an href names: a toc.yml itself, or the toc.yml of a folder. */
function nestedToc(href: string, file: string, source: TocSource): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/|^~/i.test(href)) return undefined;
  const target = path.normalize(path.join(path.dirname(file), href.split(/[?#]/)[0]));
  if (TOC_FILE.test(target)) return target;
  if (href.endsWith('/')) return ['toc.yml', 'TOC.yml'].map((n) => path.join(target, n)).find((t) => source.readText(t) !== undefined);
  return undefined;
}

function entriesOf(node: unknown, file: string, lines: LineCounter, reading: Reading): TocEntry[] {
  const list = isMap(node) ? node.get('items', true) : node;
  if (!isSeq(list)) return [];
  const entries: TocEntry[] = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const map = item as YAMLMap;
    const name = map.get('name');
    const href = map.get('href') ?? map.get('topicHref');
    const position = lines.linePos((item as YamlNode).range?.[0] ?? 0);
    const entry: TocEntry = {
      title: String(name ?? href ?? ''),
      file,
      line: position.line,
      column: position.col,
      ...(map.get('expanded') === true ? { expanded: true } : {}),
      children: entriesOf(map.get('items', true), file, lines, reading),
    };
    const nested = typeof href === 'string' ? nestedToc(href, file, reading) : undefined;
    if (nested) entry.children.push(...readToc(nested, reading, entry));
    else if (typeof href === 'string') entry.href = href;
    entries.push(entry);
  }
  return entries;
}

function readToc(file: string, reading: Reading, from?: TocEntry): TocEntry[] {
  const at = from ? { file: from.file, line: from.line, column: from.column } : { file, line: 1, column: 1 };
  if (reading.open.includes(file)) {
    reportToc(reading.messages, at, 'error', 'toc/cycle', `${file} includes itself (${[...reading.open, file].join(' → ')})`, 'remove the link that leads back');
    return [];
  }
  const text = reading.readText(file);
  if (text === undefined) {
    reportToc(reading.messages, at, 'error', 'toc/missing-file', `${file} does not exist`, 'correct the link, or remove the entry');
    return [];
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  for (const error of document.errors) {
    const position = lines.linePos(error.pos[0]);
    reportToc(reading.messages, { file, line: position.line, column: position.col }, 'error', 'toc/yaml', `the TOC is not valid YAML: ${error.message.split('\n')[0]}`, 'correct the YAML (indentation, a missing colon or quote)');
  }
  if (document.errors.length > 0) return [];
  reading.open.push(file);
  const entries = entriesOf(document.contents, file, lines, reading);
  reading.open.pop();
  return entries;
}

/** The entries of a toc.yml and of the TOCs it brings in; problems are reported on `messages`. */
export function parseTocYaml(file: string, source: TocSource, messages: TocMessages): TocEntry[] {
  return readToc(file, { ...source, messages, open: [] });
}

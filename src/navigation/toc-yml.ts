/**
 * Reads a DocFX `toc.yml` as current Learn repositories write it: a list of
 * entries (or `items:` at the top) with `name`, `href` (or `topicHref`),
 * `items`, `expanded` and `displayName` (search synonyms Learn's filter
 * uses; not shown). An `href` to another TOC file (`sub/toc.yml`), or to a
 * folder that has one (`sub/`), brings that TOC's entries in as the entry's
 * children, their links relative to their own file.
 *
 * What does not have that shape is reported (`toc/shape`) where it is
 * written: a TOC that is not a list of entries is an error, as one that is
 * not YAML; an entry, an `items:`, a `name:` or an `href:` of the wrong type
 * is a warning, and the entry is shown as well as it can be (or left out,
 * when it is not an entry at all, or has no title, link or entries to show).
 */
import path from 'node:path/posix';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Severity } from '../utils/diagnostics.ts';
import { describeYaml, isEmptyYaml, yamlErrorText } from '../utils/yaml-nodes.ts';
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

/** One TOC file being read: where its nodes are, and its problems. */
interface TocFile {
  file: string;
  lines: LineCounter;
  reading: Reading;
}

function placeOf(node: unknown, toc: TocFile): { file: string; line: number; column: number } {
  const position = toc.lines.linePos((node as YamlNode | null)?.range?.[0] ?? 0);
  return { file: toc.file, line: position.line, column: position.col };
}

function shapeProblem(toc: TocFile, node: unknown, severity: Severity, reason: string, fix: string): void {
  reportToc(toc.reading.messages, placeOf(node, toc), severity, 'toc/shape', reason, fix);
}

/** Text written as a scalar (a number or a date is kept as written); undefined for anything else. */
function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
}

/** The top of a TOC file: a list of entries, or a mapping whose `items:` is one. */
function topEntries(node: unknown, toc: TocFile): TocEntry[] {
  if (isEmptyYaml(node) || isSeq(node)) return entriesOf(node, toc);
  const fix = 'start the file with its entries, each a "- name: …" line with its "href: …" below it (or put them under "items:")';
  if (!isMap(node)) {
    shapeProblem(toc, node, 'error', `the TOC is ${describeYaml(node)}, not a list of entries; it has no entries`, fix);
    return [];
  }
  const items = node.get('items', true);
  if (items === undefined) {
    shapeProblem(toc, node, 'error', 'the TOC is a mapping without items:, not a list of entries; it has no entries', fix);
    return [];
  }
  if (!isEmptyYaml(items) && !isSeq(items)) {
    shapeProblem(toc, items, 'error', `items: at the top of the TOC is ${describeYaml(items)}, not a list of entries; the TOC has no entries`, fix);
    return [];
  }
  return entriesOf(items, toc);
}

/** The entries of a list (`items:` of an entry, or the top of a file); an empty one has none. */
function entriesOf(list: unknown, toc: TocFile): TocEntry[] {
  if (!isSeq(list)) return [];
  const entries: TocEntry[] = [];
  for (const item of list.items) {
    if (!isMap(item)) {
      shapeProblem(
        toc,
        item,
        'warning',
        `this TOC entry is ${describeYaml(item)}, not a mapping with name: and href:; it is left out`,
        isScalar(item) && typeof item.value === 'string' ? `write it as "- name: ${item.value}" with its "href: …" on the next line, or remove it` : 'write the entry as "- name: …" with its "href: …" on the next line, or remove it',
      );
      continue;
    }
    const entry = entryOf(item, toc);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** An entry, or undefined when it has no title, no link and no entries to show (an empty row). */
function entryOf(map: YAMLMap, toc: TocFile): TocEntry | undefined {
  const nameNode = map.get('name', true);
  const hrefKey = isEmptyYaml(map.get('href', true)) && map.has('topicHref') ? 'topicHref' : 'href';
  const hrefNode = map.get(hrefKey, true);
  const itemsNode = map.get('items', true);
  let name = scalarText(nameNode);
  const href = isScalar(hrefNode) && typeof hrefNode.value === 'string' ? hrefNode.value : undefined;
  const leftOut = name === undefined && href === undefined && !(isSeq(itemsNode) && itemsNode.items.some((item) => isMap(item)));
  const nothingToShow = 'with nothing to show, the entry is left out';
  if (name === undefined && !isEmptyYaml(nameNode)) {
    const outcome = leftOut && isEmptyYaml(hrefNode) ? `; ${nothingToShow}` : '';
    shapeProblem(toc, nameNode, 'warning', `name: of this TOC entry is ${describeYaml(nameNode)}, not text${outcome}`, 'write the title the entry shows as text, e.g. "name: Overview"');
  }
  if (href === undefined && !isEmptyYaml(hrefNode)) {
    const outcome = leftOut ? nothingToShow : 'the entry is shown without one';
    shapeProblem(toc, hrefNode, 'warning', `${hrefKey}: of ${name === undefined ? 'this TOC entry' : JSON.stringify(name)} is ${describeYaml(hrefNode)}, not a link; ${outcome}`, `write the link as text, e.g. "${hrefKey}: overview.md"`);
  }
  if (name === undefined && href === undefined && isEmptyYaml(nameNode) && isEmptyYaml(hrefNode)) {
    shapeProblem(toc, map, 'warning', `this TOC entry has neither name: nor href:; ${leftOut ? 'it is left out' : 'it is shown without a title'}`, 'add "name:" with the title to show, and "href:" with the page it opens');
  }
  name ??= href;
  const entry: TocEntry = {
    title: name ?? '',
    ...placeOf(map, toc),
    ...(map.get('expanded') === true ? { expanded: true } : {}),
    children: [],
  };
  if (!isEmptyYaml(itemsNode) && !isSeq(itemsNode)) {
    shapeProblem(toc, itemsNode, 'warning', `items: of ${name === undefined ? 'this TOC entry' : JSON.stringify(name)} is ${describeYaml(itemsNode)}, not a list of entries; the entry is shown without them`, 'list the entries under items:, each a "- name: …" line with its "href: …" below it, or remove items:');
  }
  entry.children = entriesOf(itemsNode, toc);
  if (leftOut) return undefined;
  const nested = href === undefined ? undefined : nestedToc(href, toc.file, toc.reading);
  if (nested) entry.children.push(...readToc(nested, toc.reading, entry));
  else if (href !== undefined) entry.href = href;
  return entry;
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
    reportToc(reading.messages, { file, line: position.line, column: position.col }, 'error', 'toc/yaml', `the TOC is not valid YAML: ${yamlErrorText(error.message)}`, 'correct the YAML (indentation, a missing colon or quote)');
  }
  if (document.errors.length > 0) return [];
  reading.open.push(file);
  const entries = topEntries(document.contents, { file, lines, reading });
  reading.open.pop();
  return entries;
}

/** The entries of a toc.yml and of the TOCs it brings in; problems are reported on `messages`. */
export function parseTocYaml(file: string, source: TocSource, messages: TocMessages): TocEntry[] {
  return readToc(file, { ...source, messages, open: [] });
}

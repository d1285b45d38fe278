/**
 * Learn's YAML pages (`### YamlMime:Landing`, `YamlMime:Hub`), such as a
 * docs set's `index.yml`: turned into a markdown page of the same title,
 * summary and link lists, which the rest of the pipeline treats like any
 * other page (its links are checked, it is searched and listed).
 *
 * Landing: `landingContent[].linkLists[].links[]` under the card's title and
 * the list's type. Hub: `highlightedContent`, `conceptualContent` and
 * `additionalContent` items, whose `links` (or own `url`) become lists.
 * Problems in the page are reported against the markdown made here: its
 * lines follow the YAML's entries, not its line numbers. Problems with the
 * YAML itself are reported where they are written in it: a part of the page
 * that does not have the shape Learn expects (`landing/shape`: a section
 * that is not a mapping, a link without text or url…) is shown as well as it
 * can be, or left out, never without a message.
 */
import type { VFile } from 'vfile';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import { report } from '../markdown/messages.ts';
import { describeYaml, isEmptyYaml, yamlErrorText } from '../utils/yaml-nodes.ts';

const YAML_MIME = /^###\s*YamlMime:(Landing|Hub)\b/;

export function isLandingPage(path: string, text: string): boolean {
  return /\.ya?ml$/i.test(path) && YAML_MIME.test(text);
}

/** Learn's names for link list types, as headings. */
const LIST_TYPES: Record<string, string> = {
  overview: 'Overview',
  concept: 'Concept',
  'get-started': 'Get started',
  quickstart: 'Quickstart',
  'how-to-guide': 'How-to guide',
  tutorial: 'Tutorial',
  download: 'Download',
  learn: 'Training',
  reference: 'Reference',
  'whats-new': "What's new",
  architecture: 'Architecture',
  deploy: 'Deploy',
  video: 'Video',
  sample: 'Sample',
  training: 'Training',
};

/** Aliases (`*name`) followed in one page at most, as the yaml library's own limit. */
const MAX_ALIASES = 100;

/** The page being read: its YAML, where its nodes are, and where its problems go. */
interface Reading {
  document: Document;
  lines: LineCounter;
  file: VFile;
  aliases: number;
}

function problem(reading: Reading, node: unknown, rule: string, reason: string, fix: string, severity: 'error' | 'warning' = 'warning'): void {
  const position = reading.lines.linePos((node as YamlNode | null)?.range?.[0] ?? 0);
  report(reading.file, reason, { rule, severity, fix, place: { line: position.line, column: position.col } });
}

function resolve(node: unknown, reading: Reading): unknown {
  if (!isAlias(node)) return node;
  if (++reading.aliases > MAX_ALIASES) {
    if (reading.aliases === MAX_ALIASES + 1) problem(reading, node, 'landing/yaml', `the page uses more than ${MAX_ALIASES} aliases (*name); the rest are left out`, 'write the entries out instead of repeating them with aliases', 'error');
    return undefined;
  }
  return node.resolve(reading.document);
}

const get = (map: YAMLMap | undefined, key: string, reading: Reading): unknown => (map ? resolve(map.get(key, true), reading) : undefined);

/** Text written as a string or a number (kept as written); '' for anything else. */
function text(node: unknown): string {
  if (!isScalar(node)) return '';
  if (typeof node.value === 'string') return node.value.trim();
  return typeof node.value === 'number' ? (node.source ?? String(node.value)).trim() : '';
}

/** A mapping, such as `highlightedContent:`; anything else is reported. */
function mapping(node: unknown, what: string, fix: string, reading: Reading): YAMLMap | undefined {
  if (isMap(node)) return node;
  if (!isEmptyYaml(node)) problem(reading, node, 'landing/shape', `${what} is ${describeYaml(node)}, not a mapping; it is left out`, fix);
  return undefined;
}

/** The mappings of a list, such as `links:`; a list of another type, or an entry that is not a mapping, is reported. */
function mappings(node: unknown, what: { list: string; entry: string; fix: string }, reading: Reading): YAMLMap[] {
  if (isEmptyYaml(node)) return [];
  if (!isSeq(node)) {
    problem(reading, node, 'landing/shape', `${what.list} is ${describeYaml(node)}, not a list; it is left out`, `list each ${what.entry} under ${what.list} as "- …", or remove ${what.list}`);
    return [];
  }
  return node.items.flatMap((item) => {
    const entry = resolve(item, reading);
    if (isMap(entry)) return [entry];
    problem(reading, item, 'landing/shape', `this ${what.entry} of ${what.list} is ${describeYaml(entry)}, not a mapping; it is left out`, what.fix);
    return [];
  });
}

const LINKS = { list: 'links:', entry: 'link', fix: 'write the link as "- text: …" with its "url: …" below it, or remove it' };

/** Markdown-safe text for a link label or heading. */
const escapeText = (value: string) => value.replace(/([\\[\]*_`<>#])/g, '\\$1');
const yamlString = (value: string) => JSON.stringify(value);

/** A link as a list item; its label is `text:` (a Landing link) or `title:` (a Hub item). */
function linkLine(link: YAMLMap, reading: Reading, labelKey: string): string | undefined {
  const label = text(get(link, 'text', reading)) || text(get(link, 'title', reading));
  const url = text(get(link, 'url', reading));
  if (!label) {
    const key = link.has('text') ? 'text:' : link.has('title') ? 'title:' : labelKey;
    problem(reading, link, 'landing/shape', `this link has no ${key} (the words it shows); it is left out`, `add "${key} …" with the words to show, or remove the link`);
    return undefined;
  }
  if (!url) problem(reading, link, 'landing/shape', `the link ${JSON.stringify(label)} has no url:; it is shown as plain text`, 'add "url: …" with the page or address it opens');
  return url ? `- [${escapeText(label)}](<${url.replace(/>/g, '%3E')}>)` : `- ${escapeText(label)}`;
}

function links(items: YAMLMap[], reading: Reading, labelKey = 'text:'): string[] {
  return items.map((link) => linkLine(link, reading, labelKey)).filter((l): l is string => l !== undefined);
}

function landingSections(page: YAMLMap | undefined, reading: Reading): string[] {
  const cards = mappings(get(page, 'landingContent', reading), { list: 'landingContent:', entry: 'section', fix: 'write the section as "- title: …" with its "linkLists:" below it, or remove it' }, reading);
  return cards.flatMap((card) => [
    `## ${escapeText(text(get(card, 'title', reading)))}`,
    ...mappings(get(card, 'linkLists', reading), { list: 'linkLists:', entry: 'link list', fix: 'write the link list as "- linkListType: …" with its "links:" below it, or remove it' }, reading).flatMap((list) => {
      const type = text(get(list, 'linkListType', reading));
      return [`### ${LIST_TYPES[type] ?? escapeText(type || 'Links')}`, links(mappings(get(list, 'links', reading), LINKS, reading), reading).join('\n')];
    }),
  ]);
}

function hubSections(page: YAMLMap | undefined, reading: Reading): string[] {
  const sections: string[] = [];
  const ITEMS = { list: 'items:', entry: 'item', fix: 'write the item as "- title: …" with its "url: …" (or its "links:") below it, or remove it' };
  const group = (title: string, items: YAMLMap[]) => {
    if (items.length === 0) return;
    sections.push(`## ${escapeText(title)}`);
    const direct = items.filter((item) => text(get(item, 'url', reading)));
    if (direct.length > 0) sections.push(links(direct, reading, 'title:').join('\n'));
    for (const item of items.filter((i) => !text(get(i, 'url', reading)))) {
      const itemLinks = get(item, 'links', reading);
      if (isEmptyYaml(itemLinks)) {
        problem(reading, item, 'landing/shape', `this item has neither url: nor links:; it is left out`, 'add "url: …" with the page it opens, or "links:" with a list of links');
        continue;
      }
      const footer = mapping(get(item, 'footerLink', reading), 'footerLink:', 'write the footer link as "text: …" with its "url: …" below it, or remove it', reading);
      sections.push(`### ${escapeText(text(get(item, 'title', reading)))}`, links([...mappings(itemLinks, LINKS, reading), ...(footer ? [footer] : [])], reading).join('\n'));
    }
  };
  const content = (key: string) =>
    mapping(get(page, key, reading), `${key}:`, `write ${key}: as a mapping with its "items:" below it`, reading);
  group('Highlights', mappings(get(content('highlightedContent'), 'items', reading), ITEMS, reading));
  group('Concepts', mappings(get(content('conceptualContent'), 'items', reading), ITEMS, reading));
  const additional = mapping(get(page, 'additionalContent', reading), 'additionalContent:', 'write additionalContent: as a mapping with its "sections:" below it', reading);
  const SECTIONS = { list: 'sections:', entry: 'section', fix: 'write the section as "- title: …" with its "items:" below it, or remove it' };
  for (const section of mappings(get(additional, 'sections', reading), SECTIONS, reading)) group(text(get(section, 'title', reading)) || 'More', mappings(get(section, 'items', reading), ITEMS, reading));
  return sections;
}

/**
 * The markdown page a Landing or Hub page stands for; problems in its YAML
 * are reported on `file`.
 */
export function landingPageMarkdown(source: string, file: VFile): string {
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines });
  const reading: Reading = { document, lines, file, aliases: 0 };
  for (const error of document.errors) {
    const position = lines.linePos(error.pos[0]);
    report(file, `the page is not valid YAML: ${yamlErrorText(error.message)}`, { rule: 'landing/yaml', severity: 'error', fix: 'correct the YAML (indentation, a missing colon or quote)', place: { line: position.line, column: position.col } });
  }
  const page = isMap(document.contents) ? document.contents : undefined;
  if (!page && !isEmptyYaml(document.contents)) {
    problem(reading, document.contents, 'landing/shape', `the page is ${describeYaml(document.contents)}, not a mapping of title:, summary: and its content; it is shown empty`, 'write "title: …", "summary: …" and the content each at the start of a line, below the YamlMime line');
  }
  const metadata = mapping(get(page, 'metadata', reading), 'metadata:', 'write metadata: as a mapping of "key: value" lines', reading);
  const title = text(get(page, 'title', reading)) || text(get(metadata, 'title', reading));
  const summary = text(get(page, 'summary', reading));
  const description = text(get(metadata, 'description', reading)) || summary;
  const frontMatter = ['---', `title: ${yamlString(title)}`, ...(description ? [`description: ${yamlString(description)}`] : [])];
  for (const pair of metadata?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = text(resolve(pair.value, reading));
    if (/^ms\./.test(key) && value) frontMatter.push(`${key}: ${yamlString(value)}`);
  }
  frontMatter.push('---');
  const body = [`# ${escapeText(title)}`, ...(summary ? [summary] : []), ...(YAML_MIME.exec(source)?.[1] === 'Hub' ? hubSections(page, reading) : landingSections(page, reading))];
  return `${frontMatter.join('\n')}\n\n${body.filter(Boolean).join('\n\n')}\n`;
}

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
 * lines follow the YAML's entries, not its line numbers.
 */
import { parse } from 'yaml';

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

type Yaml = Record<string, unknown>;
const asList = (value: unknown): Yaml[] => (Array.isArray(value) ? value.filter((v): v is Yaml => typeof v === 'object' && v !== null) : []);
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
/** Markdown-safe text for a link label or heading. */
const escapeText = (value: string) => value.replace(/([\\[\]*_`<>#])/g, '\\$1');
const yamlString = (value: string) => JSON.stringify(value);

function linkLine(link: Yaml): string | undefined {
  const label = text(link.text) || text(link.title);
  const url = text(link.url);
  if (!label) return undefined;
  return url ? `- [${escapeText(label)}](<${url.replace(/>/g, '%3E')}>)` : `- ${escapeText(label)}`;
}

function links(items: Yaml[]): string[] {
  return items.map(linkLine).filter((l): l is string => l !== undefined);
}

function landingSections(page: Yaml): string[] {
  return asList(page.landingContent).flatMap((card) => [
    `## ${escapeText(text(card.title))}`,
    ...asList(card.linkLists).flatMap((list) => [`### ${LIST_TYPES[text(list.linkListType)] ?? escapeText(text(list.linkListType) || 'Links')}`, links(asList(list.links)).join('\n')]),
  ]);
}

function hubSections(page: Yaml): string[] {
  const sections: string[] = [];
  const group = (title: string, items: Yaml[]) => {
    if (items.length === 0) return;
    sections.push(`## ${escapeText(title)}`);
    const direct = items.filter((item) => item.url);
    if (direct.length > 0) sections.push(links(direct).join('\n'));
    for (const item of items.filter((i) => !i.url && Array.isArray(i.links))) {
      sections.push(`### ${escapeText(text(item.title))}`, links([...asList(item.links), ...asList(item.footerLink ? [item.footerLink] : [])]).join('\n'));
    }
  };
  group('Highlights', asList((page.highlightedContent as Yaml | undefined)?.items));
  group('Concepts', asList((page.conceptualContent as Yaml | undefined)?.items));
  for (const section of asList((page.additionalContent as Yaml | undefined)?.sections)) group(text(section.title) || 'More', asList(section.items));
  return sections;
}

export function landingPageMarkdown(source: string): string {
  const page = (parse(source, { maxAliasCount: 100 }) ?? {}) as Yaml;
  const metadata = (page.metadata ?? {}) as Yaml;
  const title = text(page.title) || text(metadata.title);
  const description = text(metadata.description) || text(page.summary);
  const frontMatter = ['---', `title: ${yamlString(title)}`, ...(description ? [`description: ${yamlString(description)}`] : [])];
  for (const [key, value] of Object.entries(metadata)) if (/^ms\./.test(key) && text(value)) frontMatter.push(`${key}: ${yamlString(text(value))}`);
  frontMatter.push('---');
  const body = [`# ${escapeText(title)}`, ...(text(page.summary) ? [text(page.summary)] : []), ...(YAML_MIME.exec(source)?.[1] === 'Hub' ? hubSections(page) : landingSections(page))];
  return `${frontMatter.join('\n')}\n\n${body.filter(Boolean).join('\n\n')}\n`;
}

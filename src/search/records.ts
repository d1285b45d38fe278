/**
 * What search indexes, built from the content itself rather than from the
 * built pages, so that results are clean (no anchor glyphs, no cross-link
 * labels, words never glued together) and every duty is its own result:
 *
 * - one record per article: its title, description and body, without its
 *   responsibility tables (the loader leaves them out: loaders/rehype-search-html.ts);
 * - one record per article and owner holding that owner's duties, each under
 *   a heading whose id is the duty's row: Pagefind makes each a sub-result
 *   that lands on the row, and the `owner` and `page` filters apply.
 *
 * Each record is a small HTML document for Pagefind's `addHTMLFile`.
 */
import { OWNER_LABELS, SITE_LANGUAGE } from '../config.ts';
import type { Owner } from '../config.ts';
import { descriptionText, type Duty } from '../duties/duty.ts';
import { dutyUrl } from '../duties/urls.ts';
import type { ContentSnapshot, SnapshotPage } from '../loaders/content-snapshot.ts';

export interface SearchRecord {
  url: string;
  content: string;
}

/** How much more a word in a duty counts than the same word in an article. */
const DUTY_WEIGHT = 3;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function meta(kind: 'filter' | 'meta', name: string, value: string): string {
  return `<meta data-pagefind-${kind}="${name}[content]" content="${escape(value)}">`;
}

function document(title: string, head: string[], body: string): string {
  return `<!doctype html><html lang="${SITE_LANGUAGE}"><head><title>${escape(title)}</title>${head.join('')}</head><body><main data-pagefind-body>${body}</main></body></html>`;
}

function articleRecord(page: SnapshotPage): SearchRecord {
  const lead = page.description ? `<p>${escape(page.description)}</p>` : '';
  return {
    url: page.url,
    content: document(page.title, [meta('filter', 'page', page.title), meta('meta', 'kind', 'article')], `<h1>${escape(page.title)}</h1>${lead}${page.searchHtml}`),
  };
}

function dutyRecord(page: SnapshotPage, owner: Owner, duties: Duty[], base: string): SearchRecord {
  const label = OWNER_LABELS[owner].search;
  const body = duties
    .map((duty) => {
      const context = [duty.phase, duty.provider].filter(Boolean).join(' · ');
      return `<h2 id="${escape(duty.anchor)}">${escape(duty.name)}</h2>${context ? `<p>${escape(context)}</p>` : ''}<p data-pagefind-weight="${DUTY_WEIGHT}">${escape(descriptionText(duty.description))}</p>`;
    })
    .join('');
  return {
    url: dutyUrl(base, duties[0]),
    content: document(
      `${label}: ${page.title}`,
      [meta('filter', 'page', page.title), meta('filter', 'owner', label), meta('meta', 'owner', label), meta('meta', 'article', page.title), meta('meta', 'kind', 'duties')],
      body,
    ),
  };
}

export function searchRecords(snapshot: ContentSnapshot): SearchRecord[] {
  const byPage = new Map<string, Duty[]>();
  for (const duty of snapshot.duties) byPage.set(duty.doc, [...(byPage.get(duty.doc) ?? []), duty]);
  return snapshot.pages.flatMap((page) => {
    const duties = byPage.get(page.id) ?? [];
    const owners = (['microsoft', 'customer'] as const).filter((owner) => duties.some((d) => d.owner === owner));
    return [articleRecord(page), ...owners.map((owner) => dutyRecord(page, owner, duties.filter((d) => d.owner === owner), snapshot.base))];
  });
}

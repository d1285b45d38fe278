/**
 * What an article page shows: its body (kept in the page store, see
 * loaders/page-store.ts), its title and date, its place in the navigation,
 * and the way to its responsibility matrix.
 */
import { readPageFile } from '../loaders/page-store.ts';
import { navigationFor } from '../navigation/page-navigation.ts';
import { HOME_ID } from '../utils/slugs.ts';
import { type ChangeMark, changeMarks } from './changes.ts';
import { dutyData } from './duties.ts';
import { matrixUrls } from './matrix.ts';
import { articleTitle, type DocEntry, docUrl, siteData } from './site.ts';

export interface ArticleView {
  heading: string;
  nav: ReturnType<typeof navigationFor>;
  matrix: { url: string; duties: number } | undefined;
  /** Whether the page needs the tabs script. */
  tabs: boolean;
  /** Rows marked "New" or "Changed" since the previous release (SINCE). */
  changeMarks: ChangeMark[];
}

export async function articleView(doc: DocEntry): Promise<ArticleView> {
  const [{ tree, order }, { byDoc }, matrix, marks] = await Promise.all([siteData(), dutyData(), matrixUrls(), changeMarks(docUrl(doc.id))]);
  const duties = byDoc.get(doc.id) ?? [];
  return {
    heading: articleTitle(doc, doc.id),
    nav: navigationFor(tree, doc.id, order),
    matrix: matrix.has(doc.id) ? { url: matrix.get(doc.id)!, duties: duties.length } : undefined,
    tabs: doc.data.tabs,
    changeMarks: marks,
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The article's HTML, read in one go (an asynchronous read waits for a free
 * I/O thread while the other cores are busy), with each changed row's mark
 * put in its first cell.
 */
export function articleHtml(doc: DocEntry, marks: ChangeMark[] = []): string {
  let html = readPageFile(doc.data.htmlFile);
  for (const mark of marks) {
    // The duty's row (a role table), or its checked cell (a task matrix), then the row's first cell.
    const row = new RegExp(`(<(?:tr|td|th)[^>]*\\sid="${mark.anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>(?:\\s*<t[dh][^>]*>)?)`);
    html = html.replace(row, `$1<span class="change-mark">${escapeHtml(mark.label)}</span> `);
  }
  return html;
}

/** Every article but the home page (pages/index.astro renders that). */
export async function articlePages(): Promise<DocEntry[]> {
  return [...(await siteData()).docs.values()].filter((doc) => doc.id !== HOME_ID);
}

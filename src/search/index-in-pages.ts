/**
 * Names a small site's index files in its pages, so that the search opener
 * (client/search-opener.js) fetches them the moment search opens. Left to
 * search-ui.js, they were fetched only once that script ran, and a browser
 * runs no script it has loaded while keys keep coming: typed fast, the
 * index then loaded only after the last key (about 60 ms later, measured on
 * the seed). The list is known only once the index is written, after the
 * pages, so it goes into each page's `data-search-files` afterwards: only
 * for a small index (a few pages), where that costs next to nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../utils/files.ts';

/** The search box's attribute, as SearchBox.astro renders it (empty) and as this fills it in. */
const ATTRIBUTE = /\bdata-search-files="[^"]*"/;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page's HTML with the index files named in its search box (the HTML as it was if it has none). */
export function nameIndexFiles(html: string, files: string[]): string {
  return html.replace(ATTRIBUTE, `data-search-files="${escapeAttribute(JSON.stringify(files))}"`);
}

/** Names the files in every HTML page of the built site. */
export async function nameIndexFilesInPages(siteDir: string, files: string[]): Promise<void> {
  const pages = (await listFiles(siteDir)).filter((file) => file.endsWith('.html'));
  await Promise.all(
    pages.map(async (page) => {
      const file = path.join(siteDir, page);
      const html = await readFile(file, 'utf8');
      const named = nameIndexFiles(html, files);
      if (named !== html) await writeFile(file, named);
    }),
  );
}

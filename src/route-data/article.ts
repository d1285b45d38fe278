/**
 * What an article page shows: its body (kept in the page store, see
 * loaders/page-store.ts), its title and date, its place in the navigation,
 * and the way to its responsibility matrix.
 */
import { readFileSync } from 'node:fs';
import { navigationFor } from '../navigation/page-navigation.ts';
import { dutyData } from './duties.ts';
import { matrixUrls } from './matrix.ts';
import { articleTitle, type DocEntry, siteData } from './site.ts';

export async function articleData(doc: DocEntry) {
  const [{ tree, order }, { byDoc }, matrix] = await Promise.all([siteData(), dutyData(), matrixUrls()]);
  const duties = byDoc.get(doc.id) ?? [];
  return {
    // Read in one go: an asynchronous read waits for a free I/O thread while the other cores are busy.
    html: readFileSync(doc.data.htmlFile, 'utf8'),
    heading: articleTitle(doc, doc.id),
    date: doc.data.date,
    nav: navigationFor(tree, doc.id, order),
    matrix: matrix.has(doc.id) ? { url: matrix.get(doc.id)!, duties: duties.length } : undefined,
  };
}

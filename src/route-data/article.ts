/**
 * What an article page shows besides its body: its title and date, its place
 * in the navigation, and the way to its responsibility matrix.
 */
import { matrixUrl } from '../duties/urls.ts';
import { navigationFor } from '../navigation/page-navigation.ts';
import { dutyData } from './duties.ts';
import { articleTitle, BASE, type DocEntry, siteData } from './site.ts';

export async function articleData(doc: DocEntry) {
  const [{ tree }, { byDoc }] = await Promise.all([siteData(), dutyData()]);
  const duties = byDoc.get(doc.id) ?? [];
  return {
    heading: articleTitle(doc, doc.id),
    date: doc.data.date,
    nav: navigationFor(tree, doc.id),
    matrix: duties.length > 0 ? { url: matrixUrl(BASE, doc.id), duties: duties.length } : undefined,
  };
}

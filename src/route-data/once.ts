/**
 * Computes site-wide page data once per version of the content, however
 * many pages use it (getCollection() copies every entry on each call: asking
 * for it on each of 1,000 pages would cost a million copies).
 *
 * The version is the `site` entry's data: the data store gives the same
 * object until it is loaded again, which happens in `astro dev` after each
 * change of the content. So a value is never older than the store the page
 * is rendered from, and a build, whose content never changes, computes each
 * value once.
 */
import { getEntry } from 'astro:content';

async function contentVersion(): Promise<object> {
  const site = await getEntry('site', 'site');
  if (!site) throw new Error('The site collection is empty: the content loader did not run.');
  return site.data;
}

export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  const values = new WeakMap<object, Promise<T>>();
  return async () => {
    const version = await contentVersion();
    let value = values.get(version);
    if (!value) values.set(version, (value = compute()));
    return value;
  };
}

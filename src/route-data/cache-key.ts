/**
 * A page's cache key for Astro's incremental build: a digest of everything
 * the page shows. When it is the same as in the last build (and the page's
 * code is too), Astro copies the page from that build instead of rendering it.
 */
import { createHash } from 'node:crypto';
import { changesData } from './changes.ts';
import { siteData } from './site.ts';

export function cacheKeyOf(shown: unknown): string {
  return createHash('sha1').update(JSON.stringify(shown)).digest('base64url');
}

/** What every page's header shows, to be part of every page's key: the site's title, and the link to what changed. */
export async function headerKey(): Promise<unknown> {
  const [{ title }, changes] = await Promise.all([siteData(), changesData()]);
  return [title, changes ? [changes.since, changes.date] : null];
}

/**
 * A page's cache key for Astro's incremental build: a digest of everything
 * the page shows. When it is the same as in the last build (and the page's
 * code is too), Astro copies the page from that build instead of rendering it.
 */
import { createHash } from 'node:crypto';

export function cacheKeyOf(shown: unknown): string {
  return createHash('sha1').update(JSON.stringify(shown)).digest('base64url');
}

/** URL pieces. No imports: the offline search runtime bundles this for the browser. */

/** `a/b.md?x#y` → pathname `a/b.md` and suffix `?x#y`. */
export function splitUrl(url: string): { pathname: string; suffix: string } {
  const at = url.search(/[?#]/);
  return at === -1 ? { pathname: url, suffix: '' } : { pathname: url.slice(0, at), suffix: url.slice(at) };
}

/**
 * A Learn link from the docset root (`/azure/…`, or `~/…`), as page bodies and TOC files
 * write links to other docsets; not a protocol-relative `//host/…` URL.
 */
export const DOCSET_ROOT = /^(?:\/(?!\/)|~\/)/;

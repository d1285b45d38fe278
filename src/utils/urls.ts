/** URL pieces. No imports: the offline search runtime bundles this for the browser. */

/** `a/b.md?x#y` → pathname `a/b.md` and suffix `?x#y`. */
export function splitUrl(url: string): { pathname: string; suffix: string } {
  const at = url.search(/[?#]/);
  return at === -1 ? { pathname: url, suffix: '' } : { pathname: url.slice(0, at), suffix: url.slice(at) };
}

/**
 * Paths inside the offline bundle, where every URL must be relative and
 * every folder URL must name its index.html (on file://, `dir/` opens a
 * folder listing, not the page). Pure functions, used both when the HTML is
 * rewritten at bundle time and by the search runtime in the browser (hence
 * no node:path).
 */
import { splitUrl } from '../utils/urls.ts';

/** `/a/b/#x` → `a/b/index.html#x`; `/a/file.json` stays a file; `/` → `index.html`. */
export function sitePathToFile(sitePath: string, isDirectory: (path: string) => boolean = () => false): string {
  const { pathname, suffix } = splitUrl(sitePath);
  let file = pathname.replace(/^\/+/, '');
  if (file === '' || file.endsWith('/')) file += 'index.html';
  else if (isDirectory(file)) file += '/index.html';
  return file + suffix;
}

/** The relative way from one file of the bundle to another, both given from the bundle's root. */
export function relativeFile(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  const up = from.length - shared;
  const rest = to.slice(shared).join('/');
  return (up === 0 ? './' : '../'.repeat(up)) + rest;
}

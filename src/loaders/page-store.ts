/**
 * The rendered HTML of every page, kept beside Astro's content store rather
 * than in it, one file per page version (named by its digest) in the cache
 * folder. Astro bundles its whole data store into the code that renders the
 * pages: with the HTML inside, at 1,000 pages the store is 37 MB and the
 * bundling alone takes 2 s more, and its memory stays in use while every page
 * renders. The docs collection keeps each page's digest; the page reads its
 * HTML from here (route-data/article.ts).
 *
 * A page version is one file, its HTML followed by what search indexes of it
 * (one file a page, not two: after the cache was removed, making each new
 * file costs the file system more, the more files it has just removed).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PageStore {
  /** The file of a page version: where it is written, and where the page reads it. */
  fileFor: (digest: string) => string;
  has: (digest: string) => boolean;
  /** The page's HTML, or what search indexes of it. */
  read: (digest: string, part?: 'page' | 'search') => string;
  write: (digest: string, html: { page: string; search: string }) => void;
  /** Removes the versions no current page uses. */
  keepOnly: (digests: Set<string>) => void;
  /** Where cleaned copies of content files are kept (loaders/assets.ts). */
  assetDir: string;
}

/** A page version's file: the length of its HTML on the first line, then the HTML, then what search indexes of the page. */
const pageFileText = (html: { page: string; search: string }) => `${html.page.length}\n${html.page}${html.search}`;

/** The page's HTML, or what search indexes of it, from a page version's file. */
export function readPageFile(file: string, part: 'page' | 'search' = 'page'): string {
  const text = readFileSync(file, 'utf8');
  const newline = text.indexOf('\n');
  const end = newline + 1 + Number(text.slice(0, newline));
  return part === 'page' ? text.slice(newline + 1, end) : text.slice(end);
}

export function pageStore(cacheDir: URL | string): PageStore {
  const cache = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
  const dir = path.join(cache, 'roles-docs-pages');
  const fileFor = (digest: string) => path.join(dir, `${digest}.html`);
  return {
    fileFor,
    has: (digest) => existsSync(fileFor(digest)),
    read: (digest, part) => readPageFile(fileFor(digest), part),
    write: (digest, html) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(fileFor(digest), pageFileText(html));
    },
    assetDir: path.join(cache, 'roles-docs-assets'),
    keepOnly: (digests) => {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) if (!digests.has(name.replace(/\.html$/, ''))) rmSync(path.join(dir, name), { force: true });
    },
  };
}

/**
 * The rendered HTML of every page, kept beside Astro's content store rather
 * than in it, one file per page version (named by its digest) in the cache
 * folder. Astro bundles its whole data store into the code that renders the
 * pages: with the HTML inside, at 1,000 pages the store is 37 MB and the
 * bundling alone takes 2 s more, and its memory stays in use while every page
 * renders. The docs collection keeps each page's digest; the page reads its
 * HTML from here (route-data/article.ts).
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

export function pageStore(cacheDir: URL | string): PageStore {
  const cache = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
  const dir = path.join(cache, 'roles-docs-pages');
  const fileFor = (digest: string) => path.join(dir, `${digest}.html`);
  const searchFileFor = (digest: string) => path.join(dir, `${digest}.search.html`);
  return {
    fileFor,
    has: (digest) => existsSync(fileFor(digest)) && existsSync(searchFileFor(digest)),
    read: (digest, part = 'page') => readFileSync(part === 'page' ? fileFor(digest) : searchFileFor(digest), 'utf8'),
    write: (digest, html) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(fileFor(digest), html.page);
      writeFileSync(searchFileFor(digest), html.search);
    },
    assetDir: path.join(cache, 'roles-docs-assets'),
    keepOnly: (digests) => {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) if (!digests.has(name.replace(/(\.search)?\.html$/, ''))) rmSync(path.join(dir, name), { force: true });
    },
  };
}

/**
 * An Astro integration that indexes the built site with Pagefind once the
 * build is done, so that `npm run build` (or `astro build`) always ships
 * `dist/pagefind/`. What is indexed is decided by the pages themselves, with
 * `data-pagefind-*` attributes (see "Search" in README.md).
 */
import type { AstroIntegration } from 'astro';
import { channel } from 'node:diagnostics_channel';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The folder, inside the build output, that holds the index and Pagefind's scripts. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

export interface IndexStats {
  /** HTML files Pagefind read; it indexes those with `data-pagefind-body`. */
  htmlFiles: number;
  milliseconds: number;
}

/** Where the index's figures are published, for the build's closing summary. */
export const SEARCH_INDEX_CHANNEL = 'roles-docs:search-index';

/** Indexes the HTML files under `siteDir` and writes the bundle to `siteDir/pagefind`. */
export async function indexSite(siteDir: string): Promise<IndexStats> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/${SEARCH_BUNDLE_DIR}` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { htmlFiles: added.page_count, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'roles-docs:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await indexSite(fileURLToPath(dir));
        logger.info(`Search index: ${stats.htmlFiles} HTML file(s) read in ${stats.milliseconds} ms`);
        channel(SEARCH_INDEX_CHANNEL).publish(stats);
      },
    },
  };
}

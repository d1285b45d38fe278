/**
 * An Astro integration that builds the Pagefind search index from the
 * content snapshot (see src/search/records.ts) as soon as the content is
 * loaded, while Astro goes on to render the pages, and writes it into the
 * build output once the build is done. So `npm run build` (or `astro build`)
 * always ships `dist/pagefind/`, and indexing costs little extra time.
 */
import type { AstroIntegration } from 'astro';
import { channel } from 'node:diagnostics_channel';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SITE_LANGUAGE } from '../config.ts';
import { type ContentSnapshot, onSnapshot } from '../loaders/content-snapshot.ts';
import { searchRecords } from '../search/records.ts';

/** The folder, inside the build output, that holds the index and Pagefind's scripts. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

export interface IndexStats {
  /** Records indexed: one per article, one per article and owner with duties. */
  records: number;
  milliseconds: number;
  /** How long the build waited for the index once the pages were written. */
  waitedMs: number;
}

/**
 * Above this many records, Pagefind bundles fragments a few to a file: a
 * fragment is about 1.5 KB, and a file of its own takes a whole 4 KiB block.
 */
const MAX_FRAGMENT_FILES = 1000;

/** Pagefind's files the site does not use: its other UIs, the term highlighter, the index of undetected languages. */
const UNUSED_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js', 'wasm.unknown.pagefind'];

/** Where the index's figures are published, for the build's closing summary. */
export const SEARCH_INDEX_CHANNEL = 'roles-docs:search-index';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Starts indexing a snapshot; the promise resolves once every record is in. */
export async function indexSnapshot(snapshot: ContentSnapshot): Promise<{ index: PagefindIndex; records: number; started: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE_LANGUAGE, maxFragments: MAX_FRAGMENT_FILES });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const records = searchRecords(snapshot);
  const added = await Promise.all(records.map((record) => index.addHTMLFile(record)));
  const failed = added.flatMap((a) => a.errors);
  if (failed.length > 0) throw new Error(`Pagefind could not index the site: ${failed.join('; ')}`);
  return { index, records: records.length, started };
}

/** Writes the index into `siteDir/pagefind` and closes Pagefind. */
export async function writeIndex(indexing: Awaited<ReturnType<typeof indexSnapshot>>, siteDir: string): Promise<Omit<IndexStats, 'waitedMs'>> {
  try {
    const bundleDir = path.join(siteDir, SEARCH_BUNDLE_DIR);
    const written = await indexing.index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_FILES.map((name) => rm(path.join(bundleDir, name), { force: true })));
    return { records: indexing.records, milliseconds: Math.round(performance.now() - indexing.started) };
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  let indexing: ReturnType<typeof indexSnapshot> | undefined;
  let stopListening = () => {};
  return {
    name: 'roles-docs:search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        stopListening = onSnapshot((snapshot) => {
          indexing = indexSnapshot(snapshot);
          // Failures surface when the build awaits the index.
          indexing.catch(() => {});
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        stopListening();
        if (!indexing) throw new Error('The search index was not started: the content was never loaded.');
        const waitFrom = performance.now();
        const stats = { ...(await writeIndex(await indexing, fileURLToPath(dir))), waitedMs: Math.round(performance.now() - waitFrom) };
        logger.info(`Search index: ${stats.records} record(s) in ${stats.milliseconds} ms`);
        channel(SEARCH_INDEX_CHANNEL).publish(stats);
      },
    },
  };
}

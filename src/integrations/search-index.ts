/**
 * An Astro integration that builds the Pagefind search index from the
 * content snapshot (see src/search/records.ts) as soon as the content is
 * loaded, and writes its files into a staging folder in the cache while
 * Astro goes on to bundle and render the pages (Pagefind does most of its
 * work when it writes). Once the build is done, the folder is moved into the
 * output. So `npm run build` (or `astro build`) always ships `dist/pagefind/`,
 * and indexing costs little extra time. (Astro empties the output folder when
 * it starts bundling, so the index cannot be written there early.)
 *
 * In `astro dev` it indexes each new snapshot of the content (after every
 * edit that leaves no error) in memory, and serves it at the same address.
 * The search UI's script (src/search/client/search-ui.js) is served from
 * the same folder.
 */
import type { AstroIntegration } from 'astro';
import { channel } from 'node:diagnostics_channel';
import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SITE_LANGUAGE } from '../config.ts';
import { type ContentSnapshot, onSnapshot } from '../loaders/content-snapshot.ts';
import { adaptPagefindFile, isAdapted } from '../search/pagefind-files.ts';
import { searchRecords } from '../search/records.ts';
import { nameIndexFilesInPages } from '../search/index-in-pages.ts';
import { type IndexFiles, indexFiles, SEARCH_UI_SOURCE, searchUiScript } from '../search/search-ui-script.ts';

/** The folder, inside the build output, that holds the index and Pagefind's scripts. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

export interface IndexStats {
  /** Records indexed: one per article, one per article and owner with duties. */
  records: number;
  milliseconds: number;
  /** How long the build waited for the index once the pages were written (0 when it was ready). */
  waitedMs: number;
}

/**
 * Above this many records, Pagefind bundles fragments a few to a file: a
 * fragment is about 1.5 KB, and a file of its own takes a whole 4 KiB block.
 */
const MAX_FRAGMENT_FILES = 1000;

/** Pagefind's files the site does not use: its UIs (the site has its own), the term highlighter, the index of undetected languages. */
const UNUSED_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'wasm.unknown.pagefind'];

/** The search UI, served beside the index: it is loaded on first use, from the index's folder. */
const SEARCH_UI_SCRIPT = 'search-ui.js';

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

/** Writes the index into `siteDir/pagefind` (emptied first) and closes Pagefind; gives its figures and its files. */
export async function writeIndex(indexing: Awaited<ReturnType<typeof indexSnapshot>>, siteDir: string): Promise<{ stats: Omit<IndexStats, 'waitedMs'>; files: IndexFiles }> {
  try {
    const bundleDir = path.join(siteDir, SEARCH_BUNDLE_DIR);
    await rm(bundleDir, { recursive: true, force: true });
    const written = await indexing.index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_FILES.map((name) => rm(path.join(bundleDir, name), { force: true })));
    for (const name of (await readdir(bundleDir)).filter(isAdapted)) {
      const file = path.join(bundleDir, name);
      await writeFile(file, adaptPagefindFile(name, await readFile(file)));
    }
    const files = await indexFiles(bundleDir);
    await writeFile(path.join(bundleDir, SEARCH_UI_SCRIPT), await searchUiScript(bundleDir, files));
    return { stats: { records: indexing.records, milliseconds: Math.round(performance.now() - indexing.started) }, files };
  } finally {
    await pagefind.close();
  }
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function send(response: ServerResponse, name: string, body: Uint8Array | string): void {
  response.setHeader('content-type', CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream');
  response.setHeader('cache-control', 'no-store');
  response.end(body);
}

/**
 * In `astro dev`, an edit's index is made this long after the edit's
 * snapshot, once the edited page is back in the browser: indexing the whole
 * site at once would slow that down, and a newer edit in the meantime
 * replaces it.
 */
const DEV_INDEX_DELAY_MS = 1500;

/** In `astro dev`: the index of the latest snapshot, in memory, rebuilt after each edit (the first at once). */
function devIndex(): { files: () => Promise<Map<string, Uint8Array>>; stop: () => void } {
  let latest: Promise<Map<string, Uint8Array>> | undefined;
  let previous: PagefindIndex | undefined;
  let delayed: NodeJS.Timeout | undefined;
  const index = (snapshot: ContentSnapshot) => {
    latest = indexSnapshot(snapshot).then(async ({ index }) => {
      const { files, errors } = await index.getFiles();
      if (errors.length > 0) throw new Error(errors.join('; '));
      await previous?.deleteIndex();
      previous = index;
      return new Map(files.map((file) => [file.path, adaptPagefindFile(file.path, file.content)]));
    });
    latest.catch(() => {});
  };
  const stopListening = onSnapshot((snapshot) => {
    clearTimeout(delayed);
    if (latest) delayed = setTimeout(() => index(snapshot), DEV_INDEX_DELAY_MS);
    else index(snapshot);
  });
  return {
    files: () => latest ?? Promise.resolve(new Map()),
    stop: () => {
      clearTimeout(delayed);
      stopListening();
    },
  };
}

/** Moves a folder, or copies it when the two places are on different file systems. */
async function move(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

export default function searchIndex(): AstroIntegration {
  /** The index, written into the staging folder. */
  let indexing: ReturnType<typeof writeIndex> | undefined;
  let stagingDir = '';
  let stopListening = () => {};
  return {
    name: 'roles-docs:search-index',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const dev = devIndex();
        server.httpServer?.on('close', () => {
          dev.stop();
          void pagefind.close();
        });
        const prefix = `${server.config.base.replace(/\/?$/, '/')}${SEARCH_BUNDLE_DIR}/`;
        server.middlewares.use(async (request, response, next) => {
          const name = decodeURIComponent((request.url ?? '').split('?')[0]);
          if (!name.startsWith(prefix)) return next();
          const file = name.slice(prefix.length);
          try {
            if (file === SEARCH_UI_SCRIPT) return send(response, file, await readFile(SEARCH_UI_SOURCE));
            const content = (await dev.files()).get(file);
            if (!content) return next();
            send(response, file, content);
          } catch (error) {
            logger.warn(`Search index: ${(error as Error).message}`);
            next();
          }
        });
      },
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        stagingDir = fileURLToPath(new URL('search-index/', config.cacheDir));
        stopListening = onSnapshot((snapshot) => {
          indexing = indexSnapshot(snapshot).then((index) => writeIndex(index, stagingDir));
          // Failures surface when the build awaits the index.
          indexing.catch(() => {});
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        stopListening();
        if (!indexing) throw new Error('The search index was not started: the content was never loaded.');
        const waitFrom = performance.now();
        const written = await indexing;
        const stats = { ...written.stats, waitedMs: Math.round(performance.now() - waitFrom) };
        const siteDir = fileURLToPath(dir);
        await move(path.join(stagingDir, SEARCH_BUNDLE_DIR), path.join(siteDir, SEARCH_BUNDLE_DIR));
        // A small site's pages name its whole index, for the opener to fetch when search opens (search/index-in-pages.ts).
        const { files, small } = written.files;
        if (small.length > 0) await nameIndexFilesInPages(siteDir, [...files, ...small]);
        logger.info(`Search index: ${stats.records} record(s) in ${stats.milliseconds} ms`);
        channel(SEARCH_INDEX_CHANNEL).publish(stats);
      },
    },
  };
}

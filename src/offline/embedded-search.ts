/**
 * Writes `pagefind/offline-search.js` into a built site, in place of the rest of Pagefind's folder: one classic script
 * that holds Pagefind's index files (base64) and Pagefind's own pagefind.js,
 * turned by esbuild from an ES module into a classic script that reads those
 * files from memory (runtime/embedded-fetch.ts) and hands the Component UI a
 * blob: module (runtime/offline-search.ts). Browsers refuse module scripts,
 * fetch() of local files and Web Workers on file://; this needs none of them.
 */
import { build } from 'esbuild';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_BUNDLE_DIR } from '../integrations/search-index.ts';
import { listFiles } from '../utils/files.ts';

export const OFFLINE_SEARCH_SCRIPT = 'offline-search.js';
/** What the offline edition keeps of Pagefind's folder: the Component UI, and the script above. */
const KEPT_FILES = new Set([OFFLINE_SEARCH_SCRIPT, 'pagefind-component-ui.js', 'pagefind-component-ui.css']);
const RUNTIME = fileURLToPath(new URL('runtime/', import.meta.url));

/** Pagefind's data files: everything in its folder but its scripts and stylesheets. */
async function indexFiles(bundleDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await listFiles(bundleDir)) {
    if (!/\.(js|css)$/.test(name)) files[name] = (await readFile(path.join(bundleDir, name))).toString('base64');
  }
  return files;
}

export async function writeEmbeddedSearch(siteDir: string): Promise<{ files: number; bytes: number }> {
  const bundleDir = path.resolve(siteDir, SEARCH_BUNDLE_DIR);
  const files = await indexFiles(bundleDir);
  const result = await build({
    entryPoints: [path.join(RUNTIME, 'offline-search.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
    alias: { 'pagefind-bundle': path.join(bundleDir, 'pagefind.js') },
    // pagefind.js derives the URLs of its files from its own URL.
    define: { 'import.meta.url': JSON.stringify(`/${SEARCH_BUNDLE_DIR}/pagefind.js`) },
    inject: [path.join(RUNTIME, 'embedded-fetch.ts')],
    banner: { js: `var ROLES_DOCS_SEARCH_FILES=${JSON.stringify(files)};` },
  });
  const code = result.outputFiles[0].contents;
  await writeFile(path.join(bundleDir, OFFLINE_SEARCH_SCRIPT), code);
  // The index, pagefind.js, its worker and the other UIs are in the script now, or unused.
  for (const name of await readdir(bundleDir)) {
    if (!KEPT_FILES.has(name)) await rm(path.join(bundleDir, name), { recursive: true });
  }
  return { files: Object.keys(files).length, bytes: code.length };
}

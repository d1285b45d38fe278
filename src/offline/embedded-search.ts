/**
 * Makes a built site's search work from file://. Browsers refuse module
 * scripts, fetch() of local files and Web Workers there; this needs none:
 * - `pagefind/offline-search.js`: Pagefind's own pagefind.js, turned by
 *   esbuild from an ES module into a classic script that reads the index
 *   through runtime/embedded-fetch.ts and offers its API to the search UI
 *   (runtime/offline-search.ts);
 * - `pagefind/offline/<file>.js`: each of Pagefind's index files as a classic
 *   script holding it base64-encoded, added only when a search needs it.
 * The rest of Pagefind's folder goes, but for the search UI's script.
 */
import { build } from 'esbuild';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import { SEARCH_BUNDLE_DIR } from '../integrations/search-index.ts';
import { FILE_CALLBACK, fileScriptName, OFFLINE_FILES_DIR } from './runtime/file-scripts.ts';
import { listFiles } from '../utils/files.ts';

export const OFFLINE_SEARCH_SCRIPT = 'offline-search.js';
/** What the offline edition keeps of Pagefind's folder: the search UI, and the scripts above. */
const KEPT_FILES = new Set([OFFLINE_SEARCH_SCRIPT, 'search-ui.js', OFFLINE_FILES_DIR]);
const RUNTIME = fileURLToPath(new URL('runtime/', import.meta.url));

/** Writes each of Pagefind's data files (all but its scripts and stylesheets) as a script; returns their bytes. */
async function writeFileScripts(bundleDir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const name of await listFiles(bundleDir)) {
    if (/\.(js|css)$/.test(name)) continue;
    const script = `${FILE_CALLBACK}(${JSON.stringify(name)},"${(await readFile(path.join(bundleDir, name))).toString('base64')}")`;
    const target = path.join(bundleDir, OFFLINE_FILES_DIR, fileScriptName(name));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, script);
    files += 1;
    bytes += script.length;
  }
  return { files, bytes };
}

export async function writeEmbeddedSearch(siteDir: string): Promise<{ files: number; bytes: number }> {
  const bundleDir = path.resolve(siteDir, SEARCH_BUNDLE_DIR);
  const files = await writeFileScripts(bundleDir);
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
  });
  const code = result.outputFiles[0].contents;
  await writeFile(path.join(bundleDir, OFFLINE_SEARCH_SCRIPT), code);
  // The index, pagefind.js, its worker and the other UIs are in the script now, or unused.
  for (const name of await readdir(bundleDir)) {
    if (!KEPT_FILES.has(name)) await rm(path.join(bundleDir, name), { recursive: true });
  }
  return { files: files.files, bytes: files.bytes + code.length };
}

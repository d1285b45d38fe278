/**
 * The search UI's script (client/search-ui.js) as the build publishes it,
 * beside the index: minified, and told which of the index's files every
 * search needs (the entry file, the metadata and the WebAssembly), so that
 * it fetches them at once when search opens. Pagefind
 * fetches each only after the one that names it, three round trips in a row.
 * The entry file gets a stable URL from Pagefind's `metaCacheTag` (by
 * default it adds the time, which no preload can match). `indexFiles` also
 * gives a small index's word chunks and fragments, which a small site's pages
 * name (index-in-pages.ts).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

export const SEARCH_UI_SOURCE = fileURLToPath(new URL('./client/search-ui.js', import.meta.url));

/** The placeholder in search-ui.js that this fills in. */
const INDEX_PLACEHOLDER = "/* index files */ { tag: '', files: [] }";

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string }>;
}

/** Up to this many bytes of word chunks and fragments, an index is fetched whole when search opens. */
export const SMALL_INDEX_BYTES = 64 * 1024;

/** The files of one of the index's folders, by their path from `bundleDir`. */
async function folderFiles(bundleDir: string, folder: string): Promise<string[]> {
  return (await readdir(path.join(bundleDir, folder)).catch(() => [])).map((name) => `${folder}/${name}`);
}

/** The word chunks and fragments, when they are few and small enough to fetch before the query is known. */
async function smallIndexFiles(bundleDir: string): Promise<string[]> {
  const files = [...(await folderFiles(bundleDir, 'index')), ...(await folderFiles(bundleDir, 'fragment'))];
  let bytes = 0;
  for (const file of files) {
    bytes += (await stat(path.join(bundleDir, file))).size;
    if (bytes > SMALL_INDEX_BYTES) return [];
  }
  return files;
}

export interface IndexFiles {
  /** The index's tag (its entry file's hash). */
  tag: string;
  /**
   * The files every search loads. Not the filter files: a search with no
   * filter chosen loads none, and the UI asks for them (to list the articles)
   * only after the first answer.
   */
  files: string[];
  /** A small index's word chunks and fragments; none for a larger one. */
  small: string[];
}

/** The files of the index in `bundleDir` that every search loads, those of a small index, and the tag of this index. */
export async function indexFiles(bundleDir: string): Promise<IndexFiles> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const [language] = Object.values(entry.languages);
  if (!language) return { tag: '', files: [], small: [] };
  const tag = language.hash;
  const everySearch = [`pagefind-entry.json?ts=${tag}`, `pagefind.${language.hash}.pf_meta`, `wasm.${language.wasm ?? 'unknown'}.pagefind`];
  return { tag, files: everySearch, small: await smallIndexFiles(bundleDir) };
}

/** The script for the index in `bundleDir` (its files, when they have been listed already). */
export async function searchUiScript(bundleDir: string, index?: IndexFiles): Promise<string> {
  const source = await readFile(SEARCH_UI_SOURCE, 'utf8');
  if (!source.includes(INDEX_PLACEHOLDER)) throw new Error(`${SEARCH_UI_SOURCE} has lost its placeholder ${INDEX_PLACEHOLDER}`);
  const { tag, files } = index ?? (await indexFiles(bundleDir));
  const filled = source.replace(INDEX_PLACEHOLDER, JSON.stringify({ tag, files }));
  return (await transform(filled, { loader: 'js', minify: true, target: 'es2022' })).code;
}

/**
 * The search UI's script (client/search-ui.js) as the build publishes it,
 * beside the index: minified, and told which of the index's files every
 * search needs (the entry file, the metadata, the WebAssembly and the filter
 * files), so that it fetches them at once when search opens. Pagefind
 * fetches each only after the one that names it, three round trips in a row.
 * The entry file gets a stable URL from Pagefind's `metaCacheTag` (by
 * default it adds the time, which no preload can match).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

export const SEARCH_UI_SOURCE = fileURLToPath(new URL('./client/search-ui.js', import.meta.url));

/** The placeholder in search-ui.js that this fills in. */
const INDEX_PLACEHOLDER = "/* index files */ { tag: '', files: [] }";

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string }>;
}

/** The files of the index in `bundleDir` that every search loads, and the tag of this index. */
async function indexFiles(bundleDir: string): Promise<{ tag: string; files: string[] }> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const [language] = Object.values(entry.languages);
  if (!language) return { tag: '', files: [] };
  const tag = language.hash;
  const filters = (await readdir(path.join(bundleDir, 'filter')).catch(() => [])).map((name) => `filter/${name}`);
  return { tag, files: [`pagefind-entry.json?ts=${tag}`, `pagefind.${language.hash}.pf_meta`, `wasm.${language.wasm ?? 'unknown'}.pagefind`, ...filters] };
}

export async function searchUiScript(bundleDir: string): Promise<string> {
  const source = await readFile(SEARCH_UI_SOURCE, 'utf8');
  if (!source.includes(INDEX_PLACEHOLDER)) throw new Error(`${SEARCH_UI_SOURCE} has lost its placeholder ${INDEX_PLACEHOLDER}`);
  const filled = source.replace(INDEX_PLACEHOLDER, JSON.stringify(await indexFiles(bundleDir)));
  return (await transform(filled, { loader: 'js', minify: true, target: 'es2022' })).code;
}

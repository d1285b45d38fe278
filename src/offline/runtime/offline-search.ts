/**
 * The offline bundle's search runtime, built into `pagefind/offline-search.js`
 * as a classic script (see ../embedded-search.ts). The search UI
 * (src/search/client/search-ui.js) adds it on first use and takes Pagefind's
 * API from `window.RolesDocsPagefind`, with result URLs made relative to the
 * page's file.
 *
 * It relies on these Pagefind 1.6 behaviours, each covered by
 * tests/browser/offline.test.ts:
 * - pagefind.js finds its files from `import.meta.url` (defined at build
 *   time as `/pagefind/pagefind.js`) and loads them with `fetch`;
 * - it searches on the main thread when `Worker` is undefined;
 * - its result URLs are site paths such as `/x/` and `/x/#duty-microsoft-y`.
 */
import * as pagefind from 'pagefind-bundle';
import { relativeFile, sitePathToFile } from '../site-paths.ts';
import { loadFile } from './embedded-fetch.ts';
import { embeddedName } from './file-scripts.ts';

type PagefindApi = typeof pagefind;
interface ResultData {
  url: string;
  meta?: Record<string, string>;
  sub_results?: { url: string }[];
}
interface SearchResponse {
  results: { data: () => Promise<ResultData> }[];
}

/** This script sits at `<root>/pagefind/offline-search.js`: the page's path from the root follows. */
const scriptUrl = (document.currentScript as HTMLScriptElement).src;
const siteRoot = new URL('../', scriptUrl).href;
const pageFile = decodeURI(location.href.split(/[?#]/)[0].slice(siteRoot.length)) || 'index.html';

/** A result's site path as a relative link to its file, e.g. `../../duties/x/index.html`. */
export function offlineUrl(sitePath: string): string {
  return relativeFile(pageFile.endsWith('/') ? `${pageFile}index.html` : pageFile, sitePathToFile(sitePath));
}

function withOfflineUrls(data: ResultData): ResultData {
  return {
    ...data,
    url: offlineUrl(data.url),
    meta: data.meta?.url ? { ...data.meta, url: offlineUrl(data.meta.url) } : data.meta,
    sub_results: data.sub_results?.map((sub) => ({ ...sub, url: offlineUrl(sub.url) })),
  };
}

function withOfflineResults(response: SearchResponse | null): SearchResponse | null {
  if (!response) return response;
  return {
    ...response,
    results: response.results.map((result) => ({ ...result, data: async () => withOfflineUrls(await result.data()) })),
  };
}

(globalThis as Record<string, unknown>).RolesDocsPagefind = {
  options: pagefind.options,
  init: pagefind.init,
  filters: pagefind.filters,
  search: async (...args: Parameters<PagefindApi['search']>) => withOfflineResults(await pagefind.search(...args)),
  /** Reads these index files at once (Pagefind asks for each only after the one that names it). */
  preloadFiles: (urls: string[]) => {
    for (const url of urls) void loadFile(embeddedName(url));
  },
};

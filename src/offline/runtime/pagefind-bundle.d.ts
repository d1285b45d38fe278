/**
 * The part of Pagefind's browser API (dist/pagefind/pagefind.js, which ships
 * no types) that the offline runtime wraps. esbuild resolves the module name
 * to that file (see ../embedded-search.ts).
 */
declare module 'pagefind-bundle' {
  export interface PagefindInstance {
    search(term: string, options?: object): Promise<never>;
    debouncedSearch(term: string, options?: object, debounceTimeoutMs?: number): Promise<never>;
  }
  export function createInstance(options?: object): PagefindInstance;
}

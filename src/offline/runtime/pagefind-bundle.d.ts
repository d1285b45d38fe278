/**
 * The part of Pagefind's browser API (dist/pagefind/pagefind.js, which ships
 * no types) that the offline runtime hands on. esbuild resolves the module
 * name to that file (see ../embedded-search.ts).
 */
declare module 'pagefind-bundle' {
  export function options(options: object): Promise<void>;
  export function init(): Promise<void>;
  export function filters(): Promise<Record<string, Record<string, number>>>;
  export function search(term: string, options?: object): Promise<never>;
}

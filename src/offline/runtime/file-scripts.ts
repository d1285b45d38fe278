/**
 * How the offline bundle ships Pagefind's index files: each as a classic
 * script, `pagefind/offline/<name>.js`, that calls `FILE_CALLBACK(name, base64)`.
 * Written by ../embedded-search.ts, read by embedded-fetch.ts.
 */
export const OFFLINE_FILES_DIR = 'offline';
export const FILE_CALLBACK = '__rolesDocsSearchFile';

/** The script's file name, from the files' folder. */
export function fileScriptName(name: string): string {
  return `${name}.js`;
}

/** The script's URL, relative to the files' folder. */
export function fileScriptUrl(name: string): string {
  return fileScriptName(name).split('/').map(encodeURIComponent).join('/');
}

/** The name of an index file from the URL Pagefind asks for: the part after `pagefind/`, without query or fragment. */
export function embeddedName(url: string): string {
  return url.replace(/^.*?pagefind\//, '').replace(/[?#].*$/, '');
}

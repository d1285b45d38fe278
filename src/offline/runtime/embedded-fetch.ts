/**
 * Injected by esbuild into Pagefind's pagefind.js for the offline bundle
 * (see ../embedded-search.ts): every free `fetch` and `Worker` in it refers to
 * these instead of the browser's, which cannot read files from file://.
 *
 * - `fetch` answers Pagefind's requests (`<base>pagefind-entry.json?ts=…`,
 *   `<base>pagefind.en_….pf_meta`, `<base>wasm.en.pagefind`, and the
 *   `index/`, `fragment/` and `filter/` chunks) from the files embedded in
 *   the same script, base64-encoded, in `ROLES_DOCS_SEARCH_FILES`.
 * - `Worker` is undefined, so Pagefind searches on the main thread (its
 *   fallback when Web Workers are unavailable).
 */
declare const ROLES_DOCS_SEARCH_FILES: Record<string, string>;

/** The name of an embedded file: the part of the URL after `pagefind/`, without query or fragment. */
export function embeddedName(url: string): string {
  return url.replace(/^.*?pagefind\//, '').replace(/[?#].*$/, '');
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function contentType(name: string): string {
  if (name.endsWith('.json')) return 'application/json';
  if (name.startsWith('wasm.')) return 'application/wasm';
  return 'application/octet-stream';
}

export async function embeddedFetch(input: RequestInfo | URL): Promise<Response> {
  const url = input instanceof Request ? input.url : String(input);
  const name = embeddedName(url);
  const data = ROLES_DOCS_SEARCH_FILES[name];
  if (data === undefined) return new Response(`${name} is not in the offline search bundle`, { status: 404 });
  return new Response(decodeBase64(data), { headers: { 'content-type': contentType(name) } });
}

export { embeddedFetch as fetch };
export const Worker = undefined;

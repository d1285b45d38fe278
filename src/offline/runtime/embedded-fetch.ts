/**
 * Injected by esbuild into Pagefind's pagefind.js for the offline bundle
 * (see ../embedded-search.ts): every free `fetch` and `Worker` in it refers to
 * these instead of the browser's, which cannot read files from file://.
 *
 * - `fetch` answers Pagefind's requests (`<base>pagefind-entry.json?ts=…`,
 *   `<base>pagefind.en_….pf_meta`, `<base>wasm.en.pagefind`, and the
 *   `index/`, `fragment/` and `filter/` chunks) by adding a classic script,
 *   `offline/<name>.js`, that hands the file over base64-encoded. Only the
 *   chunks a search needs are read, so a big site's index is not loaded whole.
 *   Pagefind's chunks are gzipped: they are inflated here, by the browser
 *   (DecompressionStream), and Pagefind takes them as they are (it inflates
 *   only what does not start with its `pagefind_dcd` signature, in
 *   JavaScript, several times slower: at 1,000 articles, tens of ms of the
 *   first search).
 * - `Worker` is undefined, so Pagefind searches on the main thread (its
 *   fallback when Web Workers are unavailable).
 */
import { embeddedName, FILE_CALLBACK, fileScriptUrl, OFFLINE_FILES_DIR } from './file-scripts.ts';

/** The folder of the file scripts, beside this script (known only while it first runs). */
const filesBase = new URL(`${OFFLINE_FILES_DIR}/`, (document.currentScript as HTMLScriptElement).src);
const waiting = new Map<string, (base64: string) => void>();
const loaded = new Map<string, Promise<string | undefined>>();
(globalThis as Record<string, unknown>)[FILE_CALLBACK] = (name: string, base64: string) => waiting.get(name)?.(base64);

/** Starts reading an index file (by its name after `pagefind/`), once; `fetch` then takes it from here. */
export function loadFile(name: string): Promise<string | undefined> {
  let file = loaded.get(name);
  if (!file) {
    file = new Promise((resolve) => {
      waiting.set(name, resolve);
      const script = document.createElement('script');
      script.src = new URL(fileScriptUrl(name), filesBase).href;
      script.onerror = () => resolve(undefined);
      script.onload = () => script.remove();
      document.head.append(script);
    });
    loaded.set(name, file);
  }
  return file;
}

/** `Uint8Array.fromBase64` where the browser has it (Chromium 140 on): a third of the time of the loop. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64?.bind(Uint8Array);

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  if (fromBase64) return fromBase64(text);
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

const gzipped = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

async function embeddedFetch(input: RequestInfo | URL): Promise<Response> {
  const url = input instanceof Request ? input.url : String(input);
  const name = embeddedName(url);
  const data = await loadFile(name);
  if (data === undefined) return new Response(`${name} is not in the offline search bundle`, { status: 404 });
  const bytes = decodeBase64(data);
  const body = gzipped(bytes) && typeof DecompressionStream === 'function' ? new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip')) : bytes;
  return new Response(body, { headers: { 'content-type': contentType(name) } });
}

export { embeddedFetch as fetch };
export const Worker = undefined;

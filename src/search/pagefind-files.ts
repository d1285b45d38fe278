/**
 * Two changes to the files Pagefind writes, both for the first search after
 * a page opens (it loads everything then, on the page's main thread):
 *
 * - `pagefind.js`: its first search waits for the WebAssembly and metadata by
 *   polling every 50 ms (`getPtr`), and its API offers nothing to await
 *   instead (the module's `init()` only constructs). The index is often ready
 *   a few ms after a poll, so the first result came up to 50 ms late; the
 *   poll is made 5 ms, which costs next to nothing.
 * - `wasm.<language>.pagefind`: Pagefind gzips it and inflates it in
 *   JavaScript, 25–30 ms of the main thread. Its decompressed form (which
 *   starts with Pagefind's `pagefind_dcd` signature) is read as it is; a web
 *   server compresses it in transit, and the browser inflates it natively.
 *   It is one fixed file (about 150 KB, 60 KB gzipped): the index's chunks
 *   stay compressed.
 */
import { gunzipSync } from 'node:zlib';

/** Pagefind 1.6's poll, as its published pagefind.js spells it (minified). */
const INIT_POLL = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
const SHORT_POLL = INIT_POLL.replace('asyncSleep(50)', 'asyncSleep(5)');
/** What Pagefind's files start with once decompressed. */
const DECOMPRESSED = Buffer.from('pagefind_dcd');

/** Whether `adaptPagefindFile` changes this file of the index's folder. */
export const isAdapted = (name: string) => name === 'pagefind.js' || /^wasm\.[^/]+\.pagefind$/.test(name);

/** The file as the site publishes it; throws when Pagefind no longer writes it as expected (see the README). */
export function adaptPagefindFile(name: string, content: Uint8Array): Uint8Array {
  if (name === 'pagefind.js') {
    const code = Buffer.from(content).toString('utf8');
    if (code.includes(SHORT_POLL)) return content;
    if (!code.includes(INIT_POLL)) throw new Error("Pagefind's pagefind.js no longer waits for its index with a 50 ms poll: see src/search/pagefind-files.ts");
    return Buffer.from(code.replace(INIT_POLL, SHORT_POLL));
  }
  if (isAdapted(name)) {
    if (Buffer.from(content.subarray(0, DECOMPRESSED.length)).equals(DECOMPRESSED)) return content;
    const inflated = gunzipSync(content);
    if (!inflated.subarray(0, DECOMPRESSED.length).equals(DECOMPRESSED)) throw new Error(`Pagefind's ${name} is not a gzipped Pagefind file any more: see src/search/pagefind-files.ts`);
    return inflated;
  }
  return content;
}

/**
 * Changes to the files Pagefind writes, all for the first search after a
 * page opens (it loads everything then, on the page's main thread):
 *
 * - `pagefind.js`:
 *   - its first search waits for the WebAssembly and metadata by polling
 *     every 50 ms (`getPtr`), and its API offers nothing to await instead (the
 *     module's `init()` only constructs). The index is often ready a few ms
 *     after a poll, so the first result came up to 50 ms late; the poll is
 *     made 5 ms, which costs next to nothing;
 *   - each search splits the query into graphemes with an `Intl.Segmenter`,
 *     only to drop punctuation and lower the case. The first one in a page
 *     costs 12–20 ms (the browser loads its text-boundary rules). For a
 *     language Pagefind does not split into words (all but Chinese, Japanese
 *     and Thai), its own fallback, which walks the query by code point, gives
 *     the same terms: it is used for them.
 * - `wasm.<language>.pagefind`: Pagefind gzips it and inflates it in
 *   JavaScript, 25–30 ms of the main thread. Its decompressed form (which
 *   starts with Pagefind's `pagefind_dcd` signature) is read as it is; a web
 *   server compresses it in transit, and the browser inflates it natively.
 *   It is one fixed file (about 150 KB, 60 KB gzipped): the index's chunks
 *   stay compressed.
 *
 * Each change stops the build with a message if Pagefind no longer writes
 * the code it changes (see the README's list of Pagefind's assumptions).
 */
import { gunzipSync } from 'node:zlib';

interface CodeChange {
  /** Pagefind 1.6's code, as its published pagefind.js spells it (minified). */
  from: string;
  to: string;
  /** What Pagefind no longer does, for the message when `from` is not found. */
  lost: string;
}

const INIT_POLL = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
const GRAPHEMES = 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){';

const PAGEFIND_JS_CHANGES: CodeChange[] = [
  { from: INIT_POLL, to: INIT_POLL.replace('asyncSleep(50)', 'asyncSleep(5)'), lost: 'waits for its index with a 50 ms poll' },
  { from: GRAPHEMES, to: GRAPHEMES.replace('){', '&&needsWordSegmentation(trueLanguage)){'), lost: 'splits every query with an Intl.Segmenter' },
];

/** What Pagefind's files start with once decompressed. */
const DECOMPRESSED = Buffer.from('pagefind_dcd');

/** Whether `adaptPagefindFile` changes this file of the index's folder. */
export const isAdapted = (name: string) => name === 'pagefind.js' || /^wasm\.[^/]+\.pagefind$/.test(name);

function adaptPagefindJs(code: string): string {
  for (const change of PAGEFIND_JS_CHANGES) {
    if (code.includes(change.to)) continue;
    if (!code.includes(change.from)) throw new Error(`Pagefind's pagefind.js no longer ${change.lost}: see src/search/pagefind-files.ts`);
    code = code.replace(change.from, change.to);
  }
  return code;
}

/** The file as the site publishes it; throws when Pagefind no longer writes it as expected (see the README). */
export function adaptPagefindFile(name: string, content: Uint8Array): Uint8Array {
  if (name === 'pagefind.js') return Buffer.from(adaptPagefindJs(Buffer.from(content).toString('utf8')));
  if (isAdapted(name)) {
    if (Buffer.from(content.subarray(0, DECOMPRESSED.length)).equals(DECOMPRESSED)) return content;
    const inflated = gunzipSync(content);
    if (!inflated.subarray(0, DECOMPRESSED.length).equals(DECOMPRESSED)) throw new Error(`Pagefind's ${name} is not a gzipped Pagefind file any more: see src/search/pagefind-files.ts`);
    return inflated;
  }
  return content;
}

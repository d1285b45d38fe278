import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adaptPagefindFile, isAdapted } from '../pagefind-files.ts';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe("the changes to Pagefind's files", () => {
  it('changes pagefind.js and the WebAssembly only', () => {
    expect(['pagefind.js', 'wasm.en.pagefind', 'wasm.unknown.pagefind'].filter(isAdapted)).toHaveLength(3);
    expect(['pagefind-worker.js', 'pagefind.en_1.pf_meta', 'index/en_1.pf_index', 'fragment/en_1.pf_fragment', 'pagefind-entry.json'].filter(isAdapted)).toEqual([]);
  });

  // The parts of Pagefind 1.6's pagefind.js that are changed, as it spells them.
  const POLL = 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}return this.raw_ptr;}';
  const GRAPHEMES = 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){const graphemeSegmenter=1;}';

  it("shortens the first search's poll to 5 ms and splits by grapheme only where words are split too, once", () => {
    const once = adaptPagefindFile('pagefind.js', Buffer.from(`a;${POLL};${GRAPHEMES}b`));
    expect(text(once)).toBe(
      'a;async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(5);}return this.raw_ptr;};' +
        'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(trueLanguage)){const graphemeSegmenter=1;}b',
    );
    expect(text(adaptPagefindFile('pagefind.js', once))).toBe(text(once));
  });

  it('stops when Pagefind no longer polls that way', () => {
    expect(() => adaptPagefindFile('pagefind.js', Buffer.from(`async getPtr(){return this.raw_ptr;};${GRAPHEMES}`))).toThrow(/no longer waits for its index with a 50 ms poll/);
  });

  it('stops when Pagefind no longer splits queries with a Segmenter that way', () => {
    expect(() => adaptPagefindFile('pagefind.js', Buffer.from(`${POLL};if(typeof Intl.Segmenter!=="undefined"){}`))).toThrow(/no longer splits every query with an Intl.Segmenter/);
  });

  it('stores the WebAssembly decompressed, signature first, and leaves it so when already done', () => {
    const decompressed = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0, 97, 115, 109, 1])]);
    const once = adaptPagefindFile('wasm.en.pagefind', gzipSync(decompressed));
    expect(Buffer.from(once)).toEqual(decompressed);
    expect(Buffer.from(adaptPagefindFile('wasm.en.pagefind', once))).toEqual(decompressed);
  });

  it('stops when the WebAssembly is not a gzipped Pagefind file', () => {
    expect(() => adaptPagefindFile('wasm.en.pagefind', gzipSync(Buffer.from('something else')))).toThrow(/not a gzipped Pagefind file/);
  });

  it('leaves every other file as it is', () => {
    const chunk = gzipSync(Buffer.from('pagefind_dcd chunk'));
    expect(adaptPagefindFile('index/en_1.pf_index', chunk)).toBe(chunk);
  });
});

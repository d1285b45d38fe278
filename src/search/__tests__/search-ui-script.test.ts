import { describe, expect, it } from 'vitest';
import { writeTempFiles } from '../../../tests/helpers/temp-files.ts';
import { indexFiles, SMALL_INDEX_BYTES, searchUiScript } from '../search-ui-script.ts';

/** The index files the published script names, read back from its minified code. */
function namedIndex(code: string): { tag: string; files: string[] } {
  const match = /\{tag:("[^"]*"),files:(\[[^\]]*\])\}/.exec(code);
  if (!match) throw new Error('no index list in the script');
  return { tag: JSON.parse(match[1]), files: JSON.parse(match[2]) };
}

describe('the published search UI script', () => {
  it('names the entry (with a stable tag), the metadata and the WebAssembly, not the filter files (a search with no filter loads none)', async () => {
    const bundle = await writeTempFiles({
      'pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1234abcd', wasm: 'en', page_count: 3 } } }),
      'filter/en_aaa.pf_filter': '',
      'filter/en_bbb.pf_filter': '',
    });
    const index = namedIndex(await searchUiScript(bundle));
    expect(index.tag).toBe('en_1234abcd');
    expect(index.files.sort()).toEqual(['pagefind-entry.json?ts=en_1234abcd', 'pagefind.en_1234abcd.pf_meta', 'wasm.en.pagefind']);
  });

  it('is minified', async () => {
    const bundle = await writeTempFiles({ 'pagefind-entry.json': JSON.stringify({ languages: { en: { hash: 'en_9', wasm: 'en' } } }) });
    expect(await searchUiScript(bundle)).not.toContain('// @ts-check');
  });

  it('gives every word chunk and fragment of a small index, and none of a bigger one', async () => {
    const entry = JSON.stringify({ languages: { en: { hash: 'en_9', wasm: 'en' } } });
    const everySearch = ['pagefind-entry.json?ts=en_9', 'pagefind.en_9.pf_meta', 'wasm.en.pagefind'];
    const half = 'x'.repeat(SMALL_INDEX_BYTES / 2);
    const small = await writeTempFiles({ 'pagefind-entry.json': entry, 'index/en_a.pf_index': half, 'fragment/en_b.pf_fragment': half });
    expect(await indexFiles(small)).toMatchObject({ files: everySearch, small: ['index/en_a.pf_index', 'fragment/en_b.pf_fragment'] });
    // The script names only what every search needs.
    expect(namedIndex(await searchUiScript(small)).files).toEqual(everySearch);
    const big = await writeTempFiles({ 'pagefind-entry.json': entry, 'index/en_a.pf_index': half, 'fragment/en_b.pf_fragment': `${half}x` });
    expect(await indexFiles(big)).toMatchObject({ files: everySearch, small: [] });
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTempFiles } from '../../../tests/helpers/temp-files.ts';
import { nameIndexFiles, nameIndexFilesInPages } from '../index-in-pages.ts';

const box = (files: string) => `<header><div class="site-search" data-search-bundle="/pagefind/" data-search-files="${files}"><a>Search</a></div></header>`;

describe('naming the index files in the pages', () => {
  it("fills the search box's data-search-files with the list, as an attribute's JSON", () => {
    expect(nameIndexFiles(box(''), ['pagefind-entry.json?ts=en_1', 'wasm.en.pagefind'])).toBe(
      box('[&quot;pagefind-entry.json?ts=en_1&quot;,&quot;wasm.en.pagefind&quot;]'),
    );
  });

  it('replaces the list of an earlier build, and leaves a page without a search box as it is', () => {
    expect(nameIndexFiles(box('[&quot;old&quot;]'), ['new'])).toBe(box('[&quot;new&quot;]'));
    expect(nameIndexFiles('<p>data-search-files</p>', ['new'])).toBe('<p>data-search-files</p>');
  });

  it('names them in every HTML page of the site, and in nothing else', async () => {
    const site = await writeTempFiles({ 'index.html': box(''), 'a/b/index.html': box(''), 'pagefind/search-ui.js': 'data-search-files=""' });
    await nameIndexFilesInPages(site, ['x']);
    for (const page of ['index.html', 'a/b/index.html']) await expect(readFile(path.join(site, page), 'utf8')).resolves.toBe(box('[&quot;x&quot;]'));
    await expect(readFile(path.join(site, 'pagefind/search-ui.js'), 'utf8')).resolves.toBe('data-search-files=""');
  });
});

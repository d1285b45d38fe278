import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTempFiles } from '../../../tests/helpers/temp-files.ts';
import { pageStore, readPageFile } from '../page-store.ts';

describe('the page store', () => {
  it('keeps each page version in one file, its HTML and its search HTML read back exactly, and removes the versions no page uses', async () => {
    const store = pageStore(await writeTempFiles({}));
    // Lines, digits at the start (as the length prefix), and characters of two UTF-16 units.
    const page = '12\n<p>Ünïcode 🙂 and\nlines</p>\n';
    const search = '<p>search 🙂</p>';
    store.write('aaa', { page, search });
    store.write('bbb', { page: '', search: 'only search' });
    expect([store.read('aaa'), store.read('aaa', 'search'), readPageFile(store.fileFor('aaa'))]).toEqual([page, search, page]);
    expect([store.read('bbb'), store.read('bbb', 'search')]).toEqual(['', 'only search']);
    expect([store.has('aaa'), store.has('ccc')]).toEqual([true, false]);
    store.keepOnly(new Set(['bbb']));
    expect(await readdir(path.dirname(store.fileFor('bbb')))).toEqual(['bbb.html']);
  });
});

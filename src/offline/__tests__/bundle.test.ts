import { unzipSync } from 'fflate';
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTempFiles } from '../../../tests/helpers/temp-files.ts';
import { bundleName } from '../bundle-name.ts';
import { embeddedName } from '../runtime/file-scripts.ts';
import { writeZipAtomically } from '../write-zip.ts';

describe('bundleName', () => {
  it('carries the site name and the build date', () => {
    expect(bundleName('Microsoft Managed Desktop', new Date('2026-11-24T15:00:00Z'))).toBe('microsoft-managed-desktop-offline-2026-11-24');
    expect(bundleName('???', new Date('2026-01-02T00:00:00Z'))).toBe('site-offline-2026-01-02');
  });
});

describe('embeddedName', () => {
  it('names the embedded file Pagefind asks for, whatever its base and cache-busting query', () => {
    expect(embeddedName('/pagefind/pagefind-entry.json?ts=1732450000')).toBe('pagefind-entry.json');
    expect(embeddedName('/pagefind/fragment/en_1a2b3c.pf_fragment')).toBe('fragment/en_1a2b3c.pf_fragment');
    expect(embeddedName('https://x.example/docs/pagefind/wasm.en.pagefind')).toBe('wasm.en.pagefind');
  });
});

describe('writeZipAtomically', () => {
  /** A temporary folder holding `site/` with the files; the zip goes beside it. */
  async function folderWith(files: Record<string, string>) {
    const dir = await writeTempFiles(Object.fromEntries(Object.entries(files).map(([name, text]) => [`site/${name}`, text])), 'roles-docs-zip-');
    return { dir, site: path.join(dir, 'site') };
  }

  it('packs every file under one top folder', async () => {
    const { dir, site } = await folderWith({ 'index.html': '<p>home</p>', 'a/b/index.html': '<p>b</p>' });
    const zipFile = path.join(dir, 'out.zip');
    const size = await writeZipAtomically(site, zipFile, 'bundle-1');
    const entries = unzipSync(await readFile(zipFile));
    expect(Object.keys(entries).sort()).toEqual(['bundle-1/a/b/index.html', 'bundle-1/index.html']);
    expect(new TextDecoder().decode(entries['bundle-1/a/b/index.html'])).toBe('<p>b</p>');
    expect(size).toBe((await readFile(zipFile)).length);
  });

  it('leaves no partial zip, and keeps the previous one, when packing fails', async () => {
    const { dir, site } = await folderWith({ 'index.html': 'x' });
    const zipFile = path.join(dir, 'out.zip');
    await writeFile(zipFile, 'the last good bundle');
    await symlink(path.join(dir, 'missing'), path.join(site, 'broken.html'));
    await expect(writeZipAtomically(site, zipFile, 'b')).rejects.toThrow(/ENOENT/);
    await expect(readFile(zipFile, 'utf8')).resolves.toBe('the last good bundle');
    expect(await readdir(dir)).toEqual(['out.zip', 'site']);
  });
});

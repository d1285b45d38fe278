/**
 * Packs a folder into a zip, atomically: the zip is written under a
 * temporary name beside its final place and renamed only once complete, so
 * a failed bundle never leaves a half-written zip (and keeps the last good one).
 */
import { zipSync, type Zippable } from 'fflate';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Zips every file of `folder` under `topFolder/` inside the archive; returns the zip's size in bytes. */
export async function writeZipAtomically(folder: string, zipFile: string, topFolder: string): Promise<number> {
  const partial = `${zipFile}.partial-${process.pid}`;
  try {
    const entries: Zippable = {};
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const name = path.relative(folder, file).split(path.sep).join('/');
      entries[`${topFolder}/${name}`] = await readFile(file);
    }
    const zip = zipSync(entries, { level: 9 });
    await writeFile(partial, zip);
    await rename(partial, zipFile);
    return zip.length;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Packs a folder into a zip, atomically: the zip is written under a
 * temporary name beside its final place and renamed only once complete, so
 * a failed bundle never leaves a half-written zip (and keeps the last good one).
 */
import { zipSync, type Zippable } from 'fflate';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../utils/files.ts';

/** Zips every file of `folder` under `topFolder/` inside the archive; returns the zip's size in bytes. */
export async function writeZipAtomically(folder: string, zipFile: string, topFolder: string): Promise<number> {
  const partial = `${zipFile}.partial-${process.pid}`;
  try {
    const entries: Zippable = {};
    for (const name of await listFiles(folder)) entries[`${topFolder}/${name}`] = await readFile(path.join(folder, name));
    const zip = zipSync(entries, { level: 9 });
    await writeFile(partial, zip);
    await rename(partial, zipFile);
    return zip.length;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** Listing a folder's contents, as the content loader and the post-build steps need it. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Everything under `dir`: its files and its folders, as sorted paths from `dir` with forward slashes. */
export async function listTree(dir: string): Promise<{ files: string[]; folders: string[] }> {
  const files: string[] = [];
  const folders: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (entry.isDirectory()) folders.push(relative);
    else files.push(relative);
  }
  return { files: files.sort(), folders: folders.sort() };
}

export async function listFiles(dir: string): Promise<string[]> {
  return (await listTree(dir)).files;
}

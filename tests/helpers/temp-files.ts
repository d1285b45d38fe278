/** Writes files into a new temporary folder, for tests. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Creates the files (paths with `/`) under a fresh temporary folder and returns that folder. */
export async function writeTempFiles(files: Record<string, string | Uint8Array>, prefix = 'roles-docs-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

/** A throwaway content root for build tests, and a build of it. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runBuild } from './build.ts';

export async function tempContentRoot(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'roles-docs-content-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return { dir, build: () => runBuild({ CONTENT_DIR: dir, OUT_DIR: path.join(dir, 'dist') }) };
}

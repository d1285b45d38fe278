/**
 * A digest of the code that turns a page into its stored entry (the markdown
 * pipeline, the duties, the loader, the schemas) and of the installed
 * dependencies: when any of it changes, every page is processed again.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../utils/files.ts';
import { PROJECT_ROOT } from '../utils/content-root.ts';

const PAGE_CODE = ['src/markdown', 'src/duties', 'src/loaders', 'src/schemas', 'src/utils', 'src/config.ts', 'package-lock.json'];

let version: Promise<string> | undefined;

async function filesOf(entry: string): Promise<string[]> {
  const absolute = path.join(PROJECT_ROOT, entry);
  if (/\.\w+$/.test(entry)) return [absolute];
  return (await listFiles(absolute)).filter((f) => !f.includes('__tests__')).map((f) => path.join(absolute, f));
}

export function codeVersion(): Promise<string> {
  version ??= (async () => {
    const hash = createHash('sha256');
    for (const entry of PAGE_CODE) {
      for (const file of await filesOf(entry)) hash.update(file).update(await readFile(file));
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return version;
}

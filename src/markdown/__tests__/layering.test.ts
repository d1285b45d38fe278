import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../', import.meta.url));
/** What the markdown pipeline may import from the project: itself, and the shared utilities and settings below it. */
const ALLOWED = [/^markdown\//, /^utils\//, /^config\.ts$/];

/** Every project module the markdown layer's own code imports, as a path from src/. */
async function projectImports(): Promise<{ from: string; imported: string }[]> {
  const files = (await readdir(path.join(SRC, 'markdown'), { recursive: true })).filter((f) => f.endsWith('.ts') && !f.includes('__tests__'));
  const found: { from: string; imported: string }[] = [];
  for (const file of files) {
    const source = await readFile(path.join(SRC, 'markdown', file), 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const imported = path.relative(SRC, path.resolve(path.dirname(path.join(SRC, 'markdown', file)), specifier)).split(path.sep).join('/');
      found.push({ from: `markdown/${file}`, imported });
    }
  }
  return found;
}

describe('the markdown layer', () => {
  it('knows nothing of duties, loaders, navigation, search or pages: it imports only itself, utils/ and config.ts', async () => {
    const imports = await projectImports();
    expect(imports.length).toBeGreaterThan(10);
    expect(imports.filter(({ imported }) => !ALLOWED.some((allowed) => allowed.test(imported)))).toEqual([]);
  });
});

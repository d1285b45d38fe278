/** Content roots in tests: a throwaway one and its build, and the pages of a real one. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from './build.ts';
import { writeTempFiles } from './temp-files.ts';

export async function tempContentRoot(files: Record<string, string>) {
  const dir = await writeTempFiles(files, 'roles-docs-content-');
  return { dir, build: () => runBuild({ CONTENT_DIR: dir, OUT_DIR: path.join(dir, 'dist') }) };
}

/** The markdown pages of a content root (TOC.md is navigation, not a page). */
export async function markdownPages(contentDir: string): Promise<string[]> {
  return (await readdir(contentDir, { recursive: true })).filter((f) => f.endsWith('.md') && path.basename(f) !== 'TOC.md');
}

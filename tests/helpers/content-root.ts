/** Content roots in tests: a throwaway one and its build, and the pages of a real one. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from './build.ts';
import { writeTempFiles } from './temp-files.ts';

/** A content root in a temporary folder, and its build into a folder beside it (`<dir>-dist`). */
export async function tempContentRoot(files: Record<string, string | Uint8Array>) {
  const dir = await writeTempFiles(files, 'roles-docs-content-');
  const outDir = `${dir}-dist`;
  return { dir, outDir, build: (env: Record<string, string> = {}) => runBuild({ CONTENT_DIR: dir, OUT_DIR: outDir, ...env }) };
}

/** The markdown pages of a content root (TOC.md is navigation, not a page). */
export async function markdownPages(contentDir: string): Promise<string[]> {
  return (await readdir(contentDir, { recursive: true })).filter((f) => f.endsWith('.md') && path.basename(f) !== 'TOC.md');
}

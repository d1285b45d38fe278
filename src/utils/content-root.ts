/**
 * Where the content lives. `CONTENT_DIR` (relative to the project root, or
 * absolute) picks another content root for every command.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function resolveContentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(PROJECT_ROOT, env.CONTENT_DIR || 'content');
}

/** Why `dir` cannot be a content root (it is missing, or a file), or undefined when it can. */
export function contentDirProblem(dir: string): string | undefined {
  const stats = statSync(dir, { throwIfNoEntry: false });
  if (!stats) return 'there is no folder here';
  return stats.isDirectory() ? undefined : 'this is a file, not a folder';
}

/** A path for messages: relative to the project root, unless it lies far outside it. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(PROJECT_ROOT, absolutePath).split(path.sep).join('/');
  return relative.startsWith('../../') ? absolutePath : relative;
}

/** A path relative to the project root, as Astro's data store wants it. */
export function projectRelativePath(absolutePath: string): string {
  return path.relative(PROJECT_ROOT, absolutePath).split(path.sep).join('/');
}

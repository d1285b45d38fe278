/**
 * Where the content lives. `CONTENT_DIR` (relative to the project root, or
 * absolute) picks another content root for every command.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function resolveContentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(PROJECT_ROOT, env.CONTENT_DIR || 'content');
}

/** A path for messages: relative to the project root when that is shorter. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(PROJECT_ROOT, absolutePath);
  return relative.split(path.sep).join('/');
}

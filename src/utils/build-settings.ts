/**
 * The build's settings from the environment (see "Settings" in README.md),
 * in one place for astro.config.mjs and the scripts.
 */
import path from 'node:path';
import { PROJECT_ROOT } from './content-root.ts';

/** The public origin, e.g. https://docs.example.com (canonical URLs and the sitemap). */
export function siteUrlSetting(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.SITE_URL || undefined;
}

export function basePathSetting(env: NodeJS.ProcessEnv = process.env): string {
  return env.BASE_PATH || '/';
}

export function outDirSetting(env: NodeJS.ProcessEnv = process.env): string {
  return env.OUT_DIR || 'dist';
}

/**
 * Astro's cache folder. OUT_DIR lets tests and the benchmark build several
 * sites side by side; each gets its own cache, so their content stores do
 * not mix.
 */
export function cacheDirSetting(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(PROJECT_ROOT, 'node_modules/.astro', outDirSetting(env).replace(/[^\w-]+/g, '_'));
}

/** Where Astro persists the content store of a build (Astro's own file name). */
export function contentStoreFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheDirSetting(env), 'data-store.json');
}

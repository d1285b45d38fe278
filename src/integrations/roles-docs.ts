/**
 * The project's own build hooks: start processing the content's pages as
 * soon as the configuration is known (see loaders/early-processing.ts), tell
 * the console when pages are being rendered, and make sure nothing started is
 * left running when the build ends.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { closeEarlyProcessing, startEarlyProcessing } from '../loaders/early-processing.ts';
import { resolveContentDir } from '../utils/content-root.ts';
import { publishProgress } from '../utils/progress.ts';

export default function rolesDocs(): AstroIntegration {
  return {
    name: 'roles-docs',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        startEarlyProcessing(resolveContentDir(), config.base, fileURLToPath(new URL('data-store.json', config.cacheDir)));
      },
      // Astro bundles the pages' code and renders them between these two hooks (this integration's build:done runs before the search index's).
      'astro:build:start': () => publishProgress({ step: 'render', done: 0, total: 0 }),
      'astro:build:done': async ({ pages }) => {
        publishProgress({ step: 'render', done: pages.length, total: pages.length });
        await closeEarlyProcessing();
      },
    },
  };
}

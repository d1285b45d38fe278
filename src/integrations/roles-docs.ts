/**
 * The project's own build hooks: start processing the content's pages as
 * soon as the configuration is known (see loaders/early-processing.ts), and
 * make sure nothing started is left running when the build ends.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { closeEarlyProcessing, startEarlyProcessing } from '../loaders/early-processing.ts';
import { resolveContentDir } from '../utils/content-root.ts';

export default function rolesDocs(): AstroIntegration {
  return {
    name: 'roles-docs',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        startEarlyProcessing(resolveContentDir(), config.base, fileURLToPath(new URL('data-store.json', config.cacheDir)));
      },
      'astro:build:done': () => closeEarlyProcessing(),
    },
  };
}

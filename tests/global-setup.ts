/**
 * Builds the seed site and the mmd-2018 corpus site once, before the build
 * and browser tests read them, and packs both as offline bundles.
 */
import { rm } from 'node:fs/promises';
import { runBuild } from './helpers/build.ts';
import path from 'node:path';
import { BUILT_SITES, BUNDLED_SITES } from './helpers/paths.ts';

export default async function setup() {
  for (const [name, site] of Object.entries(BUILT_SITES)) {
    await rm(site.outDir, { recursive: true, force: true });
    const result = await runBuild({ CONTENT_DIR: site.contentDir, OUT_DIR: site.outDir });
    if (result.code !== 0) throw new Error(`Building the ${name} site failed:\n${result.output}`);
  }
  for (const [name, site] of Object.entries(BUNDLED_SITES)) {
    await rm(path.dirname(site.outDir), { recursive: true, force: true });
    const result = await runBuild({ CONTENT_DIR: site.contentDir, OUT_DIR: site.outDir }, 'scripts/bundle.ts');
    if (result.code !== 0) throw new Error(`Bundling the ${name} site failed:\n${result.output}`);
  }
}

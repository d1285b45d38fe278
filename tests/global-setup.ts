/**
 * Builds the seed site and the mmd-2018 corpus site once, before the build
 * and browser tests read them.
 */
import { rm } from 'node:fs/promises';
import { runBuild } from './helpers/build.ts';
import { BUILT_SITES } from './helpers/paths.ts';

export default async function setup() {
  for (const [name, site] of Object.entries(BUILT_SITES)) {
    await rm(site.outDir, { recursive: true, force: true });
    const result = await runBuild({ CONTENT_DIR: site.contentDir, OUT_DIR: site.outDir });
    if (result.code !== 0) throw new Error(`Building the ${name} site failed:\n${result.output}`);
  }
}

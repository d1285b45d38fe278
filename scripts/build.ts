/**
 * `npm run build`: builds the site with Astro, then reports the content's
 * problems and what was built. Content errors stop the build with exit code 1
 * and a report that names file, line, column, rule and fix, with no stack
 * trace. The output is replaced only by a complete build (lib/atomic-output.ts).
 */
import path from 'node:path';
import { startEarlyProcessing } from '../src/loaders/early-processing.ts';
import { basePathSetting, contentStoreFile, outDirSetting } from '../src/utils/build-settings.ts';
import { PROJECT_ROOT, resolveContentDir } from '../src/utils/content-root.ts';
import { buildAtomically } from './lib/atomic-output.ts';

// Pages start processing on the other cores while Astro loads (see src/loaders/early-processing.ts).
startEarlyProcessing(resolveContentDir(), basePathSetting(), contentStoreFile());
const { build } = await import('astro');
const { buildSite } = await import('./lib/build-site.ts');

const outDir = path.resolve(PROJECT_ROOT, outDirSetting());
const { ok } = await buildAtomically(outDir, ({ buildDir }) =>
  buildSite(build, { root: PROJECT_ROOT, outDir: buildDir }, { outDir: path.relative(process.cwd(), outDir) || outDir, reportFile: `${outDir}-report.txt` }),
);
process.exitCode = ok ? 0 : 1;

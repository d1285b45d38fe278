/**
 * `npm run build`: builds the site with Astro, then reports the content's
 * problems and what was built. Content errors stop the build with exit code 1
 * and a report that names file, line, column, rule and fix, with no stack trace.
 */
import { fileURLToPath } from 'node:url';
import { startEarlyProcessing } from '../src/loaders/early-processing.ts';
import { basePathSetting, contentStoreFile } from '../src/utils/build-settings.ts';
import { resolveContentDir } from '../src/utils/content-root.ts';

// Pages start processing on the other cores while Astro loads (see src/loaders/early-processing.ts).
startEarlyProcessing(resolveContentDir(), basePathSetting(), contentStoreFile());
const { build } = await import('astro');
const { buildSite } = await import('./lib/build-site.ts');

const { ok } = await buildSite(build, { root: fileURLToPath(new URL('..', import.meta.url)) });
process.exitCode = ok ? 0 : 1;

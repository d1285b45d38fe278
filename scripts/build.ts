/**
 * `npm run build`: builds the site with Astro, then lists the content
 * warnings at the end. Content errors stop the build with exit code 1 and a
 * report that names file, line, column, rule and fix, with no stack trace.
 */
import { build } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSite } from './lib/build-site.ts';

const { ok } = await buildSite(build, { root: fileURLToPath(new URL('..', import.meta.url)) });
process.exitCode = ok ? 0 : 1;

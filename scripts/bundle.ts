/**
 * `npm run bundle`: the offline edition, for customers who open the
 * documentation from disk. Builds the site into dist-offline/ (or OUT_DIR)
 * with relative URLs and search that works on file://, then packs it as
 * `<site-name>-offline-<date>.zip` beside that folder. CONTENT_DIR and
 * SITE_TITLE apply as for `npm run build`; BASE_PATH and SITE_URL do not
 * (the bundle has no server, hence no base path and no canonical URLs).
 */
import { build } from 'astro';
import path from 'node:path';
import { bundleName } from '../src/offline/bundle-name.ts';
import { writeEmbeddedSearch } from '../src/offline/embedded-search.ts';
import { rewriteSiteForDisk } from '../src/offline/rewrite-site.ts';
import { writeZipAtomically } from '../src/offline/write-zip.ts';
import { PROJECT_ROOT } from '../src/utils/content-root.ts';
import { buildAtomically } from './lib/atomic-output.ts';
import { buildSite } from './lib/build-site.ts';

process.env.OUT_DIR ||= 'dist-offline';
process.env.BASE_PATH = '/';
delete process.env.SITE_URL;
const siteDir = path.resolve(PROJECT_ROOT, process.env.OUT_DIR);
const shown = path.relative(process.cwd(), siteDir) || siteDir;

// The folder is replaced only once it is a whole offline edition (lib/atomic-output.ts); the zip is written under a temporary name.
const result = await buildAtomically(siteDir, async ({ buildDir }) => {
  const built = await buildSite(build, { root: PROJECT_ROOT, outDir: buildDir }, { outDir: shown, reportFile: `${siteDir}-report.txt` });
  if (!built.ok || !built.snapshot) return { ok: false as const };
  const pages = await rewriteSiteForDisk(buildDir);
  const search = await writeEmbeddedSearch(buildDir);
  const name = bundleName(built.snapshot.siteTitle, new Date());
  const zipFile = path.join(path.dirname(siteDir), `${name}.zip`);
  const bytes = await writeZipAtomically(buildDir, zipFile, name);
  return { ok: true as const, pages, search, name, zipFile, bytes };
});
if (!result.ok) {
  console.error('\nNo offline bundle was written.');
  process.exit(1);
}
const { pages, search, name, zipFile, bytes } = result;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
console.log(`\nOffline bundle: ${pages} page(s) made relative; search index embedded (${search.files} files, ${mib(search.bytes)}).`);
console.log(`Wrote ${path.relative(process.cwd(), zipFile) || zipFile} (${mib(bytes)}). Unzip it and open ${name}/index.html.`);

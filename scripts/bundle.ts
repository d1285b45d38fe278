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
import { fileURLToPath } from 'node:url';
import { bundleName } from '../src/offline/bundle-name.ts';
import { writeEmbeddedSearch } from '../src/offline/embedded-search.ts';
import { rewriteSiteForDisk } from '../src/offline/rewrite-site.ts';
import { writeZipAtomically } from '../src/offline/write-zip.ts';
import { buildSite } from './lib/build-site.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
process.env.OUT_DIR ||= 'dist-offline';
process.env.BASE_PATH = '/';
delete process.env.SITE_URL;
const siteDir = path.resolve(root, process.env.OUT_DIR);

const { ok, snapshot } = await buildSite(build, { root });
if (!ok || !snapshot) {
  console.error('\nNo offline bundle was written.');
  process.exit(1);
}
const pages = await rewriteSiteForDisk(siteDir);
const search = await writeEmbeddedSearch(siteDir);
const name = bundleName(snapshot.siteTitle, new Date());
const zipFile = path.join(path.dirname(siteDir), `${name}.zip`);
const bytes = await writeZipAtomically(siteDir, zipFile, name);
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
console.log(`\nOffline bundle: ${pages} page(s) made relative; search index embedded (${search.files} files, ${mib(search.bytes)}).`);
console.log(`Wrote ${path.relative(process.cwd(), zipFile) || zipFile} (${mib(bytes)}). Unzip it and open ${name}/index.html.`);

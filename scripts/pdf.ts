/**
 * `npm run pdf`: the whole site as one PDF for customers, written as
 * `<site-name>-<YYYY-MM-DD>.pdf` beside the build folder (OUT_DIR, by default
 * dist-pdf/, so beside the offline zip): a cover, contents with page numbers,
 * every article in navigation order, then the responsibility matrix, with
 * bookmarks and working links (src/pdf/). PAPER=letter prints on Letter
 * instead of A4. Needs Chromium; without it, says what to install. The PDF
 * is written under a temporary name and renamed when complete.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pdfName } from '../src/offline/bundle-name.ts';
import { type Paper, printPdf } from '../src/pdf/print-pdf.ts';
import { PROJECT_ROOT } from '../src/utils/content-root.ts';
import { buildAtomically } from './lib/atomic-output.ts';
import { chromiumMissing, launchChromium } from './lib/chromium.ts';
import { serve } from './lib/static-server.ts';

const missing = chromiumMissing();
if (missing) {
  console.error(`npm run pdf prints the site with Chromium. ${missing}\nNo PDF was written.`);
  process.exit(1);
}

process.env.OUT_DIR ||= 'dist-pdf';
process.env.BASE_PATH = '/';
process.env.ROLES_DOCS_PRINT = '1';
delete process.env.SITE_URL;
const paper: Paper = /^letter$/i.test(process.env.PAPER ?? '') ? 'Letter' : 'A4';
const siteDir = path.resolve(PROJECT_ROOT, process.env.OUT_DIR);
const shown = (file: string) => path.relative(process.cwd(), file) || file;
const { build } = await import('astro');
const { buildSite } = await import('./lib/build-site.ts');

// Chromium starts while the site builds: it takes about a second, the build several.
const launching = launchChromium();
launching.catch(() => {});
const result = await buildAtomically(siteDir, async ({ buildDir }) => {
  const built = await buildSite(build, { root: PROJECT_ROOT, outDir: buildDir }, { outDir: shown(siteDir), reportFile: `${siteDir}-report.txt` });
  if (!built.ok || !built.snapshot) return { ok: false as const };
  const started = performance.now();
  const server = await serve(buildDir);
  const browser = await launching;
  try {
    const page = await browser.context.newPage();
    const printed = await printPdf(page, `${server.url}/print/`, paper, built.snapshot.siteTitle);
    const file = path.join(path.dirname(siteDir), pdfName(built.snapshot.siteTitle, new Date()));
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, printed.bytes);
      await rename(temporary, file);
    } finally {
      await rm(temporary, { force: true });
    }
    return { ok: true as const, file, pages: printed.pages, bytes: printed.bytes.length, seconds: (performance.now() - started) / 1000 };
  } finally {
    await browser.close();
    await server.close();
  }
});
if (!result.ok) {
  await (await launching.catch(() => undefined))?.close();
  console.error('\nNo PDF was written.');
  process.exit(1);
}
console.log(`\nWrote ${shown(result.file)}: ${result.pages} ${paper} pages, ${(result.bytes / 1024).toFixed(0)} KiB, printed in ${result.seconds.toFixed(1)} s.`);

/**
 * `npm run pdf` on the seed and on mmd-2018, read back with pdf-lib (pages,
 * bookmarks, link annotations) and pdfjs-dist (text): the bookmarks list
 * every article in navigation order, the contents' page numbers are where
 * the articles start, every internal link lands inside the document, nothing
 * points at a local server or file, and the seed's PDF holds every duty name
 * and every word of every description. Letter paper on request; without
 * Chromium, a message saying what to install.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfBookmarks, pdfLinks } from '../src/pdf/pdf-structure.ts';
import { runBuild, type BuildResult } from './helpers/build.ts';
import { PROJECT_ROOT } from './helpers/paths.ts';
import { writeTempFiles } from './helpers/temp-files.ts';

interface Printed {
  build: BuildResult;
  outDir: string;
  file: string;
  doc: PDFDocument;
  /** The text of each page. */
  texts: string[];
}

async function printSite(contentDir: string, env: Record<string, string> = {}): Promise<Printed> {
  const folder = await writeTempFiles({}, 'roles-docs-pdf-');
  const outDir = path.join(folder, 'dist-pdf');
  const build = await runBuild({ CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env }, 'scripts/pdf.ts');
  expect(build.code, build.output).toBe(0);
  const name = (await readdir(folder)).find((f) => f.endsWith('.pdf'));
  expect(name).toMatch(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = path.join(folder, name!);
  const bytes = new Uint8Array(await readFile(file));
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { build, outDir, file, doc: await PDFDocument.load(bytes), texts };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
const sites: Record<string, Printed> = {};

/** The contents as the print document lists it: each entry's title and its page number in the PDF's text. */
async function contentsOf(site: Printed): Promise<string[]> {
  const html = await readFile(path.join(site.outDir, 'print/index.html'), 'utf8');
  return [...html.matchAll(/<li class="print-contents-entry"[^>]*><a href="#[^"]+">([^<]+)<\/a>/g)].map((m) => m[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
}

beforeAll(async () => {
  sites.seed = await printSite(path.join(PROJECT_ROOT, 'content'));
  sites.mmd = await printSite(path.join(PROJECT_ROOT, '../shared/corpus/mmd-2018'));
}, 300_000);

describe.each(['seed', 'mmd'])('the PDF of %s', (name) => {
  it('has bookmarks for every article, in navigation order, each on the page the contents gives', async () => {
    const site = sites[name];
    const titles = await contentsOf(site);
    expect(titles.length).toBeGreaterThan(name === 'seed' ? 1 : 20);
    const bookmarks = pdfBookmarks(site.doc);
    // The contents' own links (Chromium's, from their href) say where each entry starts.
    const firstArticle = Math.min(...pdfLinks(site.doc).filter((l) => l.page === 1 && l.target !== undefined).map((l) => l.target!));
    const contentsLinks = pdfLinks(site.doc).filter((l) => l.uri === undefined && l.page >= 1 && l.page < firstArticle);
    const contentsText = squeeze(site.texts.slice(1, firstArticle).join(' '));
    let from = 0;
    titles.forEach((title, i) => {
      const page = contentsLinks[i].target! + 1;
      // The contents line: the title, then the page its link lands on.
      expect(contentsText, title).toContain(`${squeeze(title)}${page}`);
      // A bookmark with the title as written (spaces kept), in order, on that page.
      const at = bookmarks.findIndex((b, j) => j >= from && b.title === title && b.page === page - 1);
      expect(at, `bookmark for ${title} on page ${page}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
      // The article starts on that page, with its title.
      expect(squeeze(site.texts[page - 1]), `${title} on page ${page}`).toContain(squeeze(title));
    });
    // No bookmark has words run together where its heading wrapped.
    const headings = bookmarks.map((b) => b.title);
    for (const title of titles) expect(headings.filter((h) => squeeze(h) === squeeze(title) && h !== title), title).toEqual([]);
  });

  it('has every internal link land on a page of the document, and none point at a local server or file', () => {
    const links = pdfLinks(sites[name].doc);
    const internal = links.filter((l) => l.uri === undefined);
    expect(internal.length).toBeGreaterThan(5);
    for (const link of internal) expect(link.target, `link on page ${link.page + 1}`).toBeDefined();
    for (const link of links.filter((l) => l.uri)) expect(link.uri).toMatch(/^(https?:\/\/(?!127\.0\.0\.1|localhost)|mailto:)/);
  });

  it('says "Page N of M" at the foot of each page, and is A4', () => {
    const { texts, doc } = sites[name];
    texts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${texts.length}`));
    // A4 is 210 × 297 mm: 595.3 × 841.9 points (Chromium rounds to whole pixels).
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.abs(width - 595.3)).toBeLessThan(1.5);
    expect(Math.abs(height - 841.9)).toBeLessThan(1.5);
  });
});

describe('the seed PDF', () => {
  it('holds every duty name and every word of every description', async () => {
    const duties = JSON.parse(await readFile(path.join(sites.seed.outDir, 'duties.json'), 'utf8')) as { name: string; description: string }[];
    expect(duties).toHaveLength(19);
    const text = squeeze(sites.seed.texts.join(' '));
    for (const duty of duties) {
      expect(text, duty.name).toContain(squeeze(duty.name));
      for (const word of duty.description.split(/\s+/).filter(Boolean)) expect(text, `${duty.name}: ${word}`).toContain(squeeze(word.replace(/^- /, '')));
    }
  });

  it('has a cover with the title, the date and the number of articles and duties', () => {
    expect(sites.seed.texts[0]).toMatch(/1 article\(s\), 19 duties/);
    expect(sites.seed.texts[0]).toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('npm run pdf', () => {
  it('prints on Letter paper with PAPER=letter', async () => {
    const letter = await printSite(path.join(PROJECT_ROOT, 'content'), { PAPER: 'letter' });
    const { width, height } = letter.doc.getPage(0).getSize();
    expect(Math.abs(width - 612)).toBeLessThan(1.5);
    expect(Math.abs(height - 792)).toBeLessThan(1.5);
  });

  it('without Chromium, says what to install, exits 1 and writes nothing', async () => {
    const folder = await writeTempFiles({}, 'roles-docs-pdf-none-');
    const run = await runBuild({ OUT_DIR: path.join(folder, 'dist-pdf'), CHROMIUM_PATH: path.join(folder, 'no-chromium') }, 'scripts/pdf.ts');
    expect(run.code).toBe(1);
    expect(run.output).toContain('apt-get install chromium');
    expect(await readdir(folder)).toEqual([]);
  });
});

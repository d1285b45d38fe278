/**
 * Prints the print document (pages/[print]/, served from a built site) into
 * the PDF with Chromium: tagged, with bookmarks from the headings, every link
 * between parts a jump inside the document. It prints twice: the first time
 * to learn on which page each article starts (where the contents' links land), the second
 * with those numbers in the contents (the numbers do not change the layout).
 * Then pdf-lib writes each page's article title at its top and gives the
 * bookmarks back the spaces Chromium drops; Chromium's footer already says
 * "Page N of M".
 */
import type { Page } from 'playwright-core';
import { PDFDocument, PDFHexString, PDFName, rgb, StandardFonts } from 'pdf-lib';
import { destinationPages, outlineItems } from './pdf-structure.ts';

export type Paper = 'A4' | 'Letter';

export interface PrintedPdf {
  bytes: Uint8Array;
  pages: number;
  /** The page (1-based) each contents entry starts on, by its anchor. */
  starts: Record<string, number>;
}

const FOOTER = '<div style="font: 8px sans-serif; color: #555; width: 100%; text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
const MARGIN = { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' };

/** What the contents lists, in order: the anchor and title of each entry with a page number. */
async function contentsEntries(page: Page): Promise<{ anchor: string; title: string }[]> {
  return page.$$eval('[data-page-for]', (spans) =>
    spans.map((span) => ({ anchor: span.getAttribute('data-page-for') ?? '', title: (span.previousElementSibling?.textContent ?? '').trim() })),
  );
}

/** A title without its spaces: Chromium's bookmarks drop the space where a heading wraps. */
const squeezed = (title: string) => title.replace(/\s+/g, '');

/**
 * Each entry's first page: the page of its anchor's named destination (the
 * contents links to every entry, so Chromium names each). Not by title: a
 * hub page's card may carry an article's title before the article does.
 */
function startPages(doc: PDFDocument, entries: { anchor: string; title: string }[]): Record<string, number> {
  const destinations = destinationPages(doc);
  const starts: Record<string, number> = {};
  for (const entry of entries) {
    const page = destinations.get(entry.anchor);
    if (page !== undefined) starts[entry.anchor] = page + 1;
  }
  return starts;
}

/** The text of every heading shown, in document order: what Chromium makes the bookmarks of. */
async function headingTexts(page: Page): Promise<string[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (headings) =>
    headings.map((h) => (h as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).filter(Boolean),
  );
}

/** Gives back the spaces Chromium's bookmarks lose where a heading wraps, from the headings' own text. */
function repairBookmarkTitles(doc: PDFDocument, headings: string[]): void {
  let next = 0;
  for (const { item, title } of outlineItems(doc)) {
    const at = headings.findIndex((heading, i) => i >= next && squeezed(heading) === squeezed(title));
    if (at === -1) continue;
    next = at + 1;
    if (headings[at] !== title) item.set(PDFName.of('Title'), PDFHexString.fromText(headings[at]));
  }
}

/** Helvetica writes Latin-1: anything else is shown as "?". */
const latin1 = (text: string) => text.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');

async function finish(bytes: Uint8Array, entries: { anchor: string; title: string }[], starts: Record<string, number>, title: string, headings: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  repairBookmarkTitles(doc, headings);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const firstPages = entries.filter((e) => starts[e.anchor]).map((e) => ({ page: starts[e.anchor], title: e.title }));
  doc.getPages().forEach((page, index) => {
    const current = firstPages.filter((f) => f.page <= index + 1).at(-1);
    if (!current) return;
    const text = latin1(current.title.length > 90 ? `${current.title.slice(0, 87)}...` : current.title);
    page.drawText(text, { x: 40, y: page.getHeight() - 28, size: 8, font, color: rgb(0.33, 0.33, 0.33) });
  });
  doc.setTitle(title);
  doc.setCreator('roles-docs');
  return doc.save();
}

export async function printPdf(page: Page, url: string, paper: Paper, title: string): Promise<PrintedPdf> {
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { rolesDocsPrintReady?: boolean }).rolesDocsPrintReady === true);
  await page.evaluate(() => document.fonts.ready);
  const options = { format: paper, printBackground: true, tagged: true, outline: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER, margin: MARGIN };
  const [entries, headings] = await Promise.all([contentsEntries(page), headingTexts(page)]);

  const first = await PDFDocument.load(await page.pdf(options));
  const starts = startPages(first, entries);
  await page.evaluate((numbers) => {
    for (const span of document.querySelectorAll<HTMLElement>('[data-page-for]')) span.textContent = String(numbers[span.dataset.pageFor ?? ''] ?? '');
  }, starts);
  const second = await page.pdf(options);
  const bytes = await finish(second, entries, starts, title, headings);
  return { bytes, pages: first.getPageCount(), starts };
}

/**
 * Reads what the PDF's structure says, with pdf-lib: where each link goes
 * (a page of the document, or a URI), the bookmarks (outline) with their
 * pages, and the pages of the named destinations. Used to put the real page
 * numbers in the contents, and by the tests.
 */
import { PDFArray, type PDFDict, type PDFDocument, PDFName, type PDFObject, PDFRef, PDFString, PDFHexString } from 'pdf-lib';

export interface PdfLink {
  /** The page the link is on (0-based). */
  page: number;
  /** The page it jumps to (0-based); undefined for a URI, or a destination not in the document. */
  target?: number;
  uri?: string;
}

export interface PdfBookmark {
  title: string;
  depth: number;
  /** 0-based page; undefined when its destination is not a page of the document. */
  page?: number;
}

function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** Named destinations: the catalog's /Dests dictionary, or the /Names /Dests name tree. */
function namedDestinations(doc: PDFDocument): Map<string, PDFObject> {
  const names = new Map<string, PDFObject>();
  const lookup = <T extends PDFObject>(value: PDFObject | undefined): T | undefined => (value instanceof PDFRef ? (doc.context.lookup(value) as T) : (value as T | undefined));
  const dests = lookup<PDFDict>(doc.catalog.get(PDFName.of('Dests')));
  if (dests) for (const [key, value] of dests.entries()) names.set(key.decodeText(), value);
  const walkTree = (node: PDFDict | undefined) => {
    if (!node) return;
    const pairs = lookup<PDFArray>(node.get(PDFName.of('Names')));
    if (pairs) for (let i = 0; i + 1 < pairs.size(); i += 2) names.set(textOf(pairs.get(i)) ?? '', pairs.get(i + 1));
    const kids = lookup<PDFArray>(node.get(PDFName.of('Kids')));
    if (kids) for (let i = 0; i < kids.size(); i++) walkTree(lookup<PDFDict>(kids.get(i)));
  };
  walkTree(lookup<PDFDict>(lookup<PDFDict>(doc.catalog.get(PDFName.of('Names')))?.get(PDFName.of('Dests'))));
  return names;
}

function resolver(doc: PDFDocument) {
  const pages = new Map(doc.getPages().map((page, i) => [page.ref, i] as const));
  const named = namedDestinations(doc);
  const lookup = (value: PDFObject | undefined): PDFObject | undefined => (value instanceof PDFRef ? doc.context.lookup(value) : value);
  const pageOf = (dest: PDFObject | undefined): number | undefined => {
    let value = lookup(dest);
    if (value instanceof PDFName) value = lookup(named.get(value.decodeText()));
    else if (textOf(value) !== undefined) value = lookup(named.get(textOf(value)!));
    // A named destination may be a dictionary holding /D.
    if (value && !(value instanceof PDFArray) && 'get' in value) value = lookup((value as PDFDict).get(PDFName.of('D')));
    if (!(value instanceof PDFArray)) return undefined;
    const first = value.get(0);
    return first instanceof PDFRef ? pages.get(first) : undefined;
  };
  return { lookup, pageOf };
}

export function pdfLinks(doc: PDFDocument): PdfLink[] {
  const { lookup, pageOf } = resolver(doc);
  const links: PdfLink[] = [];
  doc.getPages().forEach((page, index) => {
    const annots = lookup(page.node.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) return;
    for (let i = 0; i < annots.size(); i++) {
      const annot = lookup(annots.get(i)) as PDFDict | undefined;
      if (!annot || annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const action = lookup(annot.get(PDFName.of('A'))) as PDFDict | undefined;
      const uri = textOf(lookup(action?.get(PDFName.of('URI'))));
      if (uri !== undefined) links.push({ page: index, uri });
      else links.push({ page: index, target: pageOf(annot.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'))) });
    }
  });
  return links;
}

interface OutlineItem {
  item: PDFDict;
  title: string;
  depth: number;
}

/** The outline's items in reading order, each with its title and depth. */
export function* outlineItems(doc: PDFDocument): Generator<OutlineItem> {
  const { lookup } = resolver(doc);
  function* walk(first: PDFObject | undefined, depth: number): Generator<OutlineItem> {
    for (let item = lookup(first) as PDFDict | undefined; item; item = lookup(item.get(PDFName.of('Next'))) as PDFDict | undefined) {
      yield { item, title: textOf(lookup(item.get(PDFName.of('Title')))) ?? '', depth };
      yield* walk(item.get(PDFName.of('First')), depth + 1);
    }
  }
  const outlines = lookup(doc.catalog.get(PDFName.of('Outlines'))) as PDFDict | undefined;
  yield* walk(outlines?.get(PDFName.of('First')), 0);
}

export function pdfBookmarks(doc: PDFDocument): PdfBookmark[] {
  const { lookup, pageOf } = resolver(doc);
  return [...outlineItems(doc)].map(({ item, title, depth }) => {
    const action = lookup(item.get(PDFName.of('A'))) as PDFDict | undefined;
    return { title, depth, page: pageOf(item.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'))) };
  });
}

/**
 * The page (0-based) of each named destination. Chromium names one after the
 * id of every element that a link of the document points at.
 */
export function destinationPages(doc: PDFDocument): Map<string, number> {
  const { pageOf } = resolver(doc);
  const pages = new Map<string, number>();
  for (const [name, destination] of namedDestinations(doc)) {
    const page = pageOf(destination);
    if (page !== undefined) pages.set(name, page);
  }
  return pages;
}

/**
 * The whole site as one document, for the PDF (scripts/pdf.ts prints it with
 * Chromium): a cover, the contents, every article in navigation order (each
 * under a heading as deep as its place in the navigation, so that the PDF's
 * bookmarks follow the navigation), then the responsibility matrix. Built
 * only when ROLES_DOCS_PRINT=1 (npm run pdf sets it).
 */
import { HOME_ID } from '../utils/slugs.ts';
import type { NavNode } from '../navigation/build-navigation.ts';
import { articleHtml } from './article.ts';
import { dutyData } from './duties.ts';
import { type MatrixPage, matrixPages } from './matrix.ts';
import { once } from './once.ts';
import { articleTitle, docUrl, siteData, siteUrl } from './site.ts';

export const printEnabled = () => process.env.ROLES_DOCS_PRINT === '1';

export interface PrintEntry {
  title: string;
  /** 0 for the navigation's top level. */
  depth: number;
  /** The element id the entry starts at, in the document. */
  anchor: string;
  /** An article: its site URL and HTML. A plain section title has neither. */
  url?: string;
  html?: string;
}

export interface PrintBook {
  title: string;
  date: string;
  articles: number;
  duties: number;
  entries: PrintEntry[];
  matrix: MatrixPage[];
  matrixUrl: string;
}

const anchorOf = (text: string, i: number) => `p${i}-${text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40)}`;

export const printBook = once(async (): Promise<PrintBook> => {
  const [{ title, tree, docs }, { all }, matrix] = await Promise.all([siteData(), dutyData(), matrixPages()]);
  const entries: PrintEntry[] = [];
  const add = (nodes: NavNode[], depth: number) => {
    for (const node of nodes) {
      const doc = node.id !== undefined ? docs.get(node.id) : undefined;
      if (doc) {
        const name = doc.id === HOME_ID ? articleTitle(doc, title) : node.title;
        entries.push({ title: name, depth, anchor: anchorOf(doc.id || 'home', entries.length), url: docUrl(doc.id), html: articleHtml(doc) });
      } else if (!node.href) {
        entries.push({ title: node.title, depth, anchor: anchorOf(node.title, entries.length) });
      }
      add(node.children, depth + 1);
    }
  };
  add(tree, 0);
  return {
    title,
    date: new Date().toISOString().slice(0, 10),
    articles: entries.filter((e) => e.url).length,
    duties: all.length,
    entries,
    matrix,
    matrixUrl: siteUrl('matrix/'),
  };
});

/**
 * The responsibility matrix: one page per article that has duties, and a
 * site-wide index of those pages with their counts. No page grows with the
 * site: the index holds one line per article.
 */
import { articleMatrix, type ArticleMatrix } from '../duties/matrix.ts';
import { matrixUrl } from '../duties/urls.ts';
import { dutyData } from './duties.ts';
import { articleTitle, BASE, docUrl, siteData } from './site.ts';

export interface MatrixSummary {
  doc: string;
  title: string;
  articleUrl: string;
  url: string;
  microsoft: number;
  customer: number;
  pairs: number;
}

/** Every article with duties, in navigation order (then any the navigation leaves out). */
export async function matrixIndex(): Promise<MatrixSummary[]> {
  const [{ order, docs }, { byDoc, pairsByDoc }] = await Promise.all([siteData(), dutyData()]);
  const ids = [...new Set([...order.map((l) => l.id), ...byDoc.keys()])].filter((id) => byDoc.has(id));
  return ids.map((doc) => {
    const duties = byDoc.get(doc) ?? [];
    return {
      doc,
      title: articleTitle(docs.get(doc), doc),
      articleUrl: docUrl(doc),
      url: matrixUrl(BASE, doc),
      microsoft: duties.filter((d) => d.owner === 'microsoft').length,
      customer: duties.filter((d) => d.owner === 'customer').length,
      pairs: (pairsByDoc.get(doc) ?? []).length,
    };
  });
}

export interface ArticleMatrixPage extends MatrixSummary {
  matrix: ArticleMatrix;
}

export async function articleMatrixPages(): Promise<ArticleMatrixPage[]> {
  const [summaries, { byDoc, pairsByDoc }] = await Promise.all([matrixIndex(), dutyData()]);
  return summaries.map((summary) => ({
    ...summary,
    matrix: articleMatrix(byDoc.get(summary.doc) ?? [], pairsByDoc.get(summary.doc) ?? []),
  }));
}

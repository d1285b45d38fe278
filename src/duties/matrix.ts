/**
 * The responsibility matrix of one article: each counterpart pair side by
 * side (Microsoft | You), then the duties with no counterpart on each side.
 */
import type { CounterpartPair } from './counterparts.ts';
import type { Duty } from './duty.ts';

export interface MatrixRow {
  microsoft: Duty[];
  customer: Duty[];
}

export interface ArticleMatrix {
  doc: string;
  rows: MatrixRow[];
  microsoftOnly: Duty[];
  customerOnly: Duty[];
}

/**
 * Groups pairs into rows: duties linked through any chain of pairs share a row,
 * so a Microsoft duty with two counterparts shows both beside it.
 */
export function buildMatrix(duties: Duty[], pairs: Pick<CounterpartPair, 'microsoft' | 'customer'>[]): ArticleMatrix[] {
  const group = new Map<string, string>();
  const find = (id: string): string => {
    const parent = group.get(id) ?? id;
    if (parent === id) return id;
    const rootId = find(parent);
    group.set(id, rootId);
    return rootId;
  };
  for (const pair of pairs) group.set(find(pair.microsoft), find(pair.customer));
  const paired = new Set(pairs.flatMap((p) => [p.microsoft, p.customer]));

  const docs = [...new Set(duties.map((d) => d.doc))];
  return docs.map((doc) => {
    const ofDoc = duties.filter((d) => d.doc === doc);
    const rows = new Map<string, MatrixRow>();
    for (const duty of ofDoc.filter((d) => paired.has(d.id))) {
      const key = find(duty.id);
      const row = rows.get(key) ?? { microsoft: [], customer: [] };
      row[duty.owner].push(duty);
      rows.set(key, row);
    }
    return {
      doc,
      rows: [...rows.values()],
      microsoftOnly: ofDoc.filter((d) => d.owner === 'microsoft' && !paired.has(d.id)),
      customerOnly: ofDoc.filter((d) => d.owner === 'customer' && !paired.has(d.id)),
    };
  });
}

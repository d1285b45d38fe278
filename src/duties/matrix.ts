/**
 * The responsibility matrix of one article: each group of counterparts side
 * by side (Microsoft | You) with the reasons they go together, then the
 * duties that only one side carries.
 */
import type { CounterpartPair } from './counterparts.ts';
import type { Duty } from './duty.ts';

export interface MatrixRow {
  microsoft: Duty[];
  customer: Duty[];
  /** Why the duties of the row go together (from counterparts.yaml), each once. */
  reasons: string[];
}

export interface ArticleMatrix {
  rows: MatrixRow[];
  microsoftOnly: Duty[];
  customerOnly: Duty[];
}

/**
 * Duties linked through any chain of pairs share a row, so a Microsoft duty
 * with two counterparts shows both beside it. Pairs never leave their article.
 */
export function articleMatrix(duties: Duty[], pairs: Pick<CounterpartPair, 'microsoft' | 'customer' | 'reason'>[]): ArticleMatrix {
  const group = new Map<string, string>();
  const find = (id: string): string => {
    const parent = group.get(id) ?? id;
    if (parent === id) return id;
    const rootId = find(parent);
    group.set(id, rootId);
    return rootId;
  };
  for (const pair of pairs) {
    const [a, b] = [find(pair.microsoft), find(pair.customer)];
    if (a !== b) group.set(a, b);
  }
  const paired = new Set(pairs.flatMap((p) => [p.microsoft, p.customer]));
  const rows = new Map<string, MatrixRow>();
  for (const duty of duties.filter((d) => paired.has(d.id))) {
    const key = find(duty.id);
    const row = rows.get(key) ?? { microsoft: [], customer: [], reasons: [] };
    row[duty.owner].push(duty);
    rows.set(key, row);
  }
  for (const pair of pairs) {
    const row = rows.get(find(pair.microsoft));
    if (row && pair.reason && !row.reasons.includes(pair.reason)) row.reasons.push(pair.reason);
  }
  return {
    rows: [...rows.values()],
    microsoftOnly: duties.filter((d) => d.owner === 'microsoft' && !paired.has(d.id)),
    customerOnly: duties.filter((d) => d.owner === 'customer' && !paired.has(d.id)),
  };
}

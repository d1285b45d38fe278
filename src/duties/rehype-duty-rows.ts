/**
 * Cross-links the duties of a rendered page, both ways. Each role table row
 * (its id was given by remark-duties) gets its name as a permalink, and, when
 * it has counterparts, a disclosure under the name: "Your part: Hardware",
 * which opens to the counterpart's description, the reason the pair belongs
 * together (from counterparts.yaml) and a link to the counterpart's row. Pairs
 * never leave their page, so the counterpart's description is on this page:
 * it is copied from its own row. In a task matrix the same disclosure goes
 * under the task, unless the counterpart is checked in the same row.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, walk } from '../markdown/walk.ts';
import { OWNER_LABELS } from '../config.ts';
import type { CounterpartPair } from './counterparts.ts';
import type { Duty } from './duty.ts';

declare module 'vfile' {
  interface DataMap {
    /** The page's counterpart pairs, set by the loader between parse and render. */
    counterpartPairs: CounterpartPair[];
  }
}

interface Counterpart {
  duty: Duty;
  reason: string;
}

function counterpartsOf(duties: Duty[], pairs: CounterpartPair[]): Map<string, Counterpart[]> {
  const byId = new Map(duties.map((d) => [d.id, d]));
  const map = new Map<string, Counterpart[]>();
  const add = (from: string, to: string, reason: string) => {
    const other = byId.get(to);
    if (!other) return;
    map.set(from, [...(map.get(from) ?? []), { duty: other, reason }]);
  };
  for (const pair of pairs) {
    add(pair.microsoft, pair.customer, pair.reason);
    add(pair.customer, pair.microsoft, pair.reason);
  }
  return map;
}

const cells = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));

function disclosure(counterpart: Counterpart, description: ElementContent[]): Element {
  const { duty } = counterpart;
  return h('details', { className: ['counterpart', `counterpart-${duty.owner}`] }, [
    h('summary', [`${OWNER_LABELS[duty.owner].part}: `, h('span', { className: ['counterpart-name'] }, duty.name)]),
    h('div', { className: ['counterpart-body'] }, [
      ...structuredClone(description),
      ...(counterpart.reason ? [h('p', { className: ['counterpart-reason'] }, [h('strong', 'Why they go together: '), counterpart.reason])] : []),
      h('p', [h('a', { href: `#${duty.anchor}` }, `Go to ${duty.name}`)]),
    ]),
  ]);
}

const rehypeDutyRows: Plugin<[], Root> = () => (tree, file) => {
  const duties = file.data.duties ?? [];
  if (duties.length === 0) return;
  const byAnchor = new Map(duties.map((d) => [d.anchor, d]));
  const counterparts = counterpartsOf(duties, file.data.counterpartPairs ?? []);
  // Every duty's element (row or checked cell) and its row; tables holding duties are marked, for search to skip.
  const rows = new Map<string, { row: Element; element: Element }>();
  walk(tree, (node) => {
    if (node.type !== 'element' || (node as Element).tagName !== 'table') return;
    const table = node as Element;
    let holdsDuties = false;
    walk(table, (inner) => {
      if (inner.type !== 'element' || (inner as Element).tagName !== 'tr') return;
      const row = inner as Element;
      for (const element of [row, ...cells(row)]) {
        const id = element.properties.id;
        if (typeof id === 'string' && byAnchor.has(id)) {
          rows.set(id, { row, element });
          holdsDuties = true;
        }
      }
    });
    if (holdsDuties) table.properties.className = [...((table.properties.className as string[] | undefined) ?? []), 'duty-table'];
    return SKIP;
  });
  // What describes each duty that is someone's counterpart, taken before any row is changed.
  const described = new Set([...counterparts.values()].flat().map((c) => c.duty.id));
  const descriptions = new Map<string, ElementContent[]>();
  for (const duty of duties) {
    if (!described.has(duty.id)) continue;
    const found = rows.get(duty.anchor);
    if (!found) continue;
    const [taskOrName, description] = cells(found.row);
    descriptions.set(duty.id, structuredClone(duty.kind === 'role' ? (description?.children ?? []) : (taskOrName?.children ?? [])));
  }
  for (const duty of duties) {
    const found = rows.get(duty.anchor);
    if (!found) continue;
    const [first] = cells(found.row);
    if (!first) continue;
    if (duty.kind === 'role') first.children = [h('a', { className: ['duty-name'], href: `#${duty.anchor}` }, first.children)];
    for (const counterpart of counterparts.get(duty.id) ?? []) {
      if (rows.get(counterpart.duty.anchor)?.row === found.row) continue;
      first.children.push(disclosure(counterpart, descriptions.get(counterpart.duty.id) ?? []));
    }
  }
};

export default rehypeDutyRows;

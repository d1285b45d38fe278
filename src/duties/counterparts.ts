/**
 * Counterparts: "Microsoft does this; your part is that". Duties with the
 * same name on both sides of one page pair up by themselves; other pairs are
 * declared in `counterparts.yaml` at the content root:
 *
 *     - page: roles-and-responsibilities.md
 *       microsoft: Security monitoring
 *       customer: Security monitoring and response
 *       reason: Microsoft watches the devices it manages; you handle the rest.
 *
 * A page or duty name that does not exist is an error that suggests the
 * closest names.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { VFile } from 'vfile';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import type { Owner } from '../config.ts';
import { report } from '../markdown/messages.ts';
import { pageIdFromPath } from '../utils/slugs.ts';
import type { Duty } from './duty.ts';
import { normalizeText } from './role-table.ts';

export interface CounterpartPair {
  microsoft: string;
  customer: string;
  /** Why the pair belongs together; empty for pairs of the same name. */
  reason: string;
  declared: boolean;
}

/** The names closest to a wrong one, best first. */
export function suggestions(wrong: string, names: string[], count = 3): string[] {
  return [...names]
    .sort((a, b) => distance(normalizeText(wrong), normalizeText(a)) - distance(normalizeText(wrong), normalizeText(b)))
    .slice(0, count);
}

export function automaticPairs(duties: Duty[]): CounterpartPair[] {
  const customers = new Map(duties.filter((d) => d.owner === 'customer').map((d) => [`${d.doc}\0${normalizeText(d.name)}`, d]));
  return duties.flatMap((d) => {
    const match = d.owner === 'microsoft' && customers.get(`${d.doc}\0${normalizeText(d.name)}`);
    return match ? [{ microsoft: d.id, customer: match.id, reason: '', declared: false }] : [];
  });
}

/** Reads the declared pairs; every problem is reported on `file` at its line. */
export function declaredPairs(text: string, file: VFile, duties: Duty[], pageSources: Map<string, string>): CounterpartPair[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const at = (offset: number | undefined) => {
    const { line, col } = lines.linePos(offset ?? 0);
    return { line, column: col };
  };
  if (document.errors.length > 0 || !isSeq(document.contents)) {
    report(file, document.errors[0]?.message.split('\n')[0] ?? 'the file must be a list of pairs', {
      rule: 'counterparts/shape',
      severity: 'error',
      fix: 'write a YAML list of entries with page, microsoft, customer and reason',
      place: at(document.errors[0]?.pos[0]),
    });
    return [];
  }
  const pairs: CounterpartPair[] = [];
  for (const item of document.contents.items) {
    if (!isMap(item)) continue;
    const entry = item as YAMLMap;
    const value = (key: string) => {
      const node = entry.get(key, true);
      return isScalar(node) ? { text: String(node.value ?? '').trim(), place: at(node.range?.[0]) } : undefined;
    };
    const page = value('page');
    const placeOfEntry = at(entry.range?.[0]);
    if (!page) {
      report(file, 'this pair does not say which page its duties are on', {
        rule: 'counterparts/missing-page',
        severity: 'error',
        fix: 'add `page: <path of the page in the content root>`',
        place: placeOfEntry,
      });
      continue;
    }
    const pageId = pageIdFromPath(page.text);
    if (!pageSources.has(pageId)) {
      const known = [...pageSources.values()];
      report(file, `there is no page ${page.text}`, {
        rule: 'counterparts/unknown-page',
        severity: 'error',
        fix: known.length ? `did you mean ${closest(page.text, known)}?` : 'the content root has no pages',
        place: page.place,
      });
      continue;
    }
    const ids: Partial<Record<Owner, string>> = {};
    for (const owner of ['microsoft', 'customer'] as const) {
      const name = value(owner);
      const candidates = duties.filter((d) => d.doc === pageId && d.owner === owner);
      const found = name && candidates.find((d) => normalizeText(d.name) === normalizeText(name.text));
      if (found) {
        ids[owner] = found.id;
        continue;
      }
      const names = candidates.map((d) => d.name);
      report(file, name ? `${page.text} has no ${owner} duty named "${name.text}"` : `this pair has no \`${owner}\` duty`, {
        rule: 'counterparts/unknown-duty',
        severity: 'error',
        fix: names.length
          ? `did you mean ${suggestions(name?.text ?? '', names).map((n) => `"${n}"`).join(', ')}?`
          : `${page.text} has no ${owner} duties`,
        place: name?.place ?? placeOfEntry,
      });
    }
    if (ids.microsoft && ids.customer) {
      pairs.push({ microsoft: ids.microsoft, customer: ids.customer, reason: value('reason')?.text ?? '', declared: true });
    }
  }
  return pairs;
}

/** Each duty's counterparts, both ways. */
export function counterpartsById(pairs: CounterpartPair[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = map.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    map.set(from, list);
  };
  for (const pair of pairs) {
    add(pair.microsoft, pair.customer);
    add(pair.customer, pair.microsoft);
  }
  return map;
}

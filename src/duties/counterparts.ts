/**
 * Counterparts: "Microsoft does this; your part is that". On one page, duties
 * of the same name on both sides pair up by themselves (in a task matrix, a
 * row checked for both parties, in the same phase). Other pairs are declared in
 * `counterparts.yaml` at the content root:
 *
 *     - page: roles-and-responsibilities.md
 *       microsoft: Security monitoring
 *       customer: Security monitoring and response
 *       reason: Microsoft watches the devices it manages; you handle the rest.
 *
 * Reading the file (its shape, its pages) happens once for the site; matching
 * an entry's names to the duties of its page happens with that page, which is
 * all a pair ever involves. A page or duty name that does not exist is an
 * error that suggests the closest names.
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
  /** Why the pair belongs together; empty for pairs found by name. */
  reason: string;
  declared: boolean;
}

interface Place {
  line: number;
  column: number;
}

/** One entry of counterparts.yaml, its shape checked, its names not yet matched to duties. */
export interface CounterpartDeclaration {
  page: string;
  pageId: string;
  microsoft?: { text: string; place: Place };
  customer?: { text: string; place: Place };
  reason: string;
  place: Place;
}

const KEYS = ['page', 'microsoft', 'customer', 'reason'];

/** The names closest to a wrong one, best first. */
export function suggestions(wrong: string, names: string[], count = 3): string[] {
  return [...names]
    .sort((a, b) => distance(normalizeText(wrong), normalizeText(a)) - distance(normalizeText(wrong), normalizeText(b)))
    .slice(0, count);
}

function pairingKey(duty: Duty): string {
  return `${duty.doc}\0${normalizeText(duty.phase ?? '')}\0${normalizeText(duty.name)}`;
}

export function automaticPairs(duties: Duty[]): CounterpartPair[] {
  const customers = new Map(duties.filter((d) => d.owner === 'customer').map((d) => [pairingKey(d), d]));
  return duties.flatMap((d) => {
    const match = d.owner === 'microsoft' && customers.get(pairingKey(d));
    return match ? [{ microsoft: d.id, customer: match.id, reason: '', declared: false }] : [];
  });
}

/**
 * Reads counterparts.yaml: its shape, its keys and its pages. Every problem is
 * reported on `file` at its line; entries that cannot be used are left out.
 */
export function readCounterpartsFile(text: string, file: VFile, pageSources: Map<string, string>): CounterpartDeclaration[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const at = (offset: number | undefined): Place => {
    const { line, col } = lines.linePos(offset ?? 0);
    return { line, column: col };
  };
  if (document.errors.length > 0 || !(isSeq(document.contents) || document.contents === null)) {
    report(file, document.errors[0]?.message.split('\n')[0] ?? 'the file must be a list of pairs', {
      rule: 'counterparts/shape',
      severity: 'error',
      fix: 'write a YAML list of entries with page, microsoft, customer and reason',
      place: at(document.errors[0]?.pos[0]),
    });
    return [];
  }
  const declarations: CounterpartDeclaration[] = [];
  const seen = new Map<string, Place>();
  for (const item of isSeq(document.contents) ? document.contents.items : []) {
    const placeOfEntry = at((item as unknown as { range?: number[] } | null)?.range?.[0]);
    if (!isMap(item)) {
      report(file, 'this entry is not a pair: each entry needs page, microsoft, customer and reason keys', {
        rule: 'counterparts/shape',
        severity: 'error',
        fix: 'write the entry as "- page: …" with "microsoft:", "customer:" and "reason:" lines under it',
        place: placeOfEntry,
      });
      continue;
    }
    const entry = item as YAMLMap;
    const keys = new Set<string>();
    for (const pair of entry.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const place = at(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
      if (keys.has(key)) {
        report(file, `"${key}" is given twice in this entry; only one can count`, { rule: 'counterparts/duplicate-key', severity: 'error', fix: `keep one "${key}:" line`, place });
      } else if (!KEYS.includes(key)) {
        report(file, `"${key}" is not a key of a pair`, { rule: 'counterparts/unknown-key', severity: 'error', fix: `did you mean "${closest(key, KEYS)}"?`, place });
      }
      keys.add(key);
    }
    const value = (key: string) => {
      const node = entry.get(key, true);
      return isScalar(node) ? { text: String(node.value ?? '').trim(), place: at(node.range?.[0]) } : undefined;
    };
    const page = value('page');
    if (!page?.text) {
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
    const microsoft = value('microsoft');
    const customer = value('customer');
    const key = `${pageId}\0${normalizeText(microsoft?.text ?? '')}\0${normalizeText(customer?.text ?? '')}`;
    const first = seen.get(key);
    if (first) {
      report(file, `this pair is already declared on line ${first.line}`, {
        rule: 'counterparts/duplicate-pair',
        severity: 'error',
        fix: 'declare each pair once',
        place: placeOfEntry,
      });
      continue;
    }
    seen.set(key, placeOfEntry);
    declarations.push({
      page: page.text,
      pageId,
      ...(microsoft ? { microsoft } : {}),
      ...(customer ? { customer } : {}),
      reason: value('reason')?.text ?? '',
      place: placeOfEntry,
    });
  }
  return declarations;
}

/** The pairs of one page: found by name, and declared for it (matched to its duties, problems reported on `file`). */
export function pairsOfPage(duties: Duty[], declarations: CounterpartDeclaration[], file: VFile): CounterpartPair[] {
  const pairs = automaticPairs(duties);
  const known = new Map(pairs.map((p) => [`${p.microsoft}\0${p.customer}`, p]));
  for (const declaration of declarations) {
    const ids: Partial<Record<Owner, string>> = {};
    for (const owner of ['microsoft', 'customer'] as const) {
      const name = declaration[owner];
      const candidates = duties.filter((d) => d.owner === owner);
      const found = name && candidates.find((d) => normalizeText(d.name) === normalizeText(name.text));
      if (found) {
        ids[owner] = found.id;
        continue;
      }
      const names = candidates.map((d) => d.name);
      report(file, name ? `${declaration.page} has no ${owner} duty named "${name.text}"` : `this pair has no \`${owner}\` duty`, {
        rule: 'counterparts/unknown-duty',
        severity: 'error',
        fix: names.length
          ? `did you mean ${suggestions(name?.text ?? '', names).map((n) => `"${n}"`).join(', ')}?`
          : `${declaration.page} has no ${owner} duties`,
        place: name?.place ?? declaration.place,
      });
    }
    if (!ids.microsoft || !ids.customer) continue;
    const existing = known.get(`${ids.microsoft}\0${ids.customer}`);
    if (existing) {
      // Declaring a same-name pair adds its reason.
      existing.reason ||= declaration.reason;
      existing.declared = true;
      continue;
    }
    const pair = { microsoft: ids.microsoft, customer: ids.customer, reason: declaration.reason, declared: true };
    known.set(`${pair.microsoft}\0${pair.customer}`, pair);
    pairs.push(pair);
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

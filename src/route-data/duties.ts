/**
 * The duties and counterpart pairs, grouped by article, read from the
 * collections once per build; and the exports (duties.json, duties.csv).
 */
import { getCollection } from 'astro:content';
import type { CounterpartPair } from '../duties/counterparts.ts';
import type { Duty } from '../duties/duty.ts';
import { type ExportRecord, toExportRecord } from '../duties/export-record.ts';
import { once } from './once.ts';
import { BASE } from './site.ts';

export interface DutyData {
  /** Every duty, by article then source order. */
  all: Duty[];
  byDoc: Map<string, Duty[]>;
  pairsByDoc: Map<string, CounterpartPair[]>;
  counterparts: Map<string, string[]>;
}

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export const dutyData = once(async (): Promise<DutyData> => {
  const entries = await getCollection('duties');
  const all = entries
    .map((entry) => ({ ...entry.data, doc: entry.data.doc.id }) as Duty & { counterparts?: unknown })
    .sort((a, b) => a.doc.localeCompare(b.doc) || a.source.localeCompare(b.source) || a.line - b.line || a.column - b.column);
  const counterparts = new Map(entries.map((entry) => [entry.id, entry.data.counterparts.map((ref) => ref.id)]));
  const pairs = (await getCollection('counterparts')).map((p) => ({
    microsoft: p.data.microsoft.id,
    customer: p.data.customer.id,
    reason: p.data.reason,
    declared: p.data.declared,
    doc: p.data.doc,
  }));
  for (const duty of all) delete duty.counterparts;
  return { all, byDoc: group(all, (d) => d.doc), pairsByDoc: group(pairs, (p) => p.doc), counterparts };
});

export const exportRecords = once(async (): Promise<ExportRecord[]> => {
  const { all, counterparts } = await dutyData();
  return all.map((duty) => toExportRecord(duty, counterparts.get(duty.id) ?? [], BASE));
});

/**
 * The duties and counterpart pairs, by article, read from the collection once
 * per build; and the exports (duties.json, duties.csv).
 */
import { getCollection } from 'astro:content';
import type { CounterpartPair } from '../duties/counterparts.ts';
import type { Duty } from '../duties/duty.ts';
import { type ExportRecord, toExportRecord } from '../duties/export-record.ts';
import { fromStoredResponsibilities, type StoredResponsibilities } from '../loaders/stored-responsibilities.ts';
import { once } from './once.ts';
import { BASE, siteData } from './site.ts';

export interface DutyData {
  /** Every duty, by article then source order. */
  all: Duty[];
  byDoc: Map<string, Duty[]>;
  pairsByDoc: Map<string, CounterpartPair[]>;
  counterparts: Map<string, string[]>;
}

export const dutyData = once(async (): Promise<DutyData> => {
  const entries = (await siteData()).hasDuties ? (await getCollection('responsibilities')).sort((a, b) => a.id.localeCompare(b.id)) : [];
  const byDoc = new Map<string, Duty[]>();
  const pairsByDoc = new Map<string, CounterpartPair[]>();
  const counterparts = new Map<string, string[]>();
  for (const entry of entries) {
    const { duties, pairs, counterparts: ofDoc } = fromStoredResponsibilities(entry.data as unknown as StoredResponsibilities);
    byDoc.set(entry.id, duties);
    pairsByDoc.set(entry.id, pairs);
    for (const [id, ids] of ofDoc) counterparts.set(id, ids);
  }
  return { all: [...byDoc.values()].flat(), byDoc, pairsByDoc, counterparts };
});

export const exportRecords = once(async (): Promise<ExportRecord[]> => {
  const { all, counterparts } = await dutyData();
  return all.map((duty) => toExportRecord(duty, counterparts.get(duty.id) ?? [], BASE));
});

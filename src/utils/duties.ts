/** The duties collection, as the pages use it. */
import { type CollectionEntry, getCollection } from 'astro:content';
import type { Duty } from '../duties/duty.ts';
import { toExportRecord } from '../duties/export-record.ts';
import { BASE } from './site.ts';

export type DutyEntry = CollectionEntry<'duties'>;

/** A duty entry's data in the plain shape the duty modules take. */
export function asDuty(entry: DutyEntry): Duty {
  return { ...entry.data, doc: entry.data.doc.id };
}

export function counterpartIds(entry: DutyEntry): string[] {
  return entry.data.counterparts.map((ref) => ref.id);
}

/** Every duty, in source order: by page, then by line. */
export async function allDuties(): Promise<DutyEntry[]> {
  const duties = await getCollection('duties');
  return duties.sort((a, b) => a.data.doc.id.localeCompare(b.data.doc.id) || a.data.line - b.data.line);
}

export async function exportRecords() {
  return (await allDuties()).map((entry) => toExportRecord(asDuty(entry), counterpartIds(entry), BASE));
}

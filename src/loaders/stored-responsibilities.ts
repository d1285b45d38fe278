/**
 * How an article's duties and counterpart pairs are kept in the
 * `responsibilities` collection: one entry per article, every duty validated
 * by the collection's schema. The collection is bundled into the code that
 * renders the pages, so each duty is kept without what can be derived from
 * its article and slug (its id and anchor), and without empty or default
 * fields; `fromStoredResponsibilities` gives them back.
 */
import type { CounterpartPair } from '../duties/counterparts.ts';
import type { Duty } from '../duties/duty.ts';
import { dutyAnchor } from '../duties/urls.ts';

/** A duty as stored: `<doc>/<owner>/<slug>` is its id, `source` only when it is not the article's own file. */
export type StoredDuty = Omit<Duty, 'id' | 'anchor' | 'doc' | 'source'> & { slug: string; source?: string; counterparts?: string[] };

export interface StoredResponsibilities {
  doc: { id: string; collection: string };
  /** The article's own file, the source of every duty that does not say otherwise. */
  source: string;
  duties: StoredDuty[];
  pairs: CounterpartPair[];
}

const slugOf = (duty: Duty) => duty.id.slice(`${duty.doc}/${duty.owner}/`.length);

export function toStoredResponsibilities(doc: string, source: string, duties: Duty[], pairs: CounterpartPair[], counterparts: Map<string, string[]>) {
  return {
    doc,
    source,
    duties: duties.map(({ id, anchor: _anchor, doc: _doc, source: dutySource, ...duty }): StoredDuty => {
      const ids = counterparts.get(id) ?? [];
      return {
        ...duty,
        slug: slugOf({ id, doc, owner: duty.owner } as Duty),
        ...(dutySource !== source ? { source: dutySource } : {}),
        ...(ids.length > 0 ? { counterparts: ids } : {}),
      };
    }),
    pairs,
  };
}

export function fromStoredResponsibilities(data: StoredResponsibilities): { duties: Duty[]; pairs: CounterpartPair[]; counterparts: Map<string, string[]> } {
  const doc = data.doc.id;
  const counterparts = new Map<string, string[]>();
  const duties = data.duties.map(({ slug, source, counterparts: ids, ...duty }): Duty => {
    const id = `${doc}/${duty.owner}/${slug}`;
    if (ids) counterparts.set(id, ids);
    return { ...duty, id, anchor: dutyAnchor(duty.owner, slug), doc, source: source ?? data.source };
  });
  return { duties, pairs: data.pairs, counterparts };
}

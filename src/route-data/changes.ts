/**
 * What changed since the previous release named by `SINCE` (see
 * changes/previous-release.ts), for the "What changed" page, changes.json
 * and the marks on changed rows. Without `SINCE` there is nothing, and the
 * site is as it would be without this module.
 */
import { compareDuties, type DutyChange } from '../changes/compare-duties.ts';
import { readPreviousRelease } from '../changes/previous-release.ts';
import { resolveContentDir } from '../utils/content-root.ts';
import { exportRecords } from './duties.ts';
import { once } from './once.ts';
import { articleTitle, BASE, docUrl, siteData } from './site.ts';

export interface ChangesData {
  since: string;
  /** The previous release's date (YYYY-MM-DD). */
  date: string;
  changes: DutyChange[];
  counts: Record<DutyChange['kind'], number>;
  /** Per article (in navigation order), the customer's changes first. */
  articles: { title: string; url: string; changes: DutyChange[] }[];
  /** Each duty's name by its id, in this release or else the previous one. */
  dutyNames: Map<string, string>;
}

const KINDS = ['added', 'removed', 'renamed', 'moved', 'reworded', 'paired', 'unpaired'] as const;

export const changesData = once(async (): Promise<ChangesData | undefined> => {
  const since = process.env.SINCE;
  if (!since) return undefined;
  const [previous, current, { order, docs }] = await Promise.all([readPreviousRelease(since, resolveContentDir(), BASE), exportRecords(), siteData()]);
  const changes = compareDuties(previous.records, current);
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, changes.filter((c) => c.kind === kind).length])) as ChangesData['counts'];
  const byDoc = new Map<string, DutyChange[]>();
  for (const change of changes) {
    const doc = (change.after ?? change.before)!.doc;
    byDoc.set(doc, [...(byDoc.get(doc) ?? []), change]);
  }
  const customerFirst = (a: DutyChange, b: DutyChange) => Number((b.after ?? b.before)!.owner === 'customer') - Number((a.after ?? a.before)!.owner === 'customer');
  const position = new Map(order.map((link, i) => [docUrl(link.id), i]));
  const articles = [...byDoc]
    .sort(([a], [b]) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || a.localeCompare(b))
    .map(([url, list]) => {
      const doc = [...docs.values()].find((d) => docUrl(d.id) === url);
      return { title: doc ? articleTitle(doc, doc.id) : url, url, changes: list.sort(customerFirst) };
    });
  const dutyNames = new Map([...previous.records, ...current].map((record) => [record.id, record.name]));
  return { since: previous.since, date: previous.date, changes, counts, articles, dutyNames };
});

export interface ChangeMark {
  anchor: string;
  label: string;
}

/** The marks an article's rows get: "New" or "Changed", since the previous release. */
export async function changeMarks(docUrl: string): Promise<ChangeMark[]> {
  const data = await changesData();
  if (!data) return [];
  return data.changes
    .filter((c) => c.after && c.after.doc === docUrl && c.kind !== 'removed')
    .map((c) => ({ anchor: c.after!.anchor.split('#')[1] ?? '', label: `${c.kind === 'added' ? 'New' : 'Changed'} since ${data.date}` }))
    .filter((m) => m.anchor);
}

/** How the page names each kind of change. */
export const KIND_LABELS: Record<DutyChange['kind'], string> = {
  added: 'New',
  removed: 'Removed',
  renamed: 'Renamed',
  moved: 'Moved',
  reworded: 'Reworded',
  paired: 'Newly paired',
  unpaired: 'No longer paired',
};

/** One line of the page: what it says about a change, and where it leads. */
export interface ChangeLine {
  kind: DutyChange['kind'];
  label: string;
  owner: string;
  name: string;
  /** The duty's row, when it is still in the site. */
  href: string | undefined;
  /** "was …", "moved from …", "with …" */
  detail: string | undefined;
  diff: DutyChange['descriptionDiff'];
}

export function changeLine(change: DutyChange, ownerName: (owner: string) => string, dutyName: (id: string) => string): ChangeLine {
  const duty = (change.after ?? change.before)!;
  const detail =
    change.kind === 'renamed'
      ? `was “${change.before!.name}”`
      : change.kind === 'moved'
        ? `was ${ownerName(change.before!.owner)}’s, in ${change.before!.doc}`
        : change.counterpart
          ? `with “${dutyName(change.counterpart)}”`
          : undefined;
  return {
    kind: change.kind,
    label: KIND_LABELS[change.kind],
    owner: ownerName(duty.owner),
    name: duty.name,
    href: change.after?.url,
    detail,
    diff: change.kind === 'reworded' || change.kind === 'renamed' || change.kind === 'moved' ? change.descriptionDiff : undefined,
  };
}

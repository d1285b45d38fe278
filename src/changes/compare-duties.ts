/**
 * What changed in the duties between two releases, compared by identity (a
 * duty's id: page, owner and name slug), never by position, so that rows
 * that only changed order are not a change.
 *
 * Each duty that is not in both releases under the same id is matched, best
 * first, with one on the other side:
 * - renamed: same page and owner, and a name equal but for case and
 *   punctuation, or a description at least RENAME_SIMILARITY alike;
 * - moved: the same name (but for case and punctuation) or a description at
 *   least MOVE_SIMILARITY alike, on the other side or on another page.
 * What is left is added or removed. A duty under the same id whose name
 * changed only in case or punctuation is renamed; whose description changed,
 * reworded (with a word diff). Counterpart pairs, followed through renames
 * and moves, are paired or unpaired.
 */
import { diffWords } from 'diff';
import type { ExportRecord } from '../duties/export-record.ts';

export type ChangeKind = 'added' | 'removed' | 'renamed' | 'moved' | 'reworded' | 'paired' | 'unpaired';

export interface DescriptionDiffPart {
  text: string;
  change: 'kept' | 'added' | 'removed';
}

export interface DutyChange {
  kind: ChangeKind;
  before: ExportRecord | null;
  after: ExportRecord | null;
  /** For renamed and moved duties: how alike the two descriptions are (0 to 1). */
  similarity?: number;
  /** For moved duties: to the other side (owner), to another page, or both. */
  moved?: 'owner' | 'page' | 'owner-and-page';
  /** Where the description changed: the words kept, added and removed. */
  descriptionDiff?: DescriptionDiffPart[];
  /** For paired and unpaired: the other duty of the pair, by its id in this release (`before`/`after` are the first). */
  counterpart?: string;
}

/**
 * Half the words of the longer description kept, in order. In the 27
 * versions of the seed page, a duty whose name was reworded keeps 70–100% of
 * its description's words, while two different duties of one page share at
 * most about 35% (mostly "the", "and", "Microsoft"): half sits between.
 */
export const RENAME_SIMILARITY = 0.5;
/** A duty that changes side or page must keep more of its text to be called the same duty. */
export const MOVE_SIMILARITY = 0.7;

/** A name without case, punctuation or spacing differences: "Device Procurement." → "device procurement". */
export function normalName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The share of the longer text's words kept in order in the other (0 to 1). */
export function similarity(a: string, b: string): number {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const longest = Math.max(words(a), words(b));
  if (longest === 0) return 1;
  const kept = diffWords(a, b)
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + words(part.value), 0);
  return kept / longest;
}

export function descriptionDiff(before: string, after: string): DescriptionDiffPart[] {
  return diffWords(before, after).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'kept' }));
}

interface Candidate {
  before: ExportRecord;
  after: ExportRecord;
  kind: 'renamed' | 'moved';
  score: number;
  similarity: number;
}

function candidate(before: ExportRecord, after: ExportRecord): Candidate | undefined {
  const sameName = normalName(before.name) === normalName(after.name);
  const alike = similarity(before.description, after.description);
  if (before.doc === after.doc && before.owner === after.owner) {
    if (sameName || alike >= RENAME_SIMILARITY) return { before, after, kind: 'renamed', score: (sameName ? 1 : 0) + alike, similarity: alike };
    return undefined;
  }
  if ((sameName && alike >= RENAME_SIMILARITY) || alike >= MOVE_SIMILARITY) return { before, after, kind: 'moved', score: (sameName ? 1 : 0) + alike, similarity: alike };
  return undefined;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

function pairsOf(records: ExportRecord[], rename: (id: string) => string = (id) => id): Set<string> {
  const pairs = new Set<string>();
  for (const record of records) for (const other of record.counterparts) pairs.add(pairKey(rename(record.id), rename(other)));
  return pairs;
}

export function compareDuties(before: ExportRecord[], after: ExportRecord[]): DutyChange[] {
  const beforeById = new Map(before.map((r) => [r.id, r]));
  const afterById = new Map(after.map((r) => [r.id, r]));
  const changes: DutyChange[] = [];
  /** Each earlier id, as the id the same duty has now. */
  const renamedTo = new Map<string, string>();

  for (const now of after) {
    const then = beforeById.get(now.id);
    if (!then) continue;
    const reworded = then.description !== now.description;
    const diff = reworded ? { descriptionDiff: descriptionDiff(then.description, now.description) } : {};
    if (then.name !== now.name) changes.push({ kind: 'renamed', before: then, after: now, similarity: similarity(then.description, now.description), ...diff });
    else if (reworded) changes.push({ kind: 'reworded', before: then, after: now, ...diff });
  }

  const gone = before.filter((r) => !afterById.has(r.id));
  const arrived = after.filter((r) => !beforeById.has(r.id));
  const candidates = gone
    .flatMap((then) => arrived.map((now) => candidate(then, now)))
    .filter((c): c is Candidate => c !== undefined)
    .sort((a, b) => b.score - a.score || a.before.id.localeCompare(b.before.id));
  const matched = new Set<ExportRecord>();
  for (const c of candidates) {
    if (matched.has(c.before) || matched.has(c.after)) continue;
    matched.add(c.before).add(c.after);
    renamedTo.set(c.before.id, c.after.id);
    const diff = c.before.description !== c.after.description ? { descriptionDiff: descriptionDiff(c.before.description, c.after.description) } : {};
    if (c.kind === 'renamed') {
      changes.push({ kind: 'renamed', before: c.before, after: c.after, similarity: c.similarity, ...diff });
    } else {
      const moved = c.before.owner !== c.after.owner ? (c.before.doc !== c.after.doc ? 'owner-and-page' : 'owner') : 'page';
      changes.push({ kind: 'moved', before: c.before, after: c.after, similarity: c.similarity, moved, ...diff });
    }
  }
  for (const then of gone) if (!matched.has(then)) changes.push({ kind: 'removed', before: then, after: null });
  for (const now of arrived) if (!matched.has(now)) changes.push({ kind: 'added', before: null, after: now });

  // Pairs, with the earlier release's ids followed to today's. A pair that
  // came or went with one of its duties is part of that duty's addition or removal.
  const follow = (id: string) => renamedTo.get(id) ?? id;
  const earlier = new Map(before.map((r) => [follow(r.id), r]));
  const pairsBefore = pairsOf(before, follow);
  const pairsAfter = pairsOf(after);
  const bothStayed = (a: string, b: string) => earlier.has(a) && earlier.has(b) && afterById.has(a) && afterById.has(b);
  for (const [pairs, others, kind] of [
    [pairsAfter, pairsBefore, 'paired'],
    [pairsBefore, pairsAfter, 'unpaired'],
  ] as const) {
    for (const key of pairs) {
      const [a, b] = key.split('\n');
      if (others.has(key) || !bothStayed(a, b)) continue;
      changes.push({ kind, before: earlier.get(a)!, after: afterById.get(a)!, counterpart: b });
    }
  }
  return changes;
}

/**
 * The titles of zone pivots, for the labels of `::: zone pivot="…"`
 * sections: a page names its pivot groups in its front matter
 * (`zone_pivot_groups: group-a, group-b`), and the docset's
 * `zone-pivot-groups.yml` (`### YamlMime:ZonePivotGroups`) gives each group's
 * pivots, `{ id, title }`. Learn reads that file from the docset root, or from
 * `zone_pivot_group_filename`; here it is read from the content root, at that
 * path when it is there (also as `.yml` for a `.json` name), else at
 * `zone-pivot-groups.yml`. With no file, or a pivot it does not list, a
 * label shows the pivot's id.
 */
import type { Html, Root } from 'mdast';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { report } from '../messages.ts';

export const ZONE_PIVOT_GROUPS_FILE = 'zone-pivot-groups.yml';

declare module 'vfile' {
  interface DataMap {
    /**
     * Files of the content root, other than includes, that the page's HTML
     * depends on (their paths from the root), e.g. zone-pivot-groups.yml.
     */
    readFiles: string[];
  }
}

interface PivotGroup {
  id: string;
  pivots: Map<string, string>;
}

/** What a page's zones are labelled from: its groups, and the file they are in. */
interface PagePivots {
  /** The file read, or undefined when there is none. */
  source: string | undefined;
  /** The page's groups found in it (every group when the page names none). */
  groups: PivotGroup[];
  /** The group names the page gives (for messages). */
  named: string[];
}

/** The last groups file parsed, by its text: every page of a build reads the same one. */
let parsed: { text: string; groups: PivotGroup[] } | undefined;

function groupsOf(text: string): PivotGroup[] {
  if (parsed?.text === text) return parsed.groups;
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    data = undefined;
  }
  const list = (data as { groups?: unknown } | null)?.groups;
  const groups: PivotGroup[] = [];
  for (const group of Array.isArray(list) ? list : []) {
    if (typeof group?.id !== 'string' || !Array.isArray(group.pivots)) continue;
    const pivots = new Map<string, string>();
    for (const pivot of group.pivots) {
      if (typeof pivot?.id === 'string' && typeof pivot.title === 'string' && pivot.title.trim() !== '') pivots.set(pivot.id, pivot.title.trim());
    }
    groups.push({ id: group.id, pivots });
  }
  parsed = { text, groups };
  return groups;
}

/** `zone_pivot_groups` and `zone_pivot_group_filename` from the page's front matter. */
function frontMatterKeys(tree: Root): { named: string[]; filename: string | undefined } {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return { named: [], filename: undefined };
  let data: Record<string, unknown> | undefined;
  try {
    data = parse(node.value) as Record<string, unknown> | undefined;
  } catch {
    data = undefined;
  }
  const value = data?.zone_pivot_groups;
  const named = (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : []).map((s) => s.trim()).filter(Boolean);
  const filename = typeof data?.zone_pivot_group_filename === 'string' ? data.zone_pivot_group_filename.trim().replace(/^~?\//, '') : undefined;
  return { named, filename };
}

function pagePivots(tree: Root, file: VFile, readFile: (contentPath: string) => string | undefined): PagePivots {
  const { named, filename } = frontMatterKeys(tree);
  const candidates = [...(filename ? [filename, filename.replace(/\.json$/i, '.yml')] : []), ZONE_PIVOT_GROUPS_FILE];
  for (const candidate of new Set(candidates)) {
    const text = readFile(candidate);
    if (text === undefined) continue;
    (file.data.readFiles ??= []).push(candidate);
    const all = groupsOf(text);
    return { source: candidate, groups: named.length > 0 ? all.filter((g) => named.includes(g.id)) : all, named };
  }
  return { source: undefined, groups: [], named };
}

/** Per page, how its zones are labelled: read when its first zone is. */
const pages = new WeakMap<VFile, () => PagePivots>();

/** Called before a page's zones are built: where their titles come from. */
export function preparePivots(tree: Root, file: VFile, readFile: (contentPath: string) => string | undefined): void {
  let found: PagePivots | undefined;
  pages.set(file, () => (found ??= pagePivots(tree, file, readFile)));
}

/**
 * The label of a zone: "Pivot: " and the titles of its pivots. A pivot that
 * the page's groups do not list is a warning at the zone's marker (when there
 * is a groups file), and is shown by its id.
 */
export function zoneLabel(pivot: string, comment: Html, file: VFile): string {
  const ids = pivot.split(',').map((id) => id.trim()).filter(Boolean);
  const pivots = pages.get(file)?.();
  const titles = ids.map((id) => {
    const title = pivots?.groups.map((g) => g.pivots.get(id)).find((t) => t !== undefined);
    if (title === undefined && pivots?.source && pivots.groups.length > 0) {
      const where = pivots.named.length > 0 ? `the page's zone pivot groups (${pivots.named.join(', ')}) in ${pivots.source}` : pivots.source;
      report(file, `the pivot "${id}" is not in ${where}, so its zone is labelled with its id`, {
        rule: 'learn/unknown-pivot',
        severity: 'warning',
        node: comment,
        fix: `correct the pivot id, or add it with a title to ${pivots.named.length > 0 ? 'the group in ' : ''}${pivots.source}`,
      });
    }
    return title ?? id;
  });
  return `Pivot: ${titles.join(', ')}`;
}

/**
 * Links to a part of a page (`apps.md#setup`, `#setup`), checked once every
 * page is known: the page they lead to must have an element with that id (a
 * heading, a duty's row, an anchor of its HTML). A link that names none still
 * opens the page, but at its top, so it is a warning that gives the nearest
 * id the page has. Every load checks every page's links, unchanged pages'
 * too: a link breaks when the page it leads to changes. A page that includes
 * a file from outside the content root (reported there) has parts this site
 * cannot know, as Learn publishes them: links to it are not checked.
 */
import { closest, distance } from 'fastest-levenshtein';
import { VFile } from 'vfile';
import { report } from '../markdown/messages.ts';
import type { PlannedPage } from './plan-content.ts';

/** The ids a link to a part of this page may name. */
function anchorsOf(page: PlannedPage): Set<string> {
  return new Set([...(page.data?.headings ?? []).map((h) => h.slug), ...page.duties.map((d) => d.anchor), ...(page.data?.anchors ?? [])]);
}

/** Whether some of the page's text is missing here: an include from another docset. */
const hasOutsideIncludes = (page: PlannedPage) => (page.data?.problems ?? []).some((p) => p.rule === 'includes/outside-docset');

/** How a fragment compares, for suggestions: letter case and Unicode forms (é as one code point or two) aside. */
const folded = (text: string) => text.normalize('NFC').toLowerCase();

/** The id of `ids` closest to `fragment`, if it is close enough to be what the author meant (about one letter in three). */
function nearest(fragment: string, ids: Set<string>): string | undefined {
  if (ids.size === 0) return undefined;
  const byFolded = new Map([...ids].map((id) => [folded(id), id]));
  const candidate = closest(folded(fragment), [...byFolded.keys()]);
  return distance(folded(fragment), candidate) <= Math.floor(fragment.length / 3) ? byFolded.get(candidate) : undefined;
}

/** A link as its author reads it: `t.md#na%C3%AFve` (as the parser gives it) is `t.md#naïve`. */
function readable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** The files whose links name a part their page does not have, each with its messages. */
export function checkFragmentLinks(pages: PlannedPage[], contentDir: string): VFile[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const anchors = new Map<string, Set<string>>();
  const files = new Map<string, VFile>();
  for (const page of pages) {
    for (const link of page.data?.fragmentLinks ?? []) {
      const target = byId.get(link.page);
      // A link to a missing page is reported where it is resolved; a page whose front matter is broken is not built.
      if (!target?.data || hasOutsideIncludes(target)) continue;
      let ids = anchors.get(target.id);
      if (!ids) anchors.set(target.id, (ids = anchorsOf(target)));
      if (ids.has(link.fragment)) continue;
      let file = files.get(link.source);
      if (!file) files.set(link.source, (file = new VFile({ path: link.source, cwd: contentDir })));
      const suggestion = nearest(link.fragment, ids);
      // Two spellings that look the same (é as one code point, or as e and an accent) are told apart.
      const otherForm = suggestion !== undefined && suggestion.normalize('NFC') === link.fragment.normalize('NFC') ? ' (the same letters, in another Unicode form)' : '';
      report(file, `"${readable(link.written)}": ${target.sourcePath} has no heading or anchor "${link.fragment}", so the link opens the page at its top`, {
        rule: 'links/missing-anchor',
        severity: 'warning',
        fix: suggestion
          ? `write "#${suggestion}", the nearest id on that page${otherForm}, or leave out "#${link.fragment}"`
          : `write the id of one of its headings (its # link shows it), or leave out "#${link.fragment}"`,
        place: { line: link.line, column: link.column },
      });
    }
  }
  return [...files.values()];
}

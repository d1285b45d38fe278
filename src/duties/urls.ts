/**
 * Where a duty lives on the site. Its permalink is its row (or, in a task
 * matrix, its checked cell) in the article: `/<article>/#duty-<owner>-<slug>`.
 * Every page, export and search record takes duty URLs from here.
 */
import type { Owner } from '../config.ts';
import { pageUrl } from '../utils/slugs.ts';

export function dutyAnchor(owner: Owner, slug: string): string {
  return `duty-${owner}-${slug}`;
}

/** The duty's permalink: its row in the article. */
export function dutyUrl(base: string, duty: { doc: string; anchor: string }): string {
  return `${pageUrl(base, duty.doc)}#${duty.anchor}`;
}

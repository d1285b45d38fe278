/**
 * What every page of the site shares: its name, the navigation tree and the
 * articles, read from the collections once per build.
 */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { siteTitleFor } from '../config.ts';
import type { Diagnostic } from '../utils/diagnostics.ts';
import type { NavNode } from '../navigation/build-navigation.ts';
import { flatten, type NavLink } from '../navigation/page-navigation.ts';
import { HOME_ID, joinBase, pageUrl } from '../utils/slugs.ts';
import { once } from './once.ts';

export type DocEntry = CollectionEntry<'docs'>;

export const BASE = import.meta.env.BASE_URL;

export function docUrl(id: string): string {
  return pageUrl(BASE, id);
}

export function siteUrl(sitePath: string): string {
  return joinBase(BASE, sitePath);
}

export interface SiteData {
  title: string;
  tree: NavNode[];
  /** Every article, by id. */
  docs: Map<string, DocEntry>;
  /** The content root's own index.md, if it has one. */
  home: DocEntry | undefined;
  /** Every article in navigation order. */
  order: NavLink[];
  assets: { path: string; file: string }[];
  /** The content's errors, in `astro dev` (pages show them in a banner). */
  errors: Diagnostic[];
  /** Whether any article has responsibility tables. */
  hasDuties: boolean;
}

export const siteData = once(async (): Promise<SiteData> => {
  const site = await getEntry('site', 'site');
  if (!site) throw new Error('The site collection is empty: the content loader did not run.');
  const docs = new Map(site.data.collections.docs ? (await getCollection('docs')).map((doc) => [doc.id, doc]) : []);
  const home = docs.get(HOME_ID);
  return {
    title: siteTitleFor(home?.data.title),
    tree: site.data.navigation,
    docs,
    home,
    order: flatten(site.data.navigation),
    assets: site.data.assets,
    errors: site.data.errors,
    hasDuties: site.data.collections.responsibilities,
  };
});

/** The title an article shows: its own `# Heading`, else its front matter title. */
export function articleTitle(doc: DocEntry | undefined, fallback: string): string {
  return doc?.data.heading ?? doc?.data.title ?? fallback;
}

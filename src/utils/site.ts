/**
 * Site-level facts the pages share: the title in the header and URL helpers
 * that honour the base path.
 */
import { getCollection, getEntry } from 'astro:content';
import { siteTitleFor } from '../config.ts';
import { HOME_ID, joinBase, pageUrl } from './slugs.ts';

export const BASE = import.meta.env.BASE_URL;

export function docUrl(id: string): string {
  return pageUrl(BASE, id);
}

export function siteUrl(sitePath: string): string {
  return joinBase(BASE, sitePath);
}

export async function siteTitle(): Promise<string> {
  return siteTitleFor((await homeDoc())?.data.title);
}

/** The content root's own index.md, if it has one. */
export async function homeDoc() {
  const docs = await getCollection('docs');
  return docs.find((doc) => doc.id === HOME_ID);
}

async function siteData() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('The site collection is empty: the content loader did not run.');
  return entry.data;
}

export async function navigationTree() {
  return (await siteData()).navigation;
}

export async function contentAssets() {
  return (await siteData()).assets;
}

/**
 * The content as the post-build steps need it (the search index, the build
 * summary, the offline bundle's name), published when a load of the content
 * root succeeds. Astro runs content loaders inside its own module graph, so
 * integrations and the build script cannot import the loader's state: a
 * process-wide diagnostics channel carries the snapshot to whoever listens.
 */
import { channel } from 'node:diagnostics_channel';
import { siteTitleFor } from '../config.ts';
import type { CounterpartPair } from '../duties/counterparts.ts';
import type { Duty } from '../duties/duty.ts';
import type { PageHeading } from '../markdown/pipeline.ts';
import type { NavNode } from '../navigation/build-navigation.ts';
import { HOME_ID, pageUrl } from '../utils/slugs.ts';
import type { ContentPlan } from './plan-content.ts';

export interface SnapshotPage {
  id: string;
  url: string;
  sourcePath: string;
  /** The title the page shows (its `# Heading`, else its front matter title). */
  title: string;
  description: string;
  /** What search indexes of the page itself: its HTML without responsibility tables. */
  searchHtml: string;
  headings: PageHeading[];
}

export interface ContentSnapshot {
  siteTitle: string;
  base: string;
  pages: SnapshotPage[];
  duties: Duty[];
  pairs: CounterpartPair[];
  navigation: NavNode[];
  /** Pages processed in this load, and pages taken unchanged from the store. */
  processed: number;
  reused: number;
}

export const CONTENT_CHANNEL = 'roles-docs:content-snapshot';

export function snapshotOf(plan: ContentPlan): ContentSnapshot {
  const pages = plan.pages.filter((p) => p.data);
  return {
    siteTitle: siteTitleFor(pages.find((p) => p.id === HOME_ID)?.data?.title),
    base: plan.site.base,
    pages: pages.map((p) => ({
      id: p.id,
      url: pageUrl(plan.site.base, p.id),
      sourcePath: p.sourcePath,
      title: p.data!.heading ?? p.data!.title,
      description: p.data!.description,
      searchHtml: p.searchHtml(),
      headings: p.data!.headings,
    })),
    duties: pages.flatMap((p) => p.duties),
    pairs: pages.flatMap((p) => p.pairs),
    navigation: plan.navigation,
    processed: plan.pages.filter((p) => p.changed).length,
    reused: plan.pages.filter((p) => !p.changed).length,
  };
}

export function publishSnapshot(snapshot: ContentSnapshot): void {
  channel(CONTENT_CHANNEL).publish(snapshot);
}

export function onSnapshot(listener: (snapshot: ContentSnapshot) => void): () => void {
  const handler = (message: unknown) => listener(message as ContentSnapshot);
  channel(CONTENT_CHANNEL).subscribe(handler);
  return () => channel(CONTENT_CHANNEL).unsubscribe(handler);
}

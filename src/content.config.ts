/**
 * Content collections. Data flows: content root → one load
 * (`loaders/plan-content.ts`, pages processed in worker threads) → these typed
 * collections → pages. Each collection writes only what changed since its
 * persisted store was last written.
 */
import { defineCollection, reference } from 'astro:content';
import type { DataStore } from 'astro/loaders';
import path from 'node:path';
import { z } from 'astro/zod';
import { counterpartsById } from './duties/counterparts.ts';
import { dutyFields } from './duties/duty.ts';
import { contentRootLoaders } from './loaders/content-root-loader.ts';
import type { ContentPlan, PlannedPage } from './loaders/plan-content.ts';
import type { NavNode } from './navigation/build-navigation.ts';
import { docSchema } from './schemas/front-matter.ts';
import { projectRelativePath } from './utils/content-root.ts';

/** Removes the entries of pages that are gone or changed; returns the pages whose entries must be written. */
function pagesToWrite(plan: ContentPlan, store: DataStore, docOf: (id: string, data: Record<string, unknown>) => string): PlannedPage[] {
  const kept = new Set(plan.pages.filter((p) => !p.changed).map((p) => p.id));
  for (const [id, entry] of store.entries()) if (!kept.has(docOf(id, entry.data))) store.delete(id);
  return plan.pages.filter((p) => p.changed && p.data);
}

const refId = (ref: unknown) => (ref as { id: string }).id;

const loaders = contentRootLoaders({
  docs: async (plan, { store, parseData }) => {
    for (const page of pagesToWrite(plan, store, (id) => id)) {
      const filePath = projectRelativePath(path.join(plan.site.contentDir, page.sourcePath));
      const data = await parseData({ id: page.id, data: page.data!, filePath });
      store.set({ id: page.id, data, filePath, digest: page.digest, rendered: { html: page.html, metadata: { headings: page.data!.headings } } });
    }
  },
  duties: async (plan, { store, parseData }) => {
    for (const page of pagesToWrite(plan, store, (_id, data) => refId(data.doc))) {
      const counterparts = counterpartsById(page.pairs);
      for (const duty of page.duties) {
        store.set({ id: duty.id, data: await parseData({ id: duty.id, data: { ...duty, counterparts: counterparts.get(duty.id) ?? [] } }) });
      }
    }
  },
  counterparts: async (plan, { store, parseData }) => {
    for (const page of pagesToWrite(plan, store, (_id, data) => String(data.doc))) {
      for (const pair of page.pairs) {
        const id = `${pair.microsoft}~${pair.customer}`;
        store.set({ id, data: await parseData({ id, data: { ...pair, doc: page.id } }) });
      }
    }
  },
  site: (plan, { store }) => {
    const assets = plan.root.assets.map((asset) => ({ path: asset, file: path.join(plan.site.contentDir, asset) }));
    store.set({ id: 'site', data: { navigation: plan.navigation, assets } });
  },
});

const docs = defineCollection({
  loader: loaders.docs,
  schema: docSchema.extend({
    headings: z.array(z.object({ depth: z.number(), slug: z.string(), text: z.string() })),
    includes: z.array(z.string()),
    problems: z.array(z.object({ severity: z.enum(['error', 'warning']), file: z.string(), line: z.number(), column: z.number(), rule: z.string(), message: z.string(), fix: z.string().optional() })),
    tabs: z.boolean(),
  }),
});

const navNode: z.ZodType<NavNode> = z.lazy(() =>
  z.object({ title: z.string(), id: z.string().optional(), href: z.string().optional(), children: z.array(navNode) }),
);

/** One entry, `site`: what belongs to the whole content root. */
const site = defineCollection({
  loader: loaders.site,
  schema: z.object({
    navigation: z.array(navNode),
    /** Images and other media, by their path in the content root. */
    assets: z.array(z.object({ path: z.string(), file: z.string() })),
  }),
});

/** Every row of every role table and every checked party of every task matrix, validated as data. */
const duties = defineCollection({
  loader: loaders.duties,
  schema: z.object({
    ...dutyFields,
    doc: reference('docs'),
    counterparts: z.array(reference('duties')),
  }),
});

/** Pairs of duties, Microsoft's and the customer's: same-name pairs and those in counterparts.yaml. */
const counterparts = defineCollection({
  loader: loaders.counterparts,
  schema: z.object({
    microsoft: reference('duties'),
    customer: reference('duties'),
    reason: z.string(),
    declared: z.boolean(),
    /** The page both duties are on. */
    doc: z.string(),
  }),
});

export const collections = { docs, site, duties, counterparts };

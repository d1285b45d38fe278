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
import { toStoredResponsibilities } from './loaders/stored-responsibilities.ts';
import type { NavNode } from './navigation/build-navigation.ts';
import { docSchema } from './schemas/front-matter.ts';
import { projectRelativePath } from './utils/content-root.ts';

/** Removes the entries of pages that are gone or changed; returns the pages whose entries must be written. */
function pagesToWrite(plan: ContentPlan, store: DataStore): PlannedPage[] {
  const kept = new Set(plan.pages.filter((p) => !p.changed).map((p) => p.id));
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  return plan.pages.filter((p) => p.changed && p.data);
}

const loaders = contentRootLoaders({
  docs: async (plan, { store, parseData }) => {
    for (const page of pagesToWrite(plan, store)) {
      const filePath = projectRelativePath(path.join(plan.site.contentDir, page.sourcePath));
      store.set({ id: page.id, data: await parseData({ id: page.id, data: page.data!, filePath }), filePath, digest: page.digest });
    }
  },
  responsibilities: async (plan, { store, parseData }) => {
    for (const page of pagesToWrite(plan, store)) {
      if (page.duties.length === 0) continue;
      const data = toStoredResponsibilities(page.id, page.sourcePath, page.duties, page.pairs, counterpartsById(page.pairs));
      store.set({ id: page.id, data: await parseData({ id: page.id, data }), digest: page.digest });
    }
  },
  site: (plan, { store }) => {
    // Only `astro dev` goes on with errors: its pages show them until they are fixed.
    const errors = plan.problems.filter((p) => p.severity === 'error');
    const pages = plan.pages.filter((p) => p.data);
    const collections = { docs: pages.length > 0, responsibilities: pages.some((p) => p.duties.length > 0) };
    store.set({ id: 'site', data: { navigation: plan.navigation, assets: plan.assets, errors, collections } });
  },
});

const diagnostic = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number(),
  column: z.number(),
  rule: z.string(),
  message: z.string(),
  fix: z.string().optional(),
});

/** Every page: its front matter, and what the site needs of it without parsing it again. */
const docs = defineCollection({
  loader: loaders.docs,
  schema: docSchema.extend({
    /** Where its HTML is kept (loaders/page-store.ts). */
    htmlFile: z.string(),
    headings: z.array(z.object({ depth: z.number(), slug: z.string(), text: z.string() })),
    anchors: z.array(z.string()),
    fragmentLinks: z.array(z.object({ page: z.string(), fragment: z.string(), written: z.string(), source: z.string(), line: z.number(), column: z.number() })),
    includes: z.array(z.string()),
    problems: z.array(diagnostic),
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
    /** The content's errors, in `astro dev` (a build stops on them instead). */
    errors: z.array(diagnostic),
    /** Which collections have entries: Astro warns of an empty one that is read, as if the config were wrong. */
    collections: z.object({ docs: z.boolean(), responsibilities: z.boolean() }),
  }),
});

const { id: _id, anchor: _anchor, doc: _doc, source: _source, ...storedDuty } = dutyFields;

/**
 * One entry per article that has responsibility tables: every row of every
 * role table and every checked party of every task matrix, each validated as
 * a duty, and the article's counterpart pairs (pairs never leave their article).
 */
const responsibilities = defineCollection({
  loader: loaders.responsibilities,
  schema: z.object({
    doc: reference('docs'),
    source: z.string(),
    duties: z.array(
      z.object({
        ...storedDuty,
        /** The duty's id is `<doc>/<owner>/<slug>` and its anchor `duty-<owner>-<slug>` (loaders/stored-responsibilities.ts). */
        slug: z.string().min(1),
        source: z.string().optional(),
        counterparts: z.array(z.string()).optional(),
      }),
    ),
    pairs: z.array(z.object({ microsoft: z.string(), customer: z.string(), reason: z.string(), declared: z.boolean() })),
  }),
});

export const collections = { docs, site, responsibilities };

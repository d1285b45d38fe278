/**
 * Content collections. Data flows: content root → one parse
 * (`loaders/parse-content-root.ts`) → these typed collections → pages.
 */
import { defineCollection, reference } from 'astro:content';
import path from 'node:path';
import { z } from 'astro/zod';
import { contentRootLoader } from './loaders/content-root-loader.ts';
import { dutyFields } from './duties/duty.ts';
import { docSchema } from './schemas/front-matter.ts';
import { projectRelativePath } from './utils/content-root.ts';
import type { NavNode } from './navigation/build-navigation.ts';

const docs = defineCollection({
  loader: contentRootLoader('docs', async (content, { store, parseData, generateDigest }) => {
    for (const page of content.pages) {
      const filePath = projectRelativePath(page.filePath);
      const data = await parseData({ id: page.id, data: page.data, filePath });
      store.set({
        id: page.id,
        data,
        body: page.body,
        filePath,
        digest: generateDigest(page.body),
        rendered: { html: page.html, metadata: { headings: page.headings } },
      });
    }
  }),
  schema: docSchema,
});

const navNode: z.ZodType<NavNode> = z.lazy(() =>
  z.object({ title: z.string(), id: z.string().optional(), href: z.string().optional(), children: z.array(navNode) }),
);

/** One entry, `site`: what belongs to the whole content root. */
const site = defineCollection({
  loader: contentRootLoader('site', (content, { store }) => {
    const assets = content.assets.map((asset) => ({ path: asset, file: path.join(content.contentDir, asset) }));
    store.set({ id: 'site', data: { navigation: content.navigation, assets } });
  }),
  schema: z.object({
    navigation: z.array(navNode),
    /** Images and other media, by their path in the content root. */
    assets: z.array(z.object({ path: z.string(), file: z.string() })),
  }),
});

/** Every row of every role table, validated as data. */
const duties = defineCollection({
  loader: contentRootLoader('duties', async (content, { store, parseData }) => {
    for (const duty of content.duties) {
      const data = await parseData({ id: duty.id, data: { ...duty } });
      store.set({ id: duty.id, data, rendered: { html: duty.descriptionHtml } });
    }
  }),
  schema: z.object({
    ...dutyFields,
    doc: reference('docs'),
    counterparts: z.array(reference('duties')),
  }),
});

/** Pairs of duties, Microsoft's and the customer's: same-name pairs and those in counterparts.yaml. */
const counterparts = defineCollection({
  loader: contentRootLoader('counterparts', async (content, { store, parseData }) => {
    for (const pair of content.pairs) {
      const id = `${pair.microsoft}~${pair.customer}`;
      store.set({ id, data: await parseData({ id, data: { ...pair } }) });
    }
  }),
  schema: z.object({
    microsoft: reference('duties'),
    customer: reference('duties'),
    reason: z.string(),
    declared: z.boolean(),
  }),
});

export const collections = { docs, site, duties, counterparts };

/**
 * A whole content root, processed in this thread with nothing stored: for
 * tests and the benchmark, which want the loader's results without Astro.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { type ContentSnapshot, snapshotOf } from './content-snapshot.ts';
import type { ContentPlan } from './plan-content.ts';
import { planContent } from './plan-content.ts';
import type { PageStore } from './page-store.ts';
import { pagePipeline, processPage } from './process-page.ts';

export async function parseContentRoot(contentDir: string, base = '/'): Promise<ContentPlan & { snapshot: ContentSnapshot }> {
  const plan = await planContent({
    contentDir,
    base,
    stored: { page: () => undefined, responsibilities: () => ({ duties: [], pairs: [] }) },
    pageStore: memoryPageStore(),
    prune: false,
    digest: (data) => createHash('sha1').update(data).digest('hex'),
    codeVersion: '',
    pool: (site) => {
      const pipeline = pagePipeline(site);
      return {
        processEach: (tasks) => tasks.map((task) => processPage(pipeline, site, task)),
        close: async () => {},
      };
    },
  });
  return { ...plan, snapshot: snapshotOf(plan) };
}

/** Page HTML kept in memory: nothing here outlives the call. */
function memoryPageStore(): PageStore {
  const pages = new Map<string, { page: string; search: string }>();
  return {
    fileFor: (digest) => digest,
    has: (digest) => pages.has(digest),
    read: (digest, part = 'page') => pages.get(digest)?.[part] ?? '',
    write: (digest, html) => void pages.set(digest, html),
    keepOnly: () => {},
    assetDir: path.join(os.tmpdir(), 'roles-docs-assets'),
  };
}

/**
 * Pages processed before Astro asks for them. A cold build spends its first
 * seconds starting Astro and Vite on one core; the page pool can use the
 * others meanwhile. The build script (or the integration, for `astro build`)
 * starts processing every page of the content root at once, when there is no
 * persisted store to reuse; when the docs loader plans the load, it takes the
 * results of the pages it needs, as long as their inputs are still the same.
 * With a store to reuse, it starts one worker, which the plan takes for the
 * pages that changed.
 *
 * The integration and the loaders run in different module graphs (Vite loads
 * the content config on its own), so the processing is handed over through a
 * process-wide registry on globalThis.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createPagePool, PAGES_PER_WORKER, type PagePool } from './page-pool.ts';
import { pageTasks } from './page-tasks.ts';
import type { PageResult, PageTask, SiteFacts } from './process-page.ts';
import { listContentFiles, mayBePage, readContentRoot } from './read-content-root.ts';

export interface EarlyProcessing {
  /** The result for this task, when the same task on the same site was started early. */
  take: (site: SiteFacts, task: PageTask) => Promise<PageResult> | undefined;
  /** A pool started early for this site that suits this many pages, if there is one (closed by `close`). */
  pool: (site: SiteFacts, pages: number) => PagePool | undefined;
  close: () => Promise<void>;
}

const REGISTRY = Symbol.for('roles-docs:early-processing');
type Registry = Map<string, Promise<EarlyProcessing>>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/** `/docs` and `/docs/` are the same base path (Astro may give either). */
const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);
const keyOf = (contentDir: string, base: string) => `${path.resolve(contentDir)}\0${withSlash(base)}`;
const sameSite = (a: SiteFacts, b: SiteFacts) =>
  a.contentDir === b.contentDir && withSlash(a.base) === withSlash(b.base) && a.files.join('\0') === b.files.join('\0');
const sameTask = (a: PageTask, b: PageTask) => a.text === b.text && JSON.stringify(a.declarations) === JSON.stringify(b.declarations);

/**
 * About how many pages the content root has, at once: enough to choose how
 * many workers to start, before the root is read.
 */
function estimatePageCount(contentDir: string): number {
  try {
    return readdirSync(contentDir, { recursive: true }).filter((name) => mayBePage(String(name).split(path.sep).join('/'))).length;
  } catch {
    return 0;
  }
}

/** Nothing to hand over: the plan reads and processes the content itself (and reports what went wrong). */
const NOTHING_EARLY: EarlyProcessing = { take: () => undefined, pool: () => undefined, close: async () => {} };

/** Waits for what the workers are started for; if it cannot be had, closes them and hands nothing over. */
async function orNothing<T>(pending: Promise<T>, pool: PagePool): Promise<T | undefined> {
  try {
    return await pending;
  } catch {
    await pool.close();
    return undefined;
  }
}

async function processEverything(contentDir: string, base: string): Promise<EarlyProcessing> {
  // The workers start before the first await: the build goes on to import
  // Astro, about a second of module loading during which this thread's file
  // reads wait, and the workers load the pipeline meanwhile.
  const pageList = readContentRoot(contentDir).then((root) => pageTasks(root, base));
  const pool = createPagePool(
    pageList.then(({ site }) => site),
    estimatePageCount(contentDir),
  );
  const list = await orNothing(pageList, pool);
  if (!list) return NOTHING_EARLY;
  const { site, tasks } = list;
  const results = pool.processEach(tasks);
  const bySource = new Map(tasks.map((task, i) => [task.sourcePath, { task, result: results[i] }]));
  // A task that fails here is processed again by the plan, which reports it.
  for (const result of results) result.catch(() => {});
  // The plan asks once per page, with the same facts each time: compare them once.
  let matching: SiteFacts | undefined;
  return {
    take: (facts, task) => {
      const early = bySource.get(task.sourcePath);
      if (!early || (facts !== matching && !sameSite(site, facts))) return undefined;
      matching = facts;
      return sameTask(early.task, task) ? early.result : undefined;
    },
    pool: () => undefined,
    close: () => pool.close(),
  };
}

/**
 * With a persisted store, most pages are usually unchanged: one worker starts
 * and loads the pipeline while Astro starts, ready for the few pages that
 * changed (starting it when the plan asks kept the build waiting a second).
 */
async function workerInWaiting(contentDir: string, base: string): Promise<EarlyProcessing> {
  // The worker needs the list of files, not their texts: the plan reads those. It starts before the list is made.
  const facts = listContentFiles(contentDir).then((files): SiteFacts => ({ contentDir, base, files }));
  const pool = createPagePool(facts, 1);
  const site = await orNothing(facts, pool);
  if (!site) return NOTHING_EARLY;
  return {
    take: () => undefined,
    pool: (facts, pages) => (pages <= PAGES_PER_WORKER && sameSite(site, facts) ? { processEach: pool.processEach, close: async () => {} } : undefined),
    close: () => pool.close(),
  };
}

/**
 * Starts processing every page; or, when a persisted content store exists
 * (most pages are then unchanged, and the plan processes only the others),
 * starts a worker for them.
 */
export function startEarlyProcessing(contentDir: string, base: string, storeFile: string): void {
  const key = keyOf(contentDir, base);
  if (registry().has(key)) return;
  registry().set(key, existsSync(storeFile) ? workerInWaiting(contentDir, base) : processEverything(contentDir, base));
}

/** Hands over the early processing of this content root, once. */
export function takeEarlyProcessing(contentDir: string, base: string): Promise<EarlyProcessing> | undefined {
  const key = keyOf(contentDir, base);
  const early = registry().get(key);
  registry().delete(key);
  return early;
}

/** Ends any early processing nobody took (e.g. when the build stopped before loading content). */
export async function closeEarlyProcessing(): Promise<void> {
  const pending = [...registry().values()];
  registry().clear();
  await Promise.all(pending.map(async (early) => (await early).close()));
}

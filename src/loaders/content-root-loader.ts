/**
 * Astro content loaders over one load of the content root (plan-content.ts).
 * Each collection (docs, responsibilities, site) has its own loader and
 * its own persisted store; one plan serves them all. The plan compares each
 * page's digest with the one stored in `docs`, has only the changed pages
 * processed (in worker threads), and takes what it needs of the others from
 * the stores; each loader then writes only what changed. So a page is parsed
 * once per change, however many collections it feeds.
 *
 * In `astro dev`, one watcher on the content root plans again on every change
 * and refills every collection, and each problem is printed once, when it
 * first appears. Errors do not stop `astro dev`: the collections hold what
 * could be read, and the errors themselves (`plan.problems`), which every
 * page shows in a banner until they are fixed. A build stops on errors.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { resolveContentDir } from '../utils/content-root.ts';
import { publishProgress } from '../utils/progress.ts';
import { ContentError, formatDiagnostic, publishDiagnostics } from '../utils/diagnostics.ts';
import { codeVersion } from './code-version.ts';
import { publishSnapshot, snapshotOf } from './content-snapshot.ts';
import { takeEarlyProcessing } from './early-processing.ts';
import { createPagePool, type PagePool } from './page-pool.ts';
import { pageStore } from './page-store.ts';
import { type ContentPlan, planContent, type StoredContent, type StoredDocData } from './plan-content.ts';
import type { SiteFacts } from './process-page.ts';
import { fromStoredResponsibilities, type StoredResponsibilities } from './stored-responsibilities.ts';

export type Fill = (plan: ContentPlan, context: LoaderContext) => Promise<void> | void;
export type CollectionName = 'docs' | 'responsibilities' | 'site';

interface Session {
  contentDir: string;
  base: string;
  /** Each collection's loader context, once its load has started. */
  contexts: Partial<Record<CollectionName, LoaderContext>>;
  /** Resolves when every collection's load has started, so the plan can read every store. */
  allStarted: Promise<void>;
  started: () => void;
  plan: Promise<ContentPlan> | undefined;
  /** Collections filled from the current plan; in a build, the plan is let go once all are. */
  filled: Set<CollectionName>;
  /** Problems already printed (in `astro dev`), so that each is printed once. */
  printed: Set<string>;
  watching: boolean;
  /** Plans made so far: in `astro dev`, only the first removes unused page versions. */
  plans: number;
}

let session: Session | undefined;

/** The session of this round of loads: a new one when the settings change, or when a collection loads again (a new sync). */
function sessionFor(name: CollectionName, context: LoaderContext): Session {
  const contentDir = resolveContentDir();
  const base = context.config.base;
  if (session?.contentDir !== contentDir || session.base !== base || session.contexts[name]) {
    let started = () => {};
    const allStarted = new Promise<void>((resolve) => (started = resolve));
    session = { contentDir, base, contexts: {}, allStarted, started, plan: undefined, filled: new Set(), printed: session?.printed ?? new Set(), watching: false, plans: session?.plans ?? 0 };
  }
  return session;
}

/** What the stores hold now, as the plan reads it. */
function storedContent(contexts: Session['contexts']): StoredContent {
  return {
    page: (id) => {
      const entry = contexts.docs?.store.get(id);
      return entry && { digest: entry.digest === undefined ? undefined : String(entry.digest), data: entry.data as StoredDocData };
    },
    responsibilities: (id) => {
      const data = contexts.responsibilities?.store.get(id)?.data as StoredResponsibilities | undefined;
      return data ? fromStoredResponsibilities(data) : { duties: [], pairs: [] };
    },
  };
}

/**
 * In `astro dev`, one pool serves every edit, so that an edited page is back
 * in well under a second instead of waiting for new threads to load the
 * pipeline; a new one is made only when the set of files changes.
 */
let devPool: { key: string; pool: PagePool } | undefined;

function keptPool(site: SiteFacts, pages: number): PagePool {
  const key = JSON.stringify(site);
  if (devPool?.key !== key) {
    void devPool?.pool.close();
    devPool = { key, pool: createPagePool(site, pages) };
  }
  return { processEach: devPool.pool.processEach, close: async () => {} };
}

/**
 * Where the page versions go: `astro dev` keeps its own, as Astro keeps its
 * dev store apart from a build's. A build run while the dev server serves
 * keeps only the versions it uses; it must not remove the ones the dev
 * server's pages read.
 */
const pageStoreDir = (docs: LoaderContext) => (docs.watcher ? new URL('dev/', docs.config.cacheDir) : docs.config.cacheDir);

async function makePlan(current: Session): Promise<ContentPlan> {
  const started = performance.now();
  const docs = current.contexts.docs!;
  const plan = await planContent({
    contentDir: current.contentDir,
    base: current.base,
    stored: storedContent(current.contexts),
    digest: docs.generateDigest,
    codeVersion: await codeVersion(),
    pool: docs.watcher ? keptPool : createPagePool,
    pageStore: pageStore(pageStoreDir(docs)),
    prune: !docs.watcher || current.plans++ === 0,
    early: takeEarlyProcessing(current.contentDir, current.base),
    onPage: (done, total) => publishProgress({ step: 'pages', done, total }),
  });
  publishDiagnostics(plan.problems);
  if (!plan.hasErrors) publishSnapshot(snapshotOf(plan));
  if (docs.watcher) {
    const changed = plan.pages.filter((p) => p.changed);
    docs.logger.info(`${changed.length} page(s) processed${changed.length > 0 && changed.length <= 3 ? ` (${changed.map((p) => p.sourcePath).join(', ')})` : ''}, ${plan.pages.length - changed.length} unchanged, in ${Math.round(performance.now() - started)} ms`);
    // In `astro dev` the terminal is the report: print what is new since the last plan.
    for (const problem of plan.problems) {
      const text = formatDiagnostic(problem);
      if (current.printed.has(text)) continue;
      current.printed.add(text);
      if (problem.severity === 'error') docs.logger.error(text);
      else docs.logger.warn(text);
    }
  }
  return plan;
}

/**
 * How long the content root must be quiet before a change is planned. The
 * watcher (chokidar, through Vite) drops a file's change events for 50 ms
 * after one it reported, without reporting the last one later: a save that
 * is two events (truncate, then write) could otherwise be planned from the
 * half-written file, with the event of the finished write dropped.
 */
const QUIET_MS = 80;

/**
 * In `astro dev`, a change under the content root plans again and refills
 * every collection. One plan at a time: changes that come while one runs
 * are taken by one more plan after it, so that the last plan to fill the
 * collections is always of the files as they are now, never an older plan
 * finishing late.
 */
function watch(current: Session, fills: Record<CollectionName, Fill>): void {
  const docs = current.contexts.docs;
  if (current.watching || !docs?.watcher) return;
  current.watching = true;
  let running = false;
  let changedSince = false;
  let quiet: NodeJS.Timeout | undefined;
  const refill = async () => {
    do {
      changedSince = false;
      const plan = makePlan(current);
      current.plan = plan;
      const next = await plan;
      for (const name of Object.keys(fills) as CollectionName[]) await fills[name](next, current.contexts[name]!);
    } while (changedSince);
  };
  const planAgain = () => {
    if (running) {
      changedSince = true;
      return;
    }
    running = true;
    refill()
      .catch((error: unknown) => docs.logger.error(error instanceof Error ? error.message : String(error)))
      .finally(() => (running = false));
  };
  docs.watcher.add(current.contentDir);
  docs.watcher.on('all', (_event, changed) => {
    if (changed !== current.contentDir && !changed.startsWith(current.contentDir + path.sep)) return;
    clearTimeout(quiet);
    quiet = setTimeout(planAgain, QUIET_MS);
  });
}

/** One loader per collection, all over the same plan. */
export function contentRootLoaders(fills: Record<CollectionName, Fill>): Record<CollectionName, Loader> {
  const names = Object.keys(fills) as CollectionName[];
  const loader = (name: CollectionName): Loader => ({
    name: `roles-docs:${name}`,
    load: async (context) => {
      const current = sessionFor(name, context);
      current.contexts[name] = context;
      if (names.every((n) => current.contexts[n])) current.started();
      await current.allStarted;
      current.plan ??= makePlan(current);
      watch(current, fills);
      const plan = await current.plan;
      if (plan.hasErrors && !context.watcher) throw new ContentError(plan.problems);
      await fills[name](plan, context);
      current.filled.add(name);
      // A build has no further use for the plan (every page's HTML and data): let it go before Astro renders.
      if (!current.watching && names.every((n) => current.filled.has(n))) current.plan = undefined;
    },
  });
  return Object.fromEntries(names.map((name) => [name, loader(name)])) as Record<CollectionName, Loader>;
}

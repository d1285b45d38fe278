/**
 * Astro content loaders over one load of the content root (plan-content.ts).
 * Each collection (docs, duties, counterparts, site) has its own loader and
 * its own persisted store; one plan serves them all. The plan compares each
 * page's digest with the one stored in `docs`, has only the changed pages
 * processed (in worker threads), and takes what it needs of the others from
 * the stores; each loader then writes only what changed. So a page is parsed
 * once per change, however many collections it feeds.
 *
 * In `astro dev`, one watcher on the content root plans again on every change
 * and refills every collection, and each problem is printed once, when it
 * first appears; a page with errors keeps its last good text meanwhile.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { resolveContentDir } from '../utils/content-root.ts';
import { ContentError, formatDiagnostic, publishDiagnostics } from '../utils/diagnostics.ts';
import { codeVersion } from './code-version.ts';
import { publishSnapshot, snapshotOf } from './content-snapshot.ts';
import { createPagePool } from './page-pool.ts';
import type { Duty } from '../duties/duty.ts';
import { type ContentPlan, planContent, type StoredContent, type StoredDocData } from './plan-content.ts';

export type Fill = (plan: ContentPlan, context: LoaderContext) => Promise<void> | void;
export type CollectionName = 'docs' | 'duties' | 'counterparts' | 'site';

interface Session {
  contentDir: string;
  base: string;
  /** Each collection's loader context, once its load has started. */
  contexts: Partial<Record<CollectionName, LoaderContext>>;
  /** Resolves when every collection's load has started, so the plan can read every store. */
  allStarted: Promise<void>;
  started: () => void;
  plan: Promise<ContentPlan> | undefined;
  /** Problems already printed (in `astro dev`), so that each is printed once. */
  printed: Set<string>;
  watching: boolean;
}

let session: Session | undefined;

/** The session of this round of loads: a new one when the settings change, or when a collection loads again (a new sync). */
function sessionFor(name: CollectionName, context: LoaderContext): Session {
  const contentDir = resolveContentDir();
  const base = context.config.base;
  if (session?.contentDir !== contentDir || session.base !== base || session.contexts[name]) {
    let started = () => {};
    const allStarted = new Promise<void>((resolve) => (started = resolve));
    session = { contentDir, base, contexts: {}, allStarted, started, plan: undefined, printed: session?.printed ?? new Set(), watching: false };
  }
  return session;
}

/** What the stores hold now, as the plan reads it: each store is read once, grouped by page. */
function storedContent(contexts: Session['contexts']): StoredContent {
  const byDoc = <T>(context: LoaderContext | undefined, read: (data: Record<string, unknown>) => T & { doc: string }) => {
    let groups: Map<string, T[]> | undefined;
    return (doc: string): T[] => {
      if (!groups) {
        groups = new Map();
        for (const entry of context?.store.values() ?? []) {
          const item = read(entry.data);
          groups.set(item.doc, [...(groups.get(item.doc) ?? []), item]);
        }
      }
      return groups.get(doc) ?? [];
    };
  };
  const refId = (ref: unknown) => (ref as { id: string }).id;
  return {
    page: (id) => {
      const entry = contexts.docs?.store.get(id);
      return entry && { digest: entry.digest === undefined ? undefined : String(entry.digest), data: entry.data as StoredDocData, html: entry.rendered?.html ?? '' };
    },
    duties: byDoc(contexts.duties, (data) => {
      const { counterparts: _refs, doc, ...duty } = data as Duty & { counterparts: unknown; doc: unknown };
      return { ...duty, doc: refId(doc) } as Duty;
    }),
    pairs: byDoc(contexts.counterparts, (data) => ({
      microsoft: refId(data.microsoft),
      customer: refId(data.customer),
      reason: String(data.reason),
      declared: Boolean(data.declared),
      doc: String(data.doc),
    })),
  };
}

async function makePlan(current: Session): Promise<ContentPlan> {
  const docs = current.contexts.docs!;
  const plan = await planContent({
    contentDir: current.contentDir,
    base: current.base,
    stored: storedContent(current.contexts),
    digest: docs.generateDigest,
    codeVersion: await codeVersion(),
    pool: createPagePool,
  });
  publishDiagnostics(plan.problems);
  if (!plan.hasErrors) publishSnapshot(snapshotOf(plan));
  if (docs.watcher) {
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

/** In `astro dev`, a change under the content root plans again and refills every collection. */
function watch(current: Session, fills: Record<CollectionName, Fill>): void {
  const docs = current.contexts.docs;
  if (current.watching || !docs?.watcher) return;
  current.watching = true;
  docs.watcher.add(current.contentDir);
  docs.watcher.on('all', (_event, changed) => {
    if (!changed.startsWith(current.contentDir)) return;
    const plan = makePlan(current);
    current.plan = plan;
    plan
      .then(async (next) => {
        if (next.hasErrors) return;
        for (const name of Object.keys(fills) as CollectionName[]) await fills[name](next, current.contexts[name]!);
      })
      .catch((error: unknown) => docs.logger.error(error instanceof Error ? error.message : String(error)));
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
      if (plan.hasErrors) throw new ContentError(plan.problems);
      await fills[name](plan, context);
    },
  });
  return Object.fromEntries(names.map((name) => [name, loader(name)])) as Record<CollectionName, Loader>;
}

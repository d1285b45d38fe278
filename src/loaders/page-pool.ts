/**
 * Worker threads that process pages (process-page.ts), one per core, with
 * Tinypool. Workers load the pipeline with Node's own module loader while the
 * main thread goes on with Astro, and pages come back as plain data (HTML,
 * front matter, duties, problems). Pages travel in small batches: a task has a
 * fixed cost (a message each way and a memory reading), a page costs a few ms.
 */
import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import type { PageResult, PageTask, SiteFacts } from './process-page.ts';

/** Below this many pages a second thread costs more to start than it saves. */
const PAGES_PER_EXTRA_THREAD = 40;
const MAX_BATCH = 20;
const WORKER_HEAP_MB = 160;

export interface PagePool {
  /** Starts processing the pages; one promise per task, in the order of the tasks. */
  processEach: (tasks: PageTask[]) => Promise<PageResult>[];
  close: () => Promise<void>;
}

export function createPagePool(site: SiteFacts, pageCount: number): PagePool {
  const threads = Math.max(1, Math.min(availableParallelism(), 1 + Math.floor(pageCount / PAGES_PER_EXTRA_THREAD)));
  const pool = new Tinypool({
    filename: new URL('./page-worker.ts', import.meta.url).href,
    workerData: site,
    minThreads: threads,
    maxThreads: threads,
    // In `astro dev` the pool stays for the next edit; idle threads need not hold memory meanwhile.
    idleTimeout: 60_000,
    // A page needs little memory: a small heap makes each thread collect its garbage
    // early instead of growing to hundreds of MB while the build needs memory elsewhere.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return {
    processEach: (tasks) => {
      // Enough batches to keep every thread busy to the end, none too large.
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(tasks.length / (threads * 4))));
      const results: Promise<PageResult>[] = [];
      for (let i = 0; i < tasks.length; i += size) {
        const batch = pool.run(tasks.slice(i, i + size)) as Promise<PageResult[]>;
        for (let j = 0; j < Math.min(size, tasks.length - i); j++) results.push(batch.then((processed) => processed[j]));
      }
      return results;
    },
    close: () => pool.destroy(),
  };
}

/**
 * Worker threads that process pages (process-page.ts), one per core, with
 * Tinypool. Workers load the pipeline with Node's own module loader, so they
 * are ready while the main thread is still starting Astro; pages then
 * come back as plain data (HTML, front matter, duties, problems).
 */
import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import type { PageResult, PageTask, SiteFacts } from './process-page.ts';

/** Below this many pages a second thread costs more to start than it saves. */
const PAGES_PER_EXTRA_THREAD = 40;

export interface PagePool {
  process: (task: PageTask) => Promise<PageResult>;
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
  });
  return {
    process: (task) => pool.run(task) as Promise<PageResult>,
    close: () => pool.destroy(),
  };
}

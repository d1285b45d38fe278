/**
 * Worker processes that process pages (process-page.ts), one per core, with
 * Tinypool. Workers load the pipeline with Node's own module loader while the
 * main process goes on with Astro, and pages come back as plain data (HTML,
 * front matter, duties, problems). Pages travel in small batches: a task has a
 * fixed cost (a message each way and a memory reading), a page costs a few ms.
 *
 * Processes rather than threads: memory a thread used is kept by the process
 * after the thread ends, and a build's heaviest moment (bundling and
 * rendering) comes after the pages are processed. A child process gives its
 * memory back when it exits: at 1,000 pages the build's peak is about 200 MB
 * lower.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { Tinypool } from 'tinypool';
import type { PageResult, PageTask, SiteFacts } from './process-page.ts';
import { unreadablePage } from './unreadable-page.ts';

/** Up to this many pages, a second worker costs more to start than it saves. */
export const PAGES_PER_WORKER = 40;
const MAX_BATCH = 20;
/**
 * A page needs little memory: a small old generation makes each worker
 * collect its garbage early instead of growing to hundreds of MB, and a
 * roomy young one lets the parser's short-lived objects die young (fewer of
 * them are copied into the old generation).
 */
const WORKER_HEAP = ['--max-old-space-size=160', '--max-semi-space-size=16'];
/**
 * A page far bigger than most (megabytes of text) needs more than that: it
 * goes alone to a worker with the heap Node would give it by default. So does
 * each page of a batch that stopped its worker anyway (out of memory, most
 * likely; the worker's last words then reach the console).
 */
const ROOMY_HEAP = ['--max-semi-space-size=16'];
const BIG_PAGE_CHARS = 1_000_000;

/** Names the file that holds the build's facts (a process has no workerData, and an environment variable is too small for every file's path). */
export const SITE_FACTS_VARIABLE = 'ROLES_DOCS_SITE_FACTS';

export interface PagePool {
  /** Starts processing the pages; one promise per task, in the order of the tasks. */
  processEach: (tasks: PageTask[]) => Promise<PageResult>[];
  close: () => Promise<void>;
}

function startPool(factsFile: string, workers: number, heap: string[]): Tinypool {
  return new Tinypool({
    filename: new URL('./page-worker.ts', import.meta.url).href,
    runtime: 'child_process',
    // Structured clone, as between threads: dates stay dates.
    serialization: 'advanced',
    env: { ...(process.env as Record<string, string>), [SITE_FACTS_VARIABLE]: factsFile },
    execArgv: [...process.execArgv, ...heap],
    minThreads: workers,
    maxThreads: workers,
    // In `astro dev` the pool stays for the next edit; idle workers need not hold memory meanwhile.
    idleTimeout: 60_000,
  });
}

/**
 * Starts the workers for about `pageCount` pages. The build's facts may still
 * be on their way: the workers load the pipeline meanwhile (most of their
 * start), and read the facts with their first pages, which wait for them.
 */
export function createPagePool(facts: SiteFacts | Promise<SiteFacts>, pageCount: number): PagePool {
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(pageCount / PAGES_PER_WORKER)));
  const factsDir = mkdtempSync(path.join(tmpdir(), 'roles-docs-pool-'));
  const factsFile = path.join(factsDir, 'site.json');
  const site = Promise.resolve(facts).then((known) => {
    writeFileSync(factsFile, JSON.stringify(known));
    return known;
  });
  // Facts that never come (the content could not be read) fail the pages that wait for them, and nothing else.
  site.catch(() => {});
  const pool = startPool(factsFile, workers, WORKER_HEAP);
  let roomyPool: Tinypool | undefined;
  let closed = false;

  /** A page alone in a roomy worker; if even that stops, the page is reported as unreadable. */
  const processAlone = async (task: PageTask): Promise<PageResult> => {
    await site;
    // Closing the pool stops the batches it is running; nobody waits for their pages any more.
    if (closed) throw new Error('the page pool is closed');
    roomyPool ??= startPool(factsFile, 1, ROOMY_HEAP);
    try {
      const [result] = (await roomyPool.run([task])) as PageResult[];
      return result;
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      return unreadablePage(await site, task, `processing this page stopped its worker (${cause}): it is probably too big to process`, 'split the page into smaller pages, or move its largest parts into pages of their own');
    }
  };

  return {
    processEach: (tasks) => {
      // Enough batches to keep every worker busy to the end, none too large.
      const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(tasks.length / (workers * 4))));
      const results = new Array<Promise<PageResult>>(tasks.length);
      const ordinary: { task: PageTask; slot: number }[] = [];
      tasks.forEach((task, slot) => {
        if (task.text.length > BIG_PAGE_CHARS) results[slot] = processAlone(task);
        else ordinary.push({ task, slot });
      });
      for (let i = 0; i < ordinary.length; i += size) {
        const batch = ordinary.slice(i, i + size);
        const batchTasks = batch.map(({ task }) => task);
        const processed = site.then(() => pool.run(batchTasks) as Promise<PageResult[]>).catch(() => Promise.all(batchTasks.map(processAlone)));
        batch.forEach(({ slot }, j) => (results[slot] = processed.then((pages) => pages[j])));
      }
      return results;
    },
    close: async () => {
      closed = true;
      await Promise.all([pool.destroy(), roomyPool?.destroy()]);
      rmSync(factsDir, { recursive: true, force: true });
    },
  };
}

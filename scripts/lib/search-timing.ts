/**
 * Times a search in Chromium the way a reader meets it: open a page, press
 * `/`, type a query, and wait for the first result on screen. Times are taken
 * inside the page, so the test driver's own delays do not count. "Cold" is a
 * fresh browser profile (nothing cached); "warm" is a second page in the same
 * browser. Also: the time from one more keystroke, with search open, to the
 * new results, the bytes of search files the first query loaded, and the
 * requests that left the site (another origin, or for a page opened from
 * disk anything but a file). Each figure is the median of several runs.
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { launchChromium as launchBrowser } from './chromium.ts';

export interface SearchTiming {
  /** From pressing `/` to the first result (loading the search code and the index included). */
  keyToResultMs: number;
  /** From the query's last key to the first result: what the reader waits once they have typed. */
  lastKeyToResultMs: number;
  /** With results shown, from one more key to the new results. */
  nextKeyMs: number;
  /** Bytes of search files (under `pagefind/`) loaded up to the first result. */
  bytesLoaded: number;
  /** Requests that left the site, from opening the page to the first result. */
  requestsElsewhere: number;
}

/** Whether a request stays with the page's site: its origin, or files and inline data for a page opened from disk. */
const staysOnSite = (pageUrl: URL, request: URL) => (pageUrl.protocol === 'file:' ? ['file:', 'data:', 'blob:'].includes(request.protocol) : request.origin === pageUrl.origin || ['data:', 'blob:'].includes(request.protocol));

const RESULT = '.search-dialog .search-result';

async function timeOnce(context: BrowserContext, url: string, query: string, fileOf: (url: string) => string | undefined): Promise<SearchTiming> {
  const page = await context.newPage();
  const loaded = new Set<string>();
  let requestsElsewhere = 0;
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) loaded.add(request.url());
    if (!staysOnSite(new URL(url), new URL(request.url()))) requestsElsewhere++;
  });
  await page.goto(url);
  await page.evaluate((selector) => {
    const w = window as unknown as { firstResultAt?: number; keyAt?: number; lastKeyAt?: number };
    document.addEventListener(
      'keydown',
      () => {
        w.keyAt ??= performance.now();
        if (w.firstResultAt === undefined) w.lastKeyAt = performance.now();
      },
      { capture: true },
    );
    new MutationObserver((_, observer) => {
      if (document.querySelector(selector)) {
        w.firstResultAt = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  }, RESULT);
  // Playwright compiles its injected script in the page the first time waitForFunction needs
  // it: about 50 ms of the page's main thread here. Before the clock starts, not during it.
  await page.waitForFunction(() => true);
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  await page.waitForFunction(() => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined);
  const first = await page.evaluate(() => {
    const w = window as unknown as { firstResultAt: number; keyAt: number; lastKeyAt: number };
    // A result shown before the last key (for the first letters) counts from then: max(0, …).
    return { keyToResultMs: w.firstResultAt - w.keyAt, lastKeyToResultMs: Math.max(0, w.firstResultAt - w.lastKeyAt) };
  });
  const bytes = await Promise.all([...loaded].map(async (u) => (fileOf(u) ? (await stat(fileOf(u)!)).size : 0)));
  // One more key (a space, so the words stay the same): time to the list being replaced.
  const nextKeyMs = await page.evaluate(async (selector) => {
    const list = document.querySelector('.search-dialog .search-results')!;
    const input = document.querySelector<HTMLInputElement>('.search-dialog input[type=search]')!;
    const start = performance.now();
    const changed = new Promise<number>((resolve) => {
      new MutationObserver((_, observer) => {
        if (list.querySelector(selector.replace('.search-dialog ', ''))) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      }).observe(list, { childList: true });
    });
    input.value += ' ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return changed;
  }, RESULT);
  await page.close();
  return { ...first, nextKeyMs, bytesLoaded: bytes.reduce((a, b) => a + b, 0), requestsElsewhere };
}

/** Each figure's median over the runs (one run's figures vary by ±50% on a busy 2-core machine); requests elsewhere, the most of any run. */
function medians(runs: SearchTiming[]): SearchTiming {
  const median = (key: keyof SearchTiming) => runs.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return {
    keyToResultMs: median('keyToResultMs'),
    lastKeyToResultMs: median('lastKeyToResultMs'),
    nextKeyMs: median('nextKeyMs'),
    bytesLoaded: median('bytesLoaded'),
    requestsElsewhere: Math.max(...runs.map((run) => run.requestsElsewhere)),
  };
}

/**
 * Medians of `runs` runs, each in a new browser: cold, then warm. `fileOf`
 * maps a requested URL to the file it reads, to count its bytes.
 */
export async function timeFirstResult(url: string, query: string, fileOf: (url: string) => string | undefined, runs = 5): Promise<{ cold: SearchTiming; warm: SearchTiming }> {
  const cold: SearchTiming[] = [];
  const warm: SearchTiming[] = [];
  for (let run = 0; run < runs; run++) {
    const browser = await launchBrowser();
    try {
      cold.push(await timeOnce(browser.context, url, query, fileOf));
      warm.push(await timeOnce(browser.context, url, query, fileOf));
    } finally {
      await browser.close();
    }
  }
  return { cold: medians(cold), warm: medians(warm) };
}

/** For the offline bundle: a file:// URL is its own file. */
export const fileUrlFile = (url: string) => (url.startsWith('file:') ? fileURLToPath(url.split(/[?#]/)[0]) : undefined);

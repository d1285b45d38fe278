/**
 * `npm run dev` on a content root of many pages, as a writer uses it: an
 * edited page is processed alone (the others are taken from the store), its
 * new text is served, each warning is printed once, not again on every
 * edit, search finds the edited text, and a build run beside it leaves it
 * serving.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, errorBanner, startDevServer, waitFor } from '../scripts/lib/dev-server.ts';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic-corpus.ts';
import { runBuild } from './helpers/build.ts';
import { launchBrowser } from './helpers/browser.ts';
import { SEED_CONTENT } from './helpers/paths.ts';
import { DIALOG, waitForResults } from './helpers/search.ts';
import { writeTempFiles } from './helpers/temp-files.ts';

const PAGES = 200;
/** A change not served after this long is a failure (a loaded CI machine is slow; the figures are in `npm run bench`). */
const GIVE_UP_MS = 30_000;

describe(`npm run dev on ${PAGES} pages`, () => {
  let server: DevServer;
  let url = '';
  let contentDir = '';
  const page = 'section-000/service-0001.md';
  const output = () => server.output();

  beforeAll(async () => {
    contentDir = await writeTempFiles({}, 'roles-docs-dev-');
    await writeSyntheticCorpus(contentDir, PAGES);
    // One warning to count: a placeholder.
    const file = path.join(contentDir, page);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^(Customer [^|]+\| )/m, '$1TBD. '));
    // Its own output folder's settings, which the build beside it shares in the last test.
    server = await startDevServer(contentDir, '/section-000/service-0001/', { OUT_DIR: `${contentDir}-dist` });
    url = `${server.origin}/section-000/service-0001/`;
  });

  afterAll(() => server?.stop());

  it('processes only the edited page, serves the edit, and prints each warning once', async () => {
    const file = path.join(contentDir, page);
    const original = await readFile(file, 'utf8');
    for (const word of ['Zanzibar', 'Quixotic']) {
      const before = output().length;
      await writeFile(file, original.replace('<!-- generated for the benchmark -->', word));
      // How soon is for `npm run bench` to say; a test only gives up, at GIVE_UP_MS.
      await waitFor(async () => ((await (await fetch(url, { signal: AbortSignal.timeout(10_000) })).text()).includes(word) ? true : undefined), GIVE_UP_MS).catch((error: Error) => {
        throw new Error(`${error.message}; the dev server said:\n${output().slice(before)}`);
      });
      expect(output().slice(before)).toMatch(/1 page\(s\) processed \(section-000\/service-0001\.md\), 199 unchanged/);
    }
    expect(output().match(/warning \[duties\/placeholder\]/g)).toHaveLength(1);
  });

  it('searches the content being edited, with no console errors', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      // The dev server reloads the page once its store is saved: a try that a reload cut short is tried again.
      page.setDefaultTimeout(5_000);
      // The last edit above put "Quixotic" in the page; the index follows the edits.
      await waitFor(async () => {
        await page.goto(url);
        await page.keyboard.press('/');
        await page.keyboard.type('Quixotic');
        const results = await waitForResults(page, 'Quixotic', DIALOG).catch(() => []);
        return results.some((r) => r.href.startsWith('/section-000/service-0001/')) ? true : undefined;
      }, 60_000, 500);
      expect(errors.filter((e) => !/net::ERR_ABORTED/.test(e))).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('shows a content error in the browser, in view wherever the reader has scrolled, with file, line, rule and fix, until it is fixed', async () => {
    const file = path.join(contentDir, page);
    const original = await readFile(file, 'utf8');
    // Empty the description of the first role table row.
    const broken = original.replace(/^(Role or responsibility \| Description\n-+ \| -+\n[^|\n]+\|)[^\n]*/m, '$1 ');
    expect(broken).not.toBe(original);
    const banner = () => errorBanner(url);
    await writeFile(file, broken);
    const html = await waitFor(banner, GIVE_UP_MS);
    expect(html).toMatch(/section-000\/service-0001\.md:\d+:\d+<\/code> \[duties\/empty-description\]/);
    expect(html).toMatch(/Fix: /);
    // At 1280 px, scrolled down as a writer who was reading the page, the banner is in view.
    const browser = await launchBrowser();
    try {
      const tab = await browser.context.newPage();
      await tab.setViewportSize({ width: 1280, height: 800 });
      // The dev server may still reload the page once its store is saved: a try that a reload cut short is tried again.
      const placesInView = await waitFor(async () => {
        await tab.goto(url);
        const places: boolean[] = [];
        for (const y of [600, 100_000]) {
          await tab.evaluate((top) => window.scrollTo(0, top), y);
          const box = await tab.locator('.content-errors').boundingBox({ timeout: 2_000 });
          places.push(box !== null && box.y >= 0 && box.y + box.height <= 800);
        }
        return places;
      }, GIVE_UP_MS, 250);
      expect(placesInView).toEqual([true, true]);
    } finally {
      await browser.close();
    }
    const before = output().length;
    await writeFile(file, original);
    await waitFor(async () => ((await banner()) === undefined ? true : undefined), GIVE_UP_MS).catch((error: Error) => {
      throw new Error(`${error.message}; the dev server said:\n${output().slice(before)}`);
    });
  });

  it('goes on serving its pages while `npm run build` of other content runs with the same settings', async () => {
    // The build keeps only the page versions it uses; the dev server's are kept apart from them.
    const built = await runBuild({ CONTENT_DIR: SEED_CONTENT, OUT_DIR: `${contentDir}-dist` });
    expect(built.code, built.output).toBe(0);
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Quixotic');
    expect(output()).not.toMatch(/ENOENT/);
  });
});

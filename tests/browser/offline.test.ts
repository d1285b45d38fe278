/**
 * The offline bundle as a customer gets it: the zip, unzipped to a temp
 * folder and opened by file:// URL in Chromium, with every request that is
 * not file:, data: or blob: recorded and refused.
 */
import { unzipSync } from 'fflate';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { BUNDLED_SITES } from '../helpers/paths.ts';
import { writeTempFiles } from '../helpers/temp-files.ts';
import { customerFilterResults, DIALOG, SEARCH_PAGE, searchFromDialog, waitForResults } from '../helpers/search.ts';

let browser: TestBrowser;
/** The temporary folders the bundles are unzipped to. */
const unzipped: string[] = [];
/** The index.html of each unzipped bundle. */
const homes: Record<string, string> = {};
/** Requests that would have left the disk. */
const leaked: string[] = [];
const LOCAL = /^(?:file|data|blob):/;

async function unzipBundle(name: keyof typeof BUNDLED_SITES): Promise<string> {
  const folder = path.dirname(BUNDLED_SITES[name].outDir);
  const zipName = (await readdir(folder)).find((f) => f.endsWith('.zip'));
  if (!zipName) throw new Error(`No zip in ${folder}`);
  const entries = Object.entries(unzipSync(await readFile(path.join(folder, zipName)))).filter(([entry]) => !entry.endsWith('/'));
  const target = await writeTempFiles(Object.fromEntries(entries), 'roles-docs-offline-');
  unzipped.push(target);
  // The zip holds one folder named like the zip.
  return path.join(target, zipName.replace(/\.zip$/, ''), 'index.html');
}

beforeAll(async () => {
  homes.seed = await unzipBundle('seed');
  homes.mmd = await unzipBundle('mmd');
  browser = await launchBrowser();
  await browser.context.route(
    (url) => !LOCAL.test(url.href),
    (route) => {
      leaked.push(route.request().url());
      return route.abort();
    },
  );
  browser.context.on('request', (request) => {
    if (!LOCAL.test(request.url())) leaked.push(request.url());
  });
});

afterAll(async () => {
  await browser?.close();
  for (const folder of unzipped) await rm(folder, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

const bundleFolder = (site: string) => path.dirname(homes[site]);

describe('the zip', () => {
  it('is named for the site and the day, and holds one folder of that name', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(path.basename(bundleFolder('seed'))).toBe(`roles-and-responsibilities-offline-${today}`);
    expect(path.basename(bundleFolder('mmd'))).toBe(`microsoft-managed-desktop-offline-${today}`);
  });
});

interface PageFacts {
  links: string[];
  ids: string[];
  moduleScripts: number;
}

/** Opens every page reachable from index.html and checks each link, stylesheet, script and image. */
async function crawl(site: string) {
  const root = bundleFolder(site);
  const facts = new Map<string, PageFacts>();
  const queue = [pathToFileURL(homes[site]).href];
  const page = await browser.context.newPage();
  const problems: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (facts.has(url)) continue;
    await page.goto(url);
    const found: PageFacts = await page.evaluate(() => ({
      links: [
        ...[...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((e) => e.href),
        ...[...document.querySelectorAll<HTMLScriptElement | HTMLImageElement>('script[src], img[src]')].map((e) => e.src),
      ],
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      moduleScripts: document.querySelectorAll('script[type="module"]').length,
    }));
    facts.set(url, found);
    if (found.moduleScripts > 0) problems.push(`${url}: has a module script`);
    for (const link of found.links) {
      if (!link.startsWith('file:')) continue;
      const target = new URL(link);
      const file = fileURLToPath(target);
      if (!file.startsWith(root)) {
        problems.push(`${url}: ${link} leaves the bundle`);
        continue;
      }
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        problems.push(`${url}: ${link} is ${info ? 'a folder' : 'missing'}`);
        continue;
      }
      target.hash = '';
      target.search = '';
      if (file.endsWith('.html')) queue.push(target.href);
    }
  }
  // Anchors: every #fragment names an element of the page it points at.
  for (const [url, found] of facts) {
    for (const link of found.links) {
      const target = new URL(link);
      if (!target.protocol.startsWith('file') || !target.hash) continue;
      const id = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      target.search = '';
      if (!facts.get(target.href)?.ids.includes(id)) problems.push(`${url}: ${link} names no element`);
    }
  }
  await page.close();
  return { pages: facts.size, links: [...facts.values()].reduce((n, f) => n + f.links.length, 0), problems };
}

describe.each(['seed', 'mmd'])('the %s bundle, opened from disk', (site) => {
  it('has every link of every page lead to an existing file, anchors included, with nothing from the network', async () => {
    const { pages, links, problems } = await crawl(site);
    expect(problems).toEqual([]);
    // Home, articles, contents, search, the matrix and its pages, 404.
    expect(pages).toBeGreaterThan(site === 'seed' ? 4 : 28);
    expect(links).toBeGreaterThan(pages * 5);
    expect(leaked).toEqual([]);
  });

  it('searches from file://: the owner filter works, and the search page takes ?q=', async () => {
    const page = await open(pathToFileURL(homes[site]).href);
    const { before, after } = await customerFilterResults(page);
    expect(before.map((r) => r.owner)).toContain('Microsoft');
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => r.owner === 'Customer')).toBe(true);
    await page.close();

    const searchPage = await open(`${pathToFileURL(path.join(bundleFolder(site), 'search/index.html')).href}?q=VPN`);
    expect((await waitForResults(searchPage, 'VPN', SEARCH_PAGE)).length).toBeGreaterThan(0);
    await searchPage.close();
    expect(leaked).toEqual([]);
  });
});

describe('searching the seed bundle from disk', () => {
  it('finds "drop-ship" in Microsoft\'s Device procurement, and the result opens that duty\'s row', async () => {
    const page = await open(pathToFileURL(path.join(bundleFolder('seed'), 'roles-and-responsibilities/index.html')).href);
    const [first] = await searchFromDialog(page, 'drop-ship');
    expect(first).toMatchObject({ title: 'Device procurement', owner: 'Microsoft' });
    // The page's own file, relative to itself.
    expect(first.href).toBe('./index.html#duty-microsoft-device-procurement');
    await page.locator(`${DIALOG} .search-result-link`).first().click();
    await page.waitForURL(/#duty-microsoft-device-procurement$/);
    await expect(page.locator(':target').innerText()).resolves.toContain('Device procurement');
    expect(leaked).toEqual([]);
    await page.close();
  });

  it('keeps every key typed while the search code loads: 20 of 20 runs', async () => {
    for (let run = 0; run < 20; run++) {
      const page = await open(pathToFileURL(homes.seed).href);
      await searchFromDialog(page, 'drop-ship');
      await expect(page.locator(`${DIALOG} input[type=search]`).inputValue()).resolves.toBe('drop-ship');
      await page.close();
    }
    expect(leaked).toEqual([]);
  });

  it('loads the index only when search is first used, and then only the chunks the query needs', async () => {
    const page = await browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(pathToFileURL(homes.seed).href);
    await page.waitForLoadState('load');
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await searchFromDialog(page, 'printers');
    expect(requested.some((u) => u.endsWith('/pagefind/offline-search.js'))).toBe(true);
    const chunks = requested.filter((u) => u.includes('/pagefind/offline/'));
    expect(chunks.some((u) => /\/offline\/index\/.+\.pf_index\.js$/.test(u))).toBe(true);
    const allChunks = (await readdir(path.join(bundleFolder('seed'), 'pagefind/offline'), { recursive: true })).filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeLessThan(allChunks.length);
    await page.close();
  });
});

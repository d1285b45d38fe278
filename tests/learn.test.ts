/**
 * A current Microsoft Learn docs set, byte for byte (../shared/corpus/
 * azure-cli-2026: includes, tabs, [!div], :::image, :::code, zone pivots,
 * toc.yml, an index.yml landing page) builds with no error, leaves no
 * extension syntax in any page, and warns only about what leaves the set.
 * Its tabs work with the keyboard, and without JavaScript every panel shows.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, disableJavaScript, launchBrowser, type TestBrowser } from './helpers/browser.ts';
import { runBuild, type BuildResult } from './helpers/build.ts';
import { htmlFiles } from './helpers/html.ts';
import { PROJECT_ROOT } from './helpers/paths.ts';
import { serve, type StaticServer } from '../scripts/lib/static-server.ts';
import { writeTempFiles } from './helpers/temp-files.ts';

const CORPUS = path.join(PROJECT_ROOT, '../shared/corpus/azure-cli-2026');
const TABS_PAGE = '/get-started-tutorial-2-environment-syntax/';

let build: BuildResult;
let outDir = '';
let report = '';
let browser: TestBrowser | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  outDir = path.join(await writeTempFiles({}, 'roles-docs-learn-'), 'dist');
  build = await runBuild({ CONTENT_DIR: CORPUS, OUT_DIR: outDir });
  report = await readFile(`${outDir}-report.txt`, 'utf8');
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the azure-cli-2026 docs set', () => {
  it('builds with no error', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toMatch(/^0 content error\(s\)/m);
  });

  it('leaves no :::, [!INCLUDE, [!div, #tab/ or :heavy_check_mark: in any page', async () => {
    const pages = await htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(70);
    for (const file of pages) {
      const html = await readFile(file, 'utf8');
      for (const left of [':::', '[!INCLUDE', '[!div', '#tab/', ':heavy_check_mark:']) expect(html.includes(left), `${left} in ${file}`).toBe(false);
    }
  });

  it('warns only about what leaves the set, each where it is written', () => {
    const warnings = [...report.matchAll(/^(\S+):(\d+):(\d+) warning \[([\w/-]+)\] (.*)$/gm)].map(([, file, , , rule, message]) => ({ file, rule, message }));
    const byRule = Object.groupBy(warnings, (w) => w.rule);
    expect(Object.keys(byRule).sort()).toEqual(['html/removed', 'includes/outside-docset', 'learn/code-outside-docset', 'links/missing-target', 'links/outside-docset', 'toc/outside-docset']);
    // Shared includes and code samples from the docset root (~/), in other repositories.
    for (const w of [...byRule['includes/outside-docset']!, ...byRule['learn/code-outside-docset']!]) expect(w.message).toMatch(/ ~\//);
    // Links to the generated reference pages, or up out of the set.
    for (const w of byRule['links/missing-target']!) expect(w.message).toMatch(/docs-ref-autogen|"\.\.\//);
    // Links in the pages from the docset root to other Learn docsets and the reference pages (/azure/…, /cli/azure/…).
    for (const w of byRule['links/outside-docset']!) expect(w.message).toMatch(/^"(\/|~\/)[a-z]/);
    // Links a browser would not follow from a web page (edge://net-internals…): left out, and said.
    for (const w of byRule['html/removed']!) expect(w.message).toMatch(/^the address "(?!https?:|mailto:|javascript:)[a-z-]+:[^"]*" of <a> is removed/);
    // TOC entries that point at other Learn docsets (/azure/…).
    for (const w of byRule['toc/outside-docset']!) expect(w.message).toMatch(/links to \/[a-z]/);
  });

  it('leads every site link of every page to a page or file of the site, and docset-root links to Learn', async () => {
    let learnLinks = 0;
    for (const file of await htmlFiles(outDir)) {
      const html = await readFile(file, 'utf8');
      learnLinks += html.split('href="https://learn.microsoft.com/').length - 1;
      for (const [, href] of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)/g)) {
        const target = path.join(outDir, decodeURIComponent(href));
        expect(existsSync(href.endsWith('/') ? path.join(target, 'index.html') : target), `${href} in ${path.relative(outDir, file)}`).toBe(true);
      }
    }
    expect(learnLinks).toBeGreaterThan(1000);
  });

  it('renders the index.yml landing page, listed first in the navigation', async () => {
    const home = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('Azure Command-Line Interface (CLI) documentation');
    expect(home).toMatch(/<h2 id="installation">Installation/);
    expect(home).toMatch(/href="\/install-azure-cli-windows\/"/);
  });

  it('has tabs that work with the keyboard, pass axe, and show every panel without JavaScript', async () => {
    server = await serve(outDir);
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(`${server.url}${TABS_PAGE}`);
    const sets = page.locator('[data-tab-set]');
    expect(await sets.count()).toBeGreaterThan(1);
    const firstTabs = sets.nth(0).locator('[role=tab]');
    await firstTabs.nth(0).focus();
    await page.keyboard.press('ArrowRight');
    await expect(firstTabs.nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('tab');
    // The other set follows the choice.
    await expect(sets.nth(1).locator('[role=tab]').nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(sets.nth(1).locator('[role=tabpanel]:visible').count()).resolves.toBe(1);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.close();

    const plain = await browser.context.newPage();
    await disableJavaScript(plain);
    await plain.goto(`${server.url}${TABS_PAGE}`);
    const panels = plain.locator('[data-tab-set] .tab-panel');
    expect(await panels.count()).toBeGreaterThan(2);
    for (let i = 0; i < (await panels.count()); i++) await expect(panels.nth(i).locator('.tab-title').isVisible()).resolves.toBe(true);
    await plain.close();
  });
});

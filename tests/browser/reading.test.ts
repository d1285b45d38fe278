/**
 * Opens the built seed and corpus sites in Chromium, as a reader would:
 * what the page shows, at phone and desktop widths, light and dark, and
 * axe-core's accessibility check. Screenshots go to test-results/screenshots.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, disableJavaScript } from '../helpers/browser.ts';
import { htmlFiles, servedPath } from '../helpers/html.ts';
import { BUILT_SITES, SCREENSHOTS } from '../helpers/paths.ts';
import { type SiteName, useServedSites } from '../helpers/served-sites.ts';

const sites = useServedSites();
const { open } = sites;

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
});

describe('the seed page', () => {
  const url = '/roles-and-responsibilities/';

  it('shows the title, the date and both role tables with all their rows', async () => {
    const page = await open('seed', url);
    await expect(page.locator('h1').innerText()).resolves.toBe('Microsoft 365 Managed Desktop roles and responsibilities');
    await expect(page.locator('.updated').innerText()).resolves.toContain('June 6, 2018');
    await expect(page.locator('.prose table').count()).resolves.toBe(2);
    await expect(page.locator('.prose table').nth(0).locator('tbody tr').count()).resolves.toBe(8);
    await expect(page.locator('.prose table').nth(1).locator('tbody tr').count()).resolves.toBe(11);
    const apps = page.locator('.prose table').nth(1).locator('tbody tr').last();
    await expect(apps.locator('li').count()).resolves.toBe(5);
    await page.close();
  });

  it('works with JavaScript turned off', async () => {
    const page = await sites.browser.context.newPage();
    await disableJavaScript(page);
    await page.goto(sites.url('seed') + url);
    await expect(page.locator('.prose table').count()).resolves.toBe(2);
    await page.close();
  });

  it('fits a 360 px phone: the page does not scroll sideways, wide tables scroll inside their box', async () => {
    const page = await open('seed', url, 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('makes a table box a tab stop only when it scrolls, and keeps breadcrumb separators at the end of a line', async () => {
    const wide = await open('seed', url, 1280);
    expect(await wide.locator('.table-scroll').count()).toBeGreaterThan(0);
    await expect(wide.locator('.table-scroll[tabindex]').count()).resolves.toBe(0);
    await wide.close();
    // mmd-2018's check-mark table is wider than a phone.
    const phone = await open('mmd', '/get-started/apps/', 375);
    await expect(phone.locator('.table-scroll[tabindex="0"]').count()).resolves.toBeGreaterThan(0);
    const separators = await phone.locator('.breadcrumbs li').evaluateAll((items) => items.map((li) => getComputedStyle(li, '::after').content));
    expect(separators.slice(0, -1).every((c) => c.includes('›'))).toBe(true);
    expect(separators.at(-1)).toBe('none');
    await phone.close();
  });

  it('follows the system colour scheme', async () => {
    const light = await open('seed', url, 1280, 'light');
    const dark = await open('seed', url, 1280, 'dark');
    const background = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background(light)).not.toBe(await background(dark));
    await light.close();
    await dark.close();
  });

  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe-core at ${width} px, ${scheme}, and is saved as a screenshot`, async () => {
        const page = await open('seed', url, width, scheme);
        await page.screenshot({ path: path.join(SCREENSHOTS, `seed-${width}-${scheme}.png`), fullPage: true });
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('has a print stylesheet that hides the navigation', async () => {
    const page = await open('seed', url);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#site-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.prose table').first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('the page layout', () => {
  const article = '/get-started/apps/';

  it('on a phone: a compact header, a full-width search box and a Menu at the top that opens over the page and closes with Esc', async () => {
    const page = await open('mmd', article, 375);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(100);
    const search = await page.locator('.search-trigger').boundingBox();
    expect(search!.width).toBeGreaterThan(375 * 0.5);
    const nav = page.locator('#site-nav');
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.locator('.site-menu > summary').click();
    await expect(nav.isVisible()).resolves.toBe(true);
    const box = await nav.boundingBox();
    expect(box!.y).toBeLessThanOrEqual(header!.y + header!.height + 1);
    await expect(nav.locator('a[aria-current="page"]').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(nav.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
    await page.close();
  });

  it('on a wide screen: the header stays at the top, the navigation beside the article, and "On this page" in a rail that follows', async () => {
    const page = await open('mmd', article, 1280);
    await expect(page.locator('.site-menu > summary').isVisible()).resolves.toBe(false);
    await page.evaluate(() => window.scrollTo(0, 2500));
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.y).toBe(0);
    const nav = await page.locator('#site-nav').boundingBox();
    const prose = await page.locator('.prose').boundingBox();
    const rail = await page.locator('.on-this-page').boundingBox();
    expect(nav!.x + nav!.width).toBeLessThanOrEqual(prose!.x);
    expect(rail!.x).toBeGreaterThanOrEqual(prose!.x + prose!.width);
    // Still in view after the scroll, under the header.
    expect(rail!.y).toBeGreaterThanOrEqual(header!.height);
    expect(rail!.y).toBeLessThan(400);
    await page.close();
  });

  it('keeps the site title, the search box and the site links apart in the header of a page without navigation, at every width', async () => {
    for (const width of [375, 900, 1280]) {
      const page = await open('mmd', '/matrix/get-started-with-microsoft-managed-desktop/', width);
      const [title, search, links] = await Promise.all(['.site-title', '.search-trigger', '.header-links'].map((s) => page.locator(s).boundingBox()));
      const overlap = (a: typeof title, b: typeof title) => a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
      expect(title!.width, `${width} px`).toBeGreaterThan(50);
      expect([overlap(title, search), overlap(search, links), overlap(title, links)], `${width} px`).toEqual([false, false, false]);
      await page.close();
    }
  });

  it('shows the navigation beside the article on a wide screen and the Menu on a phone without JavaScript', async () => {
    const page = await sites.browser.context.newPage();
    await disableJavaScript(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(sites.url('mmd') + article);
    await expect(page.locator('#site-nav a[aria-current="page"]').isVisible()).resolves.toBe(true);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(page.locator('#site-nav').isVisible()).resolves.toBe(false);
    await page.locator('.site-menu > summary').click();
    await expect(page.locator('#site-nav').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('lines up the role tables of a page, with each "Your part" line in at most two lines at 1280 px', async () => {
    const page = await open('seed', '/roles-and-responsibilities/', 1280);
    const firstColumns = await page.locator('.prose table.duty-table th:first-child').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
    expect(firstColumns).toHaveLength(2);
    expect(firstColumns[0]).toBe(firstColumns[1]);
    const lines = await page.locator('.counterpart > summary').evaluateAll((summaries) =>
      summaries.map((s) => Math.round(s.getBoundingClientRect().height / parseFloat(getComputedStyle(s).lineHeight))),
    );
    expect(lines.length).toBeGreaterThan(10);
    expect(Math.max(...lines)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('keeps a wide table readable at 375 px, with its header row in view as it scrolls', async () => {
    const page = await open('mmd', article, 375);
    const box = page.locator('.table-scroll:has(> table th:nth-child(3))').first();
    const table = box.locator('table');
    const firstColumn = await table.locator('th').first().boundingBox();
    expect(firstColumn!.width).toBeGreaterThanOrEqual(200);
    await expect(box.evaluate((b) => { b.scrollTo(0, 400); return b.scrollTop; })).resolves.toBeGreaterThan(300);
    const [boxTop, headerTop] = await Promise.all([box.evaluate((b) => b.getBoundingClientRect().top), table.locator('th').first().evaluate((th) => th.getBoundingClientRect().top)]);
    expect(Math.abs(headerTop - boxTop)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('shows the matrix pages whole: the counts of the index in view at 375 px, the side-by-side pairs without an inner scroll box', async () => {
    const index = await open('mmd', '/matrix/', 375);
    for (const box of await index.locator('.table-scroll').all()) {
      await expect(box.evaluate((b) => b.scrollWidth - b.clientWidth)).resolves.toBeLessThanOrEqual(1);
    }
    await index.close();
    const seed = await open('seed', '/matrix/microsoft-365-managed-desktop-roles-and-responsibilities/', 1280);
    const pairs = seed.locator('.table-scroll:has(> table.matrix)');
    await expect(pairs.evaluate((b) => b.scrollHeight - b.clientHeight)).resolves.toBeLessThanOrEqual(1);
    await seed.close();
  });

  const screenshots: [SiteName, string, string][] = [
    ['seed', '/', 'seed-home'],
    ['seed', '/roles-and-responsibilities/#duty-microsoft-policy-management', 'seed-duty'],
    ['seed', '/matrix/', 'seed-matrix'],
    ['mmd', '/', 'mmd-hub'],
    ['mmd', article, 'mmd-apps'],
  ];
  it('is saved as screenshots at 375 and 1280 px, light and dark, with the matrix in the header of each', async () => {
    for (const [site, urlPath, name] of screenshots) {
      for (const width of [375, 1280]) {
        for (const scheme of ['light', 'dark'] as const) {
          const page = await open(site, urlPath, width, scheme);
          await expect(page.locator('.header-links a[href$="/matrix/"]').isVisible()).resolves.toBe(true);
          await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}-${scheme}.png`), fullPage: true });
          await page.close();
        }
      }
    }
  });
});

describe('other pages', () => {
  it.each<[SiteName, string]>([
    ['seed', '/'],
    ['seed', '/contents/'],
    ['seed', '/404.html'],
    ['seed', '/matrix/'],
    ['seed', '/matrix/microsoft-365-managed-desktop-roles-and-responsibilities/'],
    ['mmd', '/get-ready/network/'],
    ['mmd', '/working-with-managed-desktop/support/'],
    ['mmd', '/intro/roles-and-responsibilities/'],
  ])('%s %s passes axe-core', async (site, urlPath) => {
    const page = await open(site, urlPath);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('passes axe-core on every page of the seed and of mmd-2018', async () => {
    for (const site of ['seed', 'mmd'] as const) {
      const outDir = BUILT_SITES[site].outDir;
      const paths = (await htmlFiles(outDir)).map((f) => servedPath(outDir, f)).filter((p) => !p.startsWith('/print'));
      expect(paths.length).toBeGreaterThan(site === 'seed' ? 5 : 25);
      const page = await sites.browser.context.newPage();
      for (const urlPath of paths) {
        await page.goto(sites.url(site) + urlPath);
        expect(await axeViolations(page), `${site} ${urlPath}`).toEqual([]);
      }
      await page.close();
    }
  });

  it("renders mmd-2018's hub page as a landing page: one H1, cards in a grid, no empty links", async () => {
    const page = await open('mmd', '/');
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.locator('main a:not(:has(*))').evaluateAll((links) => links.filter((a) => a.textContent?.trim() === '').length)).resolves.toBe(0);
    await expect(page.locator('.cardsF').first().evaluate((list) => getComputedStyle(list).display)).resolves.toBe('grid');
    await page.close();
  });

  it('shows DocFX alerts as callouts in the corpus', async () => {
    const page = await open('mmd', '/working-with-managed-desktop/support/');
    await expect(page.locator('.callout-important .callout-title').innerText()).resolves.toBe('Important');
    await page.goto(sites.url('mmd') + '/working-with-managed-desktop/operations-and-monitoring/');
    await expect(page.locator('.callout-note').innerText()).resolves.toMatch(/^Note\s+Do not remove the user account/);
    await page.close();
  });

  it('moves between pages with breadcrumbs and previous/next links', async () => {
    const page = await open('mmd', '/get-started/apps/');
    await expect(page.locator('.breadcrumbs a').allInnerTexts()).resolves.toContain('Get started with Microsoft Managed Desktop');
    await page.locator('.prev-next a[rel=next]').click();
    await page.waitForURL(/\/get-started\/mmd-app-requirements\/$/);
    await page.close();
  });
});

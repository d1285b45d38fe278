/**
 * For a browser test file: Chromium, and the built seed and corpus sites
 * served on 127.0.0.1, started before its tests and stopped after them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { BUILT_SITES } from './paths.ts';
import { serve, type StaticServer } from '../../scripts/lib/static-server.ts';

export type SiteName = keyof typeof BUILT_SITES;

export interface ServedSites {
  readonly browser: TestBrowser;
  /** The site's address, e.g. `http://127.0.0.1:4321`. */
  url: (site: SiteName) => string;
  /** Opens a page of a site in a new tab, at the given width and colour scheme, and checks it answered 200. */
  open: (site: SiteName, urlPath: string, width?: number, colorScheme?: 'light' | 'dark') => Promise<Page>;
}

export function useServedSites(): ServedSites {
  let browser: TestBrowser | undefined;
  const servers: Partial<Record<SiteName, StaticServer>> = {};

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const [name, site] of Object.entries(BUILT_SITES)) servers[name as SiteName] = await serve(site.outDir);
  });

  afterAll(async () => {
    await browser?.close();
    for (const server of Object.values(servers)) await server.close();
  });

  const url = (site: SiteName) => servers[site]!.url;
  return {
    get browser() {
      return browser!;
    },
    url,
    open: async (site, urlPath, width = 1280, colorScheme = 'light') => {
      const page = await browser!.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(url(site) + urlPath);
      expect(response?.status()).toBe(200);
      return page;
    },
  };
}

/**
 * Drives the site's search UI (SearchPanel.astro, src/search/client/) in a
 * page, the way a reader does: with the keyboard, and the filters.
 */
import type { Page } from 'playwright-core';

export interface SearchResult {
  title: string;
  owner: string | null;
  href: string;
}

export const DIALOG = '.search-dialog';
export const SEARCH_PAGE = '[data-search-page]';

/** The results shown. */
export async function shownResults(page: Page, scope = 'body'): Promise<SearchResult[]> {
  return page.$$eval(`${scope} .search-result`, (items) =>
    items.map((item) => {
      const link = item.querySelector<HTMLAnchorElement>('.search-result-link')!;
      return { title: link.textContent!.trim(), owner: item.querySelector('.search-owner')?.textContent?.trim() ?? null, href: link.getAttribute('href')! };
    }),
  );
}

/** Waits until the status reports the query and a first result is shown. */
export async function waitForResults(page: Page, query: string, scope = 'body'): Promise<SearchResult[]> {
  await page.waitForFunction(
    ([q, s]) => document.querySelector(`${s} .search-status`)?.textContent?.includes(`for “${q}”`) && document.querySelector(`${s} .search-result`),
    [query, scope] as const,
  );
  return shownResults(page, scope);
}

/** Opens the search dialog with `/`, types the query straight away and returns the results. */
export async function searchFromDialog(page: Page, query: string): Promise<SearchResult[]> {
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  return waitForResults(page, query, DIALOG);
}

/** Chooses one owner (e.g. Customer) and waits for the new results. */
export async function chooseOwner(page: Page, scope: string, owner: string): Promise<void> {
  const before = await page.locator(`${scope} .search-results`).innerHTML();
  await page.locator(`${scope} .search-owner-filter input[value="${owner}"]`).check();
  await page.waitForFunction(
    ([s, html]) => document.querySelector(`${s} .search-results`)?.innerHTML !== html && document.querySelector(`${s} .search-result`),
    [scope, before] as const,
  );
}

/** Searches "support" in the dialog (it finds duties of both owners), then chooses owner: Customer. */
export async function customerFilterResults(page: Page): Promise<{ before: SearchResult[]; after: SearchResult[] }> {
  const before = await searchFromDialog(page, 'support');
  await chooseOwner(page, DIALOG, 'Customer');
  return { before, after: await shownResults(page, DIALOG) };
}

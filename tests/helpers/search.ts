/**
 * Drives the site's search UI (Pagefind's Component UI) in a page, the way a
 * reader does: with the keyboard, and the filter dropdowns.
 */
import type { Page } from 'playwright-core';

export interface SearchResult {
  title: string;
  owner: string | null;
  href: string;
}

/** The results shown so far (Pagefind renders them lazily, as they scroll into view). */
export async function shownResults(page: Page, scope = 'body'): Promise<SearchResult[]> {
  return page.$$eval(`${scope} .pf-result`, (items) =>
    items
      .map((item) => ({
        link: item.querySelector<HTMLAnchorElement>('.pf-result-link'),
        owner: item.querySelector('.search-owner')?.textContent?.trim() ?? null,
      }))
      .filter((r) => r.link)
      .map((r) => ({ title: r.link!.textContent!.trim(), owner: r.owner, href: r.link!.getAttribute('href')! })),
  );
}

/** Waits until the summary reports the query and the first result has rendered. */
export async function waitForResults(page: Page, query: string, scope = 'body'): Promise<SearchResult[]> {
  await page.waitForFunction(
    ([q, s]) => document.querySelector(`${s} pagefind-summary`)?.textContent?.includes(q),
    [query, scope] as const,
  );
  await page.waitForSelector(`${scope} .pf-result .pf-result-link`);
  return shownResults(page, scope);
}

/** Opens the search dialog with `/`, types the query and returns the results. */
export async function searchFromDialog(page: Page, query: string): Promise<SearchResult[]> {
  await page.keyboard.press('/');
  await page.waitForSelector('pagefind-modal dialog[open] input');
  await page.keyboard.type(query);
  return waitForResults(page, query, 'pagefind-modal');
}

/** Ticks one value of a filter (e.g. owner: Customer) in the filter pane and waits for the new results. */
export async function chooseFilter(page: Page, scope: string, filter: string, value: string): Promise<void> {
  const before = await page.locator(`${scope} pagefind-summary`).innerText();
  await page.locator(`${scope} pagefind-filter-pane input[name="${filter}"][value="${value}"]`).check();
  await page.waitForFunction(
    ([s, text]) => document.querySelector(`${s} pagefind-summary`)?.textContent !== text,
    [scope, before] as const,
  );
  await page.waitForSelector(`${scope} .pf-result .pf-result-link`);
}

/** Searches "support" in the dialog (it finds duties of both owners), then ticks owner: Customer. */
export async function customerFilterResults(page: Page): Promise<{ before: SearchResult[]; after: SearchResult[] }> {
  const before = await searchFromDialog(page, 'support');
  await chooseFilter(page, 'pagefind-modal', 'owner', 'Customer');
  return { before, after: await shownResults(page, 'pagefind-modal') };
}

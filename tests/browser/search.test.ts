/**
 * Search on the built seed and corpus sites, served on 127.0.0.1, through
 * Pagefind's Component UI as a reader uses it: `/` or Ctrl+K, typing, the
 * owner filter, the search page's shareable ?q=, and with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, disableJavaScript } from '../helpers/browser.ts';
import { customerFilterResults, searchFromDialog, waitForResults } from '../helpers/search.ts';
import { type SiteName, useServedSites } from '../helpers/served-sites.ts';

const sites = useServedSites();
const { open } = sites;

/** Each query names the result that must come first: a duty (with its owner) or an article. */
const FIRST_RESULTS: { site: SiteName; query: string; title: string; owner: string | null }[] = [
  { site: 'seed', query: 'drop-ship', title: 'Device procurement', owner: 'Microsoft' },
  { site: 'seed', query: 'Windows Defender', title: 'Security monitoring', owner: 'Microsoft' },
  { site: 'seed', query: 'print queues', title: 'Printing', owner: 'Customer' },
  // mmd-2018: a duty page, an article and a section's index page.
  { site: 'mmd', query: 'MDM policies', title: 'MDM policy management', owner: 'Microsoft' },
  { site: 'mmd', query: 'admin contacts', title: 'Add Admin contacts in Microsoft Managed Desktop Admin portal', owner: null },
  { site: 'mmd', query: 'get ready', title: 'Get ready for enrollment in Microsoft Managed Desktop', owner: null },
];

describe('searching from the header', () => {
  it.each(FIRST_RESULTS)('$site: "$query" finds $title first', async ({ site, query, title, owner }) => {
    const page = await open(site, '/');
    const results = await searchFromDialog(page, query);
    expect(results[0]).toMatchObject({ title, owner });
    await page.close();
  });

  it('opens with Ctrl+K too, highlights the matched words, and the result link leads to the duty page', async () => {
    const page = await open('seed', '/matrix/');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('pagefind-modal dialog[open] input');
    await page.keyboard.type('drop-ship');
    const [first] = await waitForResults(page, 'drop-ship', 'pagefind-modal');
    await expect(page.locator('pagefind-modal .pf-result-excerpt mark').first().innerText()).resolves.toMatch(/drop/i);
    // Keyboard only: down to the first result, Enter to open it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === first.href);
    await expect(page.locator('h1').innerText()).resolves.toBe('Device procurement');
    await page.close();
  });

  it('closes with Escape and gives focus back to the search box', async () => {
    const page = await open('seed', '/roles-and-responsibilities/');
    await page.locator('.search-trigger').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('pagefind-modal dialog[open] input');
    await page.keyboard.press('Escape');
    await page.waitForSelector('pagefind-modal dialog:not([open])', { state: 'attached' });
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('search-trigger');
    await page.close();
  });

  it.each<SiteName>(['seed', 'mmd'])('%s: the owner filter set to Customer hides Microsoft duties', async (site) => {
    const page = await open(site, '/');
    const { before, after } = await customerFilterResults(page);
    expect(before.map((r) => r.owner)).toContain('Microsoft');
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => r.owner === 'Customer')).toBe(true);
    await page.close();
  });

  it('passes axe-core with the dialog open and results shown', async () => {
    const page = await open('seed', '/roles-and-responsibilities/');
    await searchFromDialog(page, 'support');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.close();
  });
});

describe('loading', () => {
  it('a page that is only read loads no search code', async () => {
    const page = await sites.browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${sites.url('seed')}/roles-and-responsibilities/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.includes('pagefind'))).toEqual([]);
    await page.keyboard.press('/');
    await page.waitForSelector('pagefind-modal dialog[open] input');
    expect(requested).toContain('/pagefind/pagefind-component-ui.js');
    await page.close();
  });
});

describe('the search page', () => {
  it.each<SiteName>(['seed', 'mmd'])('%s: /search/?q=VPN shows results on load', async (site) => {
    const page = await open(site, '/search/?q=VPN');
    const results = await waitForResults(page, 'VPN', '[data-search-page]');
    expect(results.length).toBeGreaterThan(0);
    await expect(page.locator('[data-search-page] pagefind-input input').inputValue()).resolves.toBe('VPN');
    await page.close();
  });

  it('keeps ?q= in step with the query, so that the address can be shared', async () => {
    const page = await open('seed', '/search/');
    await page.locator('[data-search-page] pagefind-input input').waitFor();
    await page.locator('[data-search-page] pagefind-input input').fill('printers');
    await waitForResults(page, 'printers', '[data-search-page]');
    expect(new URL(page.url()).searchParams.get('q')).toBe('printers');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.close();
  });

  it('without JavaScript, the search box is a link to the search page, which says what to do', async () => {
    const page = await sites.browser.context.newPage();
    await disableJavaScript(page);
    await page.goto(`${sites.url('seed')}/roles-and-responsibilities/`);
    await page.locator('.search-trigger').click();
    await page.waitForURL((url) => url.pathname === '/search/');
    await expect(page.locator('.search-needs-script').innerText()).resolves.toContain('Search needs JavaScript');
    await expect(page.locator('.search-needs-script a').count()).resolves.toBe(2);
    await page.close();
  });
});

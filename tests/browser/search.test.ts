/**
 * Search on the built seed and corpus sites, served on 127.0.0.1, as a reader
 * uses it: `/` or Ctrl+K and typing at once, the keys of the dialog, the
 * owner filter, the search page's shareable ?q=, and with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, disableJavaScript } from '../helpers/browser.ts';
import { customerFilterResults, DIALOG, SEARCH_PAGE, searchFromDialog, shownResults, waitForResults } from '../helpers/search.ts';
import { type SiteName, useServedSites } from '../helpers/served-sites.ts';

const sites = useServedSites();
const { open } = sites;

/** Each query names the result that must come first: a duty (with its owner) or an article. */
const FIRST_RESULTS: { site: SiteName; query: string; title: string; owner: string | null }[] = [
  { site: 'seed', query: 'drop-ship', title: 'Device procurement', owner: 'Microsoft' },
  { site: 'seed', query: 'Windows Defender', title: 'Security monitoring', owner: 'Microsoft' },
  { site: 'seed', query: 'print queues', title: 'Printing', owner: 'Customer' },
  // mmd-2018: a duty of a role table and one of a check-mark task matrix, an article and a section's index page.
  { site: 'mmd', query: 'MDM policies', title: 'MDM policy management', owner: 'Microsoft' },
  { site: 'mmd', query: 'Upload apps to Intune', title: 'Upload apps to Intune', owner: 'Customer' },
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

  it('keeps every key typed while the search code loads: 20 of 20 runs', async () => {
    for (let run = 0; run < 20; run++) {
      const page = await open('seed', '/');
      const [first] = await searchFromDialog(page, 'drop-ship');
      await expect(page.locator(`${DIALOG} input[type=search]`).inputValue()).resolves.toBe('drop-ship');
      expect(first.title).toBe('Device procurement');
      await page.close();
    }
  });

  it('shows clean excerpts: the matched words highlighted, no anchor glyphs or cross-link labels, words apart', async () => {
    for (const [site, query] of [['seed', 'support'], ['seed', 'roles'], ['mmd', 'device'], ['mmd', 'policy']] as const) {
      const page = await open(site, '/');
      await page.setViewportSize({ width: 375, height: 800 });
      await searchFromDialog(page, query);
      const excerpts = await page.locator(`${DIALOG} .search-excerpt`).allInnerTexts();
      const titles = (await shownResults(page, DIALOG)).map((r) => r.title);
      expect(excerpts.length).toBeGreaterThan(0);
      for (const text of [...excerpts, ...titles]) {
        expect(text).not.toMatch(/#|Your part:|Microsoft's part:/);
        // A word glued to the next block's first word, as "procurementYour" once was.
        expect(text).not.toMatch(/[a-z](Your|Microsoft's|Customer|Description)\b/);
      }
      // Every result's excerpt shows a matched word, highlighted.
      const unmarked = await page.locator(`${DIALOG} .search-result`).evaluateAll((items) => items.filter((item) => !item.querySelector('.search-excerpt mark')).map((item) => item.textContent));
      expect(unmarked).toEqual([]);
      await page.close();
    }
  });

  it('opens with Ctrl+K too, and the keyboard leads to the duty\'s row', async () => {
    const page = await open('seed', '/matrix/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('drop-ship');
    const [first] = await waitForResults(page, 'drop-ship', DIALOG);
    await expect(page.locator(`${DIALOG} .search-excerpt mark`).first().innerText()).resolves.toMatch(/drop/i);
    // Keyboard only: down to the first result, Enter to open it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === first.href);
    await expect(page.locator(':target').innerText()).resolves.toContain('Device procurement');
    await page.close();
  });

  it('Esc clears a query, then closes; reopening selects the old query; closing gives focus back', async () => {
    const page = await open('seed', '/roles-and-responsibilities/');
    await page.locator('.search-trigger').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('printers');
    await waitForResults(page, 'printers', DIALOG);
    await page.keyboard.press('Escape');
    await expect(page.locator(`${DIALOG}[open] input[type=search]`).inputValue()).resolves.toBe('');
    await expect(page.locator(`${DIALOG} .search-result`).count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForSelector(`${DIALOG}:not([open])`, { state: 'attached' });
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('search-trigger');

    // Reopened with `/`, the previous query is selected: typing replaces it.
    await page.locator('main').click();
    await page.keyboard.press('/');
    await page.keyboard.type('VPN');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.keyboard.type('print queues');
    await expect(page.locator(`${DIALOG} input[type=search]`).inputValue()).resolves.toBe('print queues');
    await page.close();
  });

  it('says so when the search code cannot load, and asks for it again the next time search opens', async () => {
    const page = await open('seed', '/');
    let refused = false;
    await page.route('**/pagefind/search-ui.js', (route) => (refused ? route.continue() : ((refused = true), route.abort())));
    await page.keyboard.press('/');
    await page.keyboard.type('drop-ship');
    await page.waitForFunction((dialog) => document.querySelector(`${dialog} .search-status`)?.textContent?.startsWith('Search could not load'), DIALOG);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.keyboard.type('drop-ship');
    const [first] = await waitForResults(page, 'drop-ship', DIALOG);
    expect(first.title).toBe('Device procurement');
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
  it('a page that is only read loads no search code; the first search loads the UI and a few index chunks', async () => {
    const page = await sites.browser.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${sites.url('seed')}/roles-and-responsibilities/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.includes('pagefind'))).toEqual([]);
    await searchFromDialog(page, 'printers');
    expect(requested).toContain('/pagefind/search-ui.js');
    expect(requested).toContain('/pagefind/pagefind.js');
    await page.close();
  });
});

describe('the search page', () => {
  it.each<SiteName>(['seed', 'mmd'])('%s: /search/?q=VPN shows results on load', async (site) => {
    const page = await open(site, '/search/?q=VPN');
    const results = await waitForResults(page, 'VPN', SEARCH_PAGE);
    expect(results.length).toBeGreaterThan(0);
    await expect(page.locator(`${SEARCH_PAGE} input[type=search]`).inputValue()).resolves.toBe('VPN');
    await page.close();
  });

  it.each(['customer', 'windows'])('counts the results it lists (one per matched duty), not Pagefind\'s records: %s', async (query) => {
    const page = await open('seed', `/search/?q=${query}`);
    const results = await waitForResults(page, query, SEARCH_PAGE);
    const status = await page.locator(`${SEARCH_PAGE} .search-status`).innerText();
    const more = await page.locator(`${SEARCH_PAGE} .search-more`).isVisible();
    expect(status).toBe(`${results.length} ${results.length === 1 ? 'result' : 'results'}${more ? ' so far' : ''} for “${query}”`);
    // The seed's duties records list several duties each: more results than records.
    expect(results.length).toBeGreaterThan(1);
    await page.close();
  });

  it('keeps ?q= in step with the query, so that the address can be shared', async () => {
    const page = await open('seed', '/search/');
    await page.locator(`${SEARCH_PAGE} input[type=search]`).fill('printers');
    await waitForResults(page, 'printers', SEARCH_PAGE);
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

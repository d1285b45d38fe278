/**
 * The sidebar of the built mmd-2018 site: every page can be reached from
 * every other page's sidebar in at most two clicks (a link in view is one
 * click; a link inside a closed section is two: open it, follow it), and the
 * current page's section is open.
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readHtml, servedPath } from './helpers/html.ts';
import { BUILT_SITES } from './helpers/paths.ts';

const ARTICLE = /^\/(?!(matrix|contents|search|changes|404)\b)/;

/** How many clicks each link of the sidebar takes: one, plus one per closed section around it. */
function clicks(sidebar: Element): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (node: Element, closed: number) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a' && typeof child.properties.href === 'string') {
        const href = child.properties.href;
        found.set(href, Math.min(found.get(href) ?? Infinity, 1 + closed));
      }
      const opens = child.tagName === 'details' && child.properties.open === undefined ? 1 : 0;
      walk(child, closed + opens);
    }
  };
  walk(sidebar, 0);
  return found;
}

describe('the mmd-2018 sidebar', () => {
  it('reaches every page from every other page in at most two clicks, with the current section open', async () => {
    const outDir = BUILT_SITES.mmd.outDir;
    const files = (await htmlFiles(outDir)).filter((f) => ARTICLE.test(servedPath(outDir, f)) && !f.endsWith('404.html'));
    const articles = files.map((f) => servedPath(outDir, f));
    expect(articles.length).toBeGreaterThan(20);
    for (const file of files) {
      const tree = await readHtml(file);
      const sidebar = select('#site-nav', tree);
      if (!sidebar) continue; // the home page has no sidebar
      const reach = clicks(sidebar);
      // The home page is the header's site title, one click from every page.
      expect(select('.site-title', tree)?.properties.href).toBe('/');
      const far = articles.filter((url) => url !== '/' && url !== servedPath(outDir, file) && !((reach.get(url) ?? Infinity) <= 2));
      expect(far, `from ${servedPath(outDir, file)}`).toEqual([]);
      const current = select('a[aria-current="page"]', sidebar);
      if (current) {
        const closedAround = selectAll('details:not([open])', sidebar).filter((d) => selectAll('a[aria-current="page"]', d).length > 0);
        expect(closedAround, `current page hidden in ${servedPath(outDir, file)}`).toEqual([]);
      }
    }
  });
});

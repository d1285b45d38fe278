/**
 * Content written to run script, built and opened as a reader would: every
 * link of every page clicked, hosted and from the offline bundle on disk.
 * Each payload would call alert() or set `window.pwned`; neither may happen.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { runBuild } from '../helpers/build.ts';
import { serve, type StaticServer } from '../../scripts/lib/static-server.ts';
import { writeTempFiles } from '../helpers/temp-files.ts';

const page = (title: string, body: string) => `---\ntitle: ${title}\ndescription: A page.\n---\n\n# ${title}\n\n${body}\n`;

const PAYLOADS = [
  '[md link](javascript:alert(1)) [upper](JAVASCRIPT:alert(1)) [spaced]( javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>) [vb](vbscript:msgbox(1))',
  '<a href="javascript:window.pwned=1">raw link</a> <a href="&#106;avascript:alert(1)">entity link</a> <a href="java\tscript:alert(1)">tab link</a>',
  '<img src="x" onerror="window.pwned=1" alt="broken"> <svg><script>window.pwned=1</script></svg> <iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=1">',
  '<form action="javascript:alert(1)"><button>go</button></form> <details open ontoggle="window.pwned=1">x</details>',
  '<a href="pic.svg">the svg</a> ![svg](pic.svg)',
  '[x](<javascript:alert(1)>) <object data="javascript:alert(1)"></object> <embed src="javascript:alert(1)">',
];

let browser: TestBrowser;
let server: StaticServer;
let siteDir = '';
let bundleDir = '';

beforeAll(async () => {
  const contentDir = await writeTempFiles({
    'index.md': page('Home', PAYLOADS.join('\n\n')),
    'second.md': page('Second', `${PAYLOADS.slice(0, 3).join('\n\n')}\n\n[home](index.md)`),
    'pic.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="window.pwned=1"><script>alert(2)</script><rect width="4" height="4"/></svg>',
    'toc.yml': '- name: Home\n  href: index.md\n- name: Second\n  href: second.md\n- name: Evil\n  href: javascript:alert(document.domain)\n- name: Data\n  href: data:text/html,<script>alert(1)</script>\n',
  }, 'roles-docs-hostile-');
  siteDir = `${contentDir}-dist`;
  bundleDir = `${contentDir}-offline/site`;
  // Unsafe TOC links are errors: the build refuses. Without them it builds, with the rest refused quietly or with warnings.
  const refused = await runBuild({ CONTENT_DIR: contentDir, OUT_DIR: siteDir });
  expect(refused.code).toBe(1);
  expect(refused.output).toMatch(/toc\.yml:5:\d+ error \[toc\/unsafe-link\]/);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(path.join(contentDir, 'toc.yml'), '- name: Home\n  href: index.md\n- name: Second\n  href: second.md\n');
  for (const [script, out] of [['scripts/build.ts', siteDir], ['scripts/bundle.ts', bundleDir]] as const) {
    const result = await runBuild({ CONTENT_DIR: contentDir, OUT_DIR: out }, script);
    expect(result.code, result.output).toBe(0);
  }
  browser = await launchBrowser();
  server = await serve(siteDir);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and clicks each of its links in turn (each from a fresh load), counting what ran. */
async function clickEveryLink(url: string): Promise<{ links: number; ran: string[] }> {
  const ran: string[] = [];
  const watch = (p: Page) => {
    p.on('dialog', (dialog) => {
      ran.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  };
  const probe = await browser.context.newPage();
  watch(probe);
  await probe.goto(url);
  const links = await probe.locator('a[href], button, summary').count();
  await probe.close();
  for (let i = 0; i < links; i++) {
    const p = await browser.context.newPage();
    watch(p);
    await p.goto(url);
    const target = p.locator('a[href], button, summary').nth(i);
    if (await target.isVisible()) {
      await target.evaluate((element) => element.removeAttribute('target'));
      await target.click({ noWaitAfter: true, timeout: 2_000 }).catch(() => {});
      await p.waitForTimeout(100);
    }
    if (await p.evaluate(() => 'pwned' in window).catch(() => false)) ran.push(`window.pwned after clicking link ${i} of ${url}`);
    await p.close();
  }
  return { links, ran };
}

describe('a site built from content written to run script', () => {
  it('runs none of it, hosted, with every link clicked', async () => {
    for (const pagePath of ['/', '/second/']) {
      const { links, ran } = await clickEveryLink(server.url + pagePath);
      expect(links).toBeGreaterThan(10);
      expect(ran).toEqual([]);
    }
  }, 240_000);

  it('runs none of it from the offline bundle on disk, with every link clicked', async () => {
    const pages = (await readdir(bundleDir, { recursive: true })).filter((f) => /^(index|second\/index)\.html$/.test(f));
    expect(pages).toHaveLength(2);
    for (const file of pages) {
      const { links, ran } = await clickEveryLink(pathToFileURL(path.join(bundleDir, file)).href);
      expect(links).toBeGreaterThan(10);
      expect(ran).toEqual([]);
    }
  }, 240_000);
});

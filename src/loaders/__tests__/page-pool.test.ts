import { afterAll, describe, expect, it } from 'vitest';
import { writeTempFiles } from '../../../tests/helpers/temp-files.ts';
import { createPagePool, type PagePool } from '../page-pool.ts';

const page = (title: string, body: string) => `---\ntitle: ${title}\ndescription: A page.\n---\n\n# ${title}\n\n${body}\n`;

describe('the page pool', () => {
  let pool: PagePool | undefined;
  afterAll(() => pool?.close());

  it('processes a page of megabytes (in a worker of its own) as well as ordinary pages, each result in its task’s place', async () => {
    // About 3.6 MB: parsed, it needs several times the small heap of the ordinary workers.
    const big = page('Big', Array.from({ length: 40_000 }, (_, i) => `Paragraph ${i} with some words in it, alpha beta gamma delta epsilon zeta eta theta.`).join('\n\n'));
    const files = { 'small.md': page('Small', 'One line.'), 'big.md': big, 'other.md': page('Other', 'Two lines.') };
    const contentDir = await writeTempFiles(files);
    pool = createPagePool({ contentDir, base: '/', files: Object.keys(files) }, 3);
    const results = await Promise.all(pool.processEach(Object.entries(files).map(([sourcePath, text]) => ({ sourcePath, text, declarations: [] }))));
    expect(results.map((r) => [r.id, r.data?.title, r.problems])).toEqual([
      ['small', 'Small', []],
      ['big', 'Big', []],
      ['other', 'Other', []],
    ]);
    expect(results[1].html).toContain('<p>Paragraph 39999 with some words in it');
  });

  it('starts before the build\'s facts are known: pages wait for them; closed before they come, it ends without them', async () => {
    const files = { 'a.md': page('Alpha', 'A link to [itself](a.md).') };
    const contentDir = await writeTempFiles(files);
    let giveFacts = (_: { contentDir: string; base: string; files: string[] }) => {};
    const waiting = createPagePool(new Promise((resolve) => (giveFacts = resolve)), 1);
    const pending = waiting.processEach([{ sourcePath: 'a.md', text: files['a.md'], declarations: [] }]);
    giveFacts({ contentDir, base: '/docs/', files: Object.keys(files) });
    // The base path of the facts is the one the page is processed with.
    expect((await Promise.all(pending)).map((r) => [r.id, r.data?.title, r.html])).toEqual([['a', 'Alpha', '<p>A link to <a href="/docs/a/">itself</a>.</p>']]);
    await waiting.close();

    const never = createPagePool(new Promise(() => {}), 1);
    await expect(Promise.race([never.close().then(() => 'closed'), new Promise((resolve) => setTimeout(() => resolve('still open'), 10_000))])).resolves.toBe('closed');
  });
});

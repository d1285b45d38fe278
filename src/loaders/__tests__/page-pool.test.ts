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
});

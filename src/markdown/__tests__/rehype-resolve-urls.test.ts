import { describe, expect, it } from 'vitest';
import { resolveRelativeUrl } from '../rehype-resolve-urls.ts';
import { render } from './render.ts';

const files = ['intro/roles.md', 'get-started/apps.md', 'get-started/index.md', 'intro/images/a.png'];

describe('rehype-resolve-urls', () => {
  it('rewrites relative .md links to page URLs, keeping anchors', async () => {
    const { html, messages } = await render('[Apps](../get-started/apps.md#top) and [Start](../get-started/index.md)', {
      sourcePath: 'intro/roles.md',
      files,
    });
    expect(html).toContain('href="/get-started/apps/#top"');
    expect(html).toContain('href="/get-started/"');
    expect(messages).toHaveLength(0);
  });

  it('rewrites links in raw HTML blocks too', async () => {
    const { html } = await render('<div><a href="get-started/apps.md">Apps</a></div>', { sourcePath: 'index.md', files });
    expect(html).toContain('href="/get-started/apps/"');
  });

  it('points images at their copy beside the pages', async () => {
    const { html } = await render('![Alt](images/a.png)', { sourcePath: 'intro/roles.md', files });
    expect(html).toContain('src="/intro/images/a.png"');
  });

  it('reports a link to a missing page as a warning with its position', async () => {
    const { html, messages } = await render('Text\n\nSee [gone](gone.md).', { sourcePath: 'intro/roles.md', files });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'links/missing-target', fatal: false, line: 3, column: 5 });
    expect(html).toContain('href="gone.md"');
  });

  it('leaves external, absolute and fragment URLs alone', () => {
    for (const url of ['https://example.com/a.md', '#part', '/docs/a.md', 'mailto:a@b.c']) expect(resolveRelativeUrl(url, 'a.md', '/')).toBeUndefined();
  });

  it('decodes each segment whole, so %23 names a file with # in its name, and encodes asset names for URLs', () => {
    expect(resolveRelativeUrl('c%23d.md#x', 'dir/a.md', '/')).toEqual({ url: '/dir/c-d/#x', target: 'dir/c#d.md' });
    expect(resolveRelativeUrl('my%20image.png', 'a.md', '/')).toEqual({ url: '/my%20image.png', target: 'my image.png' });
  });

  it('honours the base path', () => {
    const resolved = resolveRelativeUrl('b.md#x', 'dir/a.md', '/docs/');
    expect(resolved?.url).toBe('/docs/dir/b/#x');
  });
});

import { describe, expect, it } from 'vitest';
import { resolveDocsetRootUrl, resolveRelativeUrl } from '../rehype-resolve-urls.ts';
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

  it('reports a link to a missing page as a warning with its position, and shows its words without the link', async () => {
    const { html, messages } = await render('Text\n\nSee [gone](gone.md) and ![pic](gone.png).', { sourcePath: 'intro/roles.md', files });
    expect(messages.map((m) => [m.ruleId, m.fatal, m.line, m.column])).toEqual([
      ['links/missing-target', false, 3, 5],
      ['links/missing-target', false, 3, 25],
    ]);
    // An image keeps its address: the browser shows its alt text.
    expect(html).toBe('<p>Text</p>\n<p>See <a>gone</a> and <img src="gone.png" alt="pic">.</p>');
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

  it('sends a docset-root link that leaves the content root to Microsoft Learn, with a warning at its position', async () => {
    const { html, messages } = await render('Text\n\nSee [tenant](/cli/azure/account/tenant?view=azure-cli-latest#list).', { sourcePath: 'intro/roles.md', files });
    expect(html).toBe('<p>Text</p>\n<p>See <a href="https://learn.microsoft.com/cli/azure/account/tenant?view=azure-cli-latest#list">tenant</a>.</p>');
    expect(messages.map((m) => [m.ruleId, m.fatal, m.line, m.column])).toEqual([['links/outside-docset', false, 3, 5]]);
  });

  it('keeps a docset-root link to a page or file of the content root on the site, with no message', async () => {
    const { html, messages } = await render('[A](/get-started/apps#top) [S](~/get-started/index.md) [I](/intro/images/a.png) [H](/)', { sourcePath: 'intro/roles.md', files: [...files, 'index.md'] });
    expect(html).toBe('<p><a href="/get-started/apps/#top">A</a> <a href="/get-started/">S</a> <a href="/intro/images/a.png">I</a> <a href="/">H</a></p>');
    expect(messages).toEqual([]);
  });

  it('a :::image is resolved like a markdown image, and a missing file reported where the image is written', async () => {
    const markdown = 'Para.\n\nA :::no-loc text="X"::: and :::image type="content" source="images/a.png" alt-text="A":::\n\n:::image type="content" source="media/missing.png" alt-text="Missing" lightbox="media/big.png":::';
    const { html, messages } = await render(markdown, { sourcePath: 'intro/roles.md', files });
    expect(html).toBe(
      '<p>Para.</p>\n<p>A X and <img src="/intro/images/a.png" alt="A" class="learn-image"></p>\n<p><a class="learn-lightbox"><img src="media/missing.png" alt="Missing" class="learn-image"></a></p>',
    );
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.reason])).toEqual([
      ['links/missing-target', 5, 1, '"media/big.png" points at intro/media/big.png, which is not in the content root'],
      ['links/missing-target', 5, 1, '"media/missing.png" points at intro/media/missing.png, which is not in the content root'],
    ]);
  });

  it('reports a link or an image after inline :::no-loc and :::image markers at its column as written', async () => {
    const first = 'A :::no-loc text="Azure CLI"::: then [x](gone.md) and :::image type="icon" source="images/a.png"::: then [y](gone2.md).';
    const third = 'B :::no-loc text="N"::: :::image type="content" source="media/missing.png" alt-text="M":::';
    const { messages } = await render(`${first}\n\n${third}`, { sourcePath: 'intro/roles.md', files });
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['links/missing-target', 1, first.indexOf('[x]') + 1],
      ['links/missing-target', 1, first.indexOf('[y]') + 1],
      ['links/missing-target', 3, third.indexOf(':::image') + 1],
    ]);
  });

  it('a :::image in an included file is relative to that file, and its messages are on that file', async () => {
    const include = 'Text ![pic](media/p.png) and :::image type="content" source="media/p.png" alt-text="inline img":::\n\n:::image type="content" source="media/gone.png" alt-text="Gone":::\n';
    const { html, messages, file } = await render('Intro.\n\n[!INCLUDE [x](includes/withfm.md)]', {
      sourcePath: 'sub/page.md',
      files: ['sub/includes/media/p.png'],
      texts: { 'sub/includes/withfm.md': include },
    });
    expect(html).toBe(
      '<p>Intro.</p>\n<p>Text <img src="/sub/includes/media/p.png" alt="pic"> and <img src="/sub/includes/media/p.png" alt="inline img" class="learn-image"></p>\n<p><img src="media/gone.png" alt="Gone" class="learn-image"></p>',
    );
    expect(messages).toEqual([]);
    expect(file.data.includedFiles?.[0].messages.map((m) => [m.file, m.ruleId, m.line, m.column, m.reason])).toEqual([
      ['sub/includes/withfm.md', 'links/missing-target', 3, 1, '"media/gone.png" points at sub/includes/media/gone.png, which is not in the content root'],
    ]);
  });

  it('a failed include is reported once, by the includes step, not again as a link', async () => {
    const missing = await render('Inline [!INCLUDE [nothere](nothere-inc.md)] here.', { sourcePath: 'm.md', files });
    expect(missing.html).toBe('<p>Inline [!INCLUDE [nothere](nothere-inc.md)] here.</p>');
    expect(missing.messages.map((m) => [m.ruleId, m.fatal, m.line, m.column])).toEqual([['includes/unresolved', true, 1, 8]]);
    const outside = await render('[!INCLUDE [a](../../etc/passwd)] [!INCLUDE [b](~/../../etc/passwd)]', { sourcePath: 'm.md', files });
    expect(outside.html).toBe('<p>[!INCLUDE [a](../../etc/passwd)] [!INCLUDE [b](~/../../etc/passwd)]</p>');
    expect(outside.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['includes/unresolved', 1, 34],
      ['includes/unresolved', 1, 1],
    ]);
  });

  it('a docset-root link that climbs above the root is a missing target, never a link to Learn', async () => {
    const { html, messages } = await render('See [x](~/../../etc/passwd) and [y](/azure/../intro/roles.md).', { sourcePath: 'intro/roles.md', files });
    expect(html).toBe('<p>See <a>x</a> and <a href="/intro/roles/">y</a>.</p>');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.reason])).toEqual([
      ['links/missing-target', 1, 5, '"~/../../etc/passwd" climbs above the docset root, out of the content root'],
    ]);
    expect(resolveDocsetRootUrl('/../x', '/', () => true)).toEqual({ url: '/../x', inContent: false, aboveRoot: true });
  });

  it('resolves docset-root links under the base path, and leaves other URLs to the relative rules', () => {
    const exists = (p: string) => files.includes(p);
    expect(resolveDocsetRootUrl('/intro/roles', '/docs/', exists)).toEqual({ url: '/docs/intro/roles/', inContent: true, page: 'intro/roles.md' });
    expect(resolveDocsetRootUrl('~/azure/x.md', '/docs/', exists)).toEqual({ url: 'https://learn.microsoft.com/azure/x', inContent: false });
    for (const url of ['//cdn.example.com/a.js', 'https://example.com/', 'a.md', '#x']) expect(resolveDocsetRootUrl(url, '/', exists)).toBeUndefined();
  });

  it('lists each link to a part of a page of the content root, decoded, with where it is written', async () => {
    const markdown = [
      '[Same](#Part%20one) [Other](../get-started/apps.md#set-up) [Root](~/get-started/index.md?tabs=cli#next)',
      '',
      '<a href="apps.md#x">raw</a> [Image](images/a.png#y) [Page](../get-started/apps.md) [Top](#top) [Tab](#tab/bash) [Text](#:~:text=roles) [Gone](gone.md#z) [Web](https://example.com/#w)',
    ].join('\n');
    const { file } = await render(markdown, { sourcePath: 'intro/roles.md', files: [...files, 'intro/apps.md'] });
    expect(file.data.fragmentLinks).toEqual([
      { page: 'intro/roles', fragment: 'Part one', written: '#Part%20one', source: 'intro/roles.md', line: 1, column: 1 },
      { page: 'get-started/apps', fragment: 'set-up', written: '../get-started/apps.md#set-up', source: 'intro/roles.md', line: 1, column: 21 },
      { page: 'get-started', fragment: 'next', written: '~/get-started/index.md?tabs=cli#next', source: 'intro/roles.md', line: 1, column: 60 },
      { page: 'intro/apps', fragment: 'x', written: 'apps.md#x', source: 'intro/roles.md', line: 3, column: 1 },
    ]);
  });

  it('lists a link written in an included file on that file, and a same-page link as a link to the page that includes it', async () => {
    const { file } = await render('Intro.\n\n[!INCLUDE [x](includes/part.md)]', {
      sourcePath: 'sub/page.md',
      texts: { 'sub/includes/part.md': 'See [below](#later) and [apps](../other.md#a).\n' },
      files: ['sub/other.md'],
    });
    expect(file.data.fragmentLinks).toEqual([
      { page: 'sub/page', fragment: 'later', written: '#later', source: 'sub/includes/part.md', line: 1, column: 5 },
      { page: 'sub/other', fragment: 'a', written: '../other.md#a', source: 'sub/includes/part.md', line: 1, column: 25 },
    ]);
  });

  it('reports a problem with a URL written by reference at its definition, once per use, and lists its part-of-page links there', async () => {
    const markdown = ['See [the guide][gone] and [it again][gone], and [apps][02].', '', 'Shortcut: [gone]', '', '[gone]: ./gone.md', '[02]: ../get-started/apps.md#set-up'].join('\n');
    const { messages, file } = await render(markdown, { sourcePath: 'intro/roles.md', files });
    // Three uses of one definition: three identical messages at line 5, which the loader prints once (uniqueDiagnostics).
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['links/missing-target', 5, 1],
      ['links/missing-target', 5, 1],
      ['links/missing-target', 5, 1],
    ]);
    expect(file.data.fragmentLinks).toEqual([{ page: 'get-started/apps', fragment: 'set-up', written: '../get-started/apps.md#set-up', source: 'intro/roles.md', line: 6, column: 1 }]);
  });
});

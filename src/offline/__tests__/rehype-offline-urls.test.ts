import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeOfflineUrls from '../rehype-offline-urls.ts';
import { relativeFile, sitePathToFile } from '../site-paths.ts';

describe('sitePathToFile', () => {
  it('names the index.html of a folder URL and keeps the query and fragment', () => {
    expect(sitePathToFile('/')).toBe('index.html');
    expect(sitePathToFile('/duties/a/b/')).toBe('duties/a/b/index.html');
    expect(sitePathToFile('/a/#duty-x')).toBe('a/index.html#duty-x');
    expect(sitePathToFile('/search/?q=VPN')).toBe('search/index.html?q=VPN');
    expect(sitePathToFile('/duties.json')).toBe('duties.json');
  });

  it('asks whether a URL without a trailing slash is a folder', () => {
    expect(sitePathToFile('/matrix', (p) => p === 'matrix')).toBe('matrix/index.html');
    expect(sitePathToFile('/favicon.svg', (p) => p === 'matrix')).toBe('favicon.svg');
  });
});

describe('relativeFile', () => {
  it('walks up from the page folder and down to the target', () => {
    expect(relativeFile('index.html', 'matrix/index.html')).toBe('./matrix/index.html');
    expect(relativeFile('duties/a/b/index.html', 'index.html')).toBe('../../../index.html');
    expect(relativeFile('duties/a/b/index.html', 'duties/a/c/index.html#x')).toBe('../c/index.html#x');
    expect(relativeFile('a/index.html', 'a/index.html#top')).toBe('./index.html#top');
    expect(relativeFile('a/b/index.html', 'pagefind/')).toBe('../../pagefind/');
  });
});

function rewrite(html: string, pageFile: string, folders: string[] = []): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeOfflineUrls, { pageFile, isDirectory: (p) => folders.includes(p) })
      .use(rehypeStringify)
      .processSync(html),
  );
}

describe('rehypeOfflineUrls', () => {
  it('makes links, stylesheets, scripts and images relative, with index.html for folders', () => {
    const html = rewrite(
      '<link rel="stylesheet" href="/_astro/a.css"><script src="/pagefind/x.js"></script><a href="/matrix/">m</a><a href="/contents">c</a><img src="/intro/images/p.png" alt="">',
      'duties/a/index.html',
      ['contents'],
    );
    expect(html).toContain('href="../../_astro/a.css"');
    expect(html).toContain('src="../../pagefind/x.js"');
    expect(html).toContain('href="../../matrix/index.html"');
    expect(html).toContain('href="../../contents/index.html"');
    expect(html).toContain('src="../../intro/images/p.png"');
  });

  it('leaves fragments, relative and external links alone', () => {
    const html = rewrite('<a href="#top">t</a><a href="https://example.com/">e</a><a href="mailto:a@b.c">m</a><a href="x.html">x</a>', 'a/index.html');
    expect(html).toBe('<a href="#top">t</a><a href="https://example.com/">e</a><a href="mailto:a@b.c">m</a><a href="x.html">x</a>');
  });

  it('replaces a remote image by a link to it, so that nothing is fetched from the network', () => {
    const html = rewrite('<p><img src="https://docs.microsoft.com/a.svg" alt="Deploy"><img src="//cdn.example/b.png"></p>', 'index.html');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://docs.microsoft.com/a.svg" class="offline-external">Deploy (online only)</a>');
    expect(html).toContain('href="//cdn.example/b.png"');
  });

  it('points the search loader at the relative bundle folder and marks it embedded', () => {
    const html = rewrite('<div data-search-bundle="/pagefind/"></div>', 'get-started/apps/index.html');
    expect(html).toBe('<div data-search-bundle="../../pagefind/" data-search-embedded=""></div>');
  });

  it('keeps only the local candidates of a srcset, made relative, and drops a srcset with none', () => {
    const html = rewrite(
      '<picture><source srcset="https://cdn.example/a.png 2x, /images/a.png 1x"><source srcset="https://cdn.example/b.png"><img src="/images/a.png" alt="A"></picture>',
      'intro/index.html',
    );
    expect(html).toBe('<picture><source srcset="../images/a.png 1x"><source><img src="../images/a.png" alt="A"></picture>');
  });

  it('drops a remote icon, which only decorates', () => {
    const html = rewrite('<div class="cardImage"><img src="https://docs.microsoft.com/office/media/icons/blocks-blue.svg" alt="Building blocks"></div>', 'index.html');
    expect(html).toBe('<div class="cardImage"></div>');
  });
});

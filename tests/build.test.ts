/**
 * Builds real content and checks what ends up in the pages: the seed
 * document word for word, the whole mmd-2018 docs set with no broken link,
 * and content errors that fail the build with the file named.
 */
import { selectAll } from 'hast-util-select';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownPages, tempContentRoot } from './helpers/content-root.ts';
import { findBrokenLinks, htmlFiles, readHtml, servedPath, texts } from './helpers/html.ts';
import { BUILT_SITES, SEED_CONTENT } from './helpers/paths.ts';
import { indexedFragments } from './helpers/search-index.ts';
import { listFiles } from '../src/utils/files.ts';

const words = (text: string) => text.replace(/<br\s*\/?>/gi, ' ').replace(/[*_`\\]/g, '').split(/[\s-]+/).filter(Boolean);

/** The rows of the seed's two role tables, straight from the markdown source. */
async function seedRows() {
  const source = await readFile(path.join(SEED_CONTENT, 'roles-and-responsibilities.md'), 'utf8');
  const tables = source.split(/^## /m).slice(1).map((section) =>
    section
      .split('\n')
      .filter((line) => line.includes(' | ') && !/^Role or re/.test(line) && !line.startsWith('---'))
      .map((line) => {
        const [name, ...rest] = line.split(' | ');
        return { name: name.trim(), description: rest.join(' | ').trim() };
      }),
  );
  return { microsoft: tables[0], customer: tables[1] };
}

describe('the seed site', () => {
  const page = path.join(BUILT_SITES.seed.outDir, 'roles-and-responsibilities/index.html');

  it('shows all 8 Microsoft duties and all 11 customer duties, every word of every description', async () => {
    const tree = await readHtml(page);
    const rows = await seedRows();
    expect(rows.microsoft).toHaveLength(8);
    expect(rows.customer).toHaveLength(11);
    expect(texts(tree, '.prose table')).toHaveLength(2);
    const renderedRows = texts(tree, '.prose tbody tr');
    expect(renderedRows).toHaveLength(19);
    [...rows.microsoft, ...rows.customer].forEach((row, i) => {
      expect(renderedRows[i].startsWith(row.name)).toBe(true);
      const renderedWords = new Set(words(renderedRows[i]));
      for (const word of words(row.description)) expect(renderedWords, `${row.name}: "${word}"`).toContain(word);
    });
  });

  it('shows the title, the date and no literal markup', async () => {
    const tree = await readHtml(page);
    expect(texts(tree, 'h1')).toEqual(['Microsoft 365 Managed Desktop roles and responsibilities']);
    expect(texts(tree, '.updated')[0]).toBe('Last updated June 6, 2018');
    expect(texts(tree, 'title')[0]).toContain('Microsoft 365 Managed Desktop roles and responsibilities');
  });
});

describe.each(Object.entries(BUILT_SITES))('every built page of the %s site', (_name, site) => {
  it('has no literal <br>, [!NOTE] or .md link', async () => {
    for (const file of await htmlFiles(site.outDir)) {
      const html = await readFile(file, 'utf8');
      expect(html, file).not.toMatch(/&lt;br|&#x3C;br|\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i);
      expect(html, file).not.toMatch(/(href|src)="[^"]*\.md(#[^"]*)?"/);
    }
  });

  it('has no broken internal link, image or anchor', async () => {
    const { broken, checked } = await findBrokenLinks(site.outDir);
    expect(checked).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });

  it('has a search index of every article, and of every article\'s duties by owner', async () => {
    const entry = JSON.parse(await readFile(path.join(site.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const duties = JSON.parse(await readFile(path.join(site.outDir, 'duties.json'), 'utf8')) as { doc: string; owner: string }[];
    const articles = await markdownPages(site.contentDir);
    const dutyGroups = new Set(duties.map((d) => `${d.doc} ${d.owner}`));
    expect(entry.languages.en.page_count).toBe(articles.length + dutyGroups.size);
  });

  it("publishes Pagefind's files as src/search/pagefind-files.ts changes them: the WebAssembly decompressed, the first search's poll at 5 ms, graphemes split only where words are", async () => {
    const bundle = path.join(site.outDir, 'pagefind');
    const [wasm] = (await readdir(bundle)).filter((name) => /^wasm\.en\.pagefind$/.test(name));
    expect((await readFile(path.join(bundle, wasm))).subarray(0, 12).toString()).toBe('pagefind_dcd');
    const api = await readFile(path.join(bundle, 'pagefind.js'), 'utf8');
    expect(api).toContain('await asyncSleep(5);}');
    expect(api).not.toContain('await asyncSleep(50);}if(!this.raw_ptr)');
    expect(api).toContain('typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(trueLanguage)){');
  });

  it('indexes clean text for titles and excerpts: no anchor glyph, no cross-link label, no word run into the next block\'s', async () => {
    const fragments = await indexedFragments(site.outDir);
    expect(fragments.length).toBeGreaterThan(2);
    // A word with a capital inside it ("procurementYour", "ringFirst") is glued unless the content has it so ("OneDrive").
    let source = '';
    for (const file of await listFiles(site.contentDir)) if (file.endsWith('.md')) source += await readFile(path.join(site.contentDir, file), 'utf8');
    for (const { file, texts } of fragments) {
      for (const text of texts) {
        expect(text, file).not.toMatch(/#|Your part:|Microsoft's part:/);
        const glued = (text.match(/[\p{L}\p{N}]*\p{Ll}\p{Lu}[\p{L}\p{N}]*/gu) ?? []).filter((word) => !source.includes(word));
        expect(glued, file).toEqual([]);
      }
    }
  });

  it('names its small index in every page, for the search opener to fetch when search opens: every file of it, each there', async () => {
    const bundle = path.join(site.outDir, 'pagefind');
    // Not the filter files: the first search needs none.
    const index = (await readdir(bundle, { recursive: true })).filter((name) => /^(index|fragment)\/|\.pf_meta$|^wasm\.en\.pagefind$/.test(name));
    for (const file of await htmlFiles(site.outDir)) {
      const named = /data-search-files="([^"]*)"/.exec(await readFile(file, 'utf8'));
      expect(named, file).not.toBeNull();
      const files = JSON.parse(named![1].replace(/&quot;/g, '"')) as string[];
      expect(files.map((f) => f.split('?')[0]).sort(), file).toEqual(['pagefind-entry.json', ...index].sort());
    }
  });

  it('is in HTML with a language, a title and a viewport', async () => {
    for (const file of await htmlFiles(site.outDir)) {
      const html = await readFile(file, 'utf8');
      expect(html, file).toMatch(/<html lang="en">/);
      expect(html, file).toMatch(/<meta name="viewport"/);
    }
  });
});

describe('the mmd-2018 corpus site', () => {
  const { outDir, contentDir } = BUILT_SITES.mmd;

  it('builds a page for each of its pages (24 in the TOC, 25 files), every one reachable from the navigation', async () => {
    const pages = await markdownPages(contentDir);
    expect(pages).toHaveLength(25);
    const contents = await readHtml(path.join(outDir, 'contents/index.html'));
    const linked = new Set(selectAll('.contents-tree a', contents).map((a) => String(a.properties.href)));
    const built = (await htmlFiles(outDir)).map((f) => servedPath(outDir, f)).filter((p) => !['/404.html', '/contents/', '/search/'].includes(p) && !p.startsWith('/matrix/'));
    expect(built).toHaveLength(pages.length);
    for (const url of built) expect(linked, url).toContain(url);
  });

  it('copies the images the pages use', async () => {
    const tree = await readHtml(path.join(outDir, 'get-started/devices/index.html'));
    const images = selectAll('.prose img', tree).map((img) => String(img.properties.src));
    expect(images.length).toBeGreaterThan(0);
    for (const src of images) expect(src).toMatch(/^\/get-started\/images\//);
  });
});

describe('content errors', () => {
  it('fails the build on an impossible ms.date and on a missing title, naming file, line and key', async () => {
    const { build } = await tempContentRoot({
      'bad-date.md': '---\ntitle: Bad date\nms.date: 13/45/2018\n---\n\n# Bad date\n',
      'sub/no-title.md': '---\ndescription: Nothing here\n---\n\n# No title\n',
    });
    const result = await build();
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/bad-date\.md:3:1 error \[front-matter\/ms-date\].*ms\.date.*13\/45\/2018/);
    expect(result.output).toMatch(/sub\/no-title\.md:\d+:\d+ error \[front-matter\/title\].*title/);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('a second build', () => {
  it('processes only the page that was edited, and publishes its change with the other pages kept; checks the unchanged pages\' links to it again', async () => {
    const page = (title: string, duty: string) => `---\ntitle: ${title}\ndescription: A page.\n---\n\n# ${title}\n\n## Microsoft's roles and responsibilities\n\nRole or responsibility | Description\n--- | ---\n${duty} | Microsoft does it.\n`;
    const linkToBackups = '\nSee [backups](b.md#duty-microsoft-backups).\n';
    const root = await tempContentRoot({ 'a.md': page('Alpha', 'Patching') + linkToBackups, 'b.md': page('Beta', 'Backups'), 'c.md': page('Gamma', 'Billing') });
    const first = await root.build();
    expect(first.code, first.output).toBe(0);
    expect(first.output).not.toContain('links/missing-anchor');
    await writeFile(path.join(root.dir, 'b.md'), page('Beta', 'Restores'));
    const second = await root.build();
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/^Processed 1 page\(s\) in/m);
    expect(second.output).toMatch(/^2 page\(s\) unchanged since the last build\./m);
    // a.md was not processed again, and its link to the duty that is gone is reported.
    expect(second.output).toMatch(/a\.md:14:5 warning \[links\/missing-anchor\] "b\.md#duty-microsoft-backups": b\.md has no heading or anchor/);
    expect(texts(await readHtml(path.join(root.outDir, 'b/index.html')), '.prose td').join(' ')).toContain('Restores');
    expect(texts(await readHtml(path.join(root.outDir, 'a/index.html')), '.prose td').join(' ')).toContain('Patching');
    const third = await root.build();
    expect(third.output).toMatch(/^All 3 page\(s\) unchanged since the last build\./m);
    expect(texts(await readHtml(path.join(root.outDir, 'b/index.html')), '.prose td').join(' ')).toContain('Restores');
  });
});

import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../../markdown/messages.ts';
import { navigationFromFolders, navigationFromToc, type NavNode, type NavPage } from '../build-navigation.ts';
import { breadcrumbs, CLOSED_SECTION_ITEMS, CLOSED_SECTIONS_BUDGET, distinctLinks, flatten, prevNext, SIDEBAR_WINDOW, sidebar, type SidebarList } from '../page-navigation.ts';
import { parseTocMarkdown } from '../toc-md.ts';
import { parseTocYaml } from '../toc-yml.ts';

/** TOC message files, as the loader keeps them, and the problems reported on them. */
function tocMessages() {
  const files = new Map<string, VFile>();
  return {
    messages: (name: string) => files.get(name) ?? files.set(name, new VFile({ path: name })).get(name)!,
    problems: () => [...files.values()].flatMap((file) => diagnosticsOf(file, file.path)),
  };
}

const pages: NavPage[] = [
  { id: 'index', title: 'Home', sourcePath: 'index.md' },
  { id: 'intro', title: 'Intro', sourcePath: 'intro/index.md' },
  { id: 'intro/roles', title: 'Roles', sourcePath: 'intro/roles.md' },
  { id: 'faq', title: 'FAQ', sourcePath: 'faq.md' },
];

describe('TOC.md', () => {
  it('reads heading levels as depth and links as pages', () => {
    const entries = parseTocMarkdown('# [Home](index.md)\n## [Intro](intro/index.md)\n### [Roles](intro/roles.md)\n## Plain section');
    expect(entries).toHaveLength(1);
    expect(entries[0].href).toBe('index.md');
    expect(entries[0].children.map((c) => c.title)).toEqual(['Intro', 'Plain section']);
    expect(entries[0].children[0].children[0]).toMatchObject({ title: 'Roles', href: 'intro/roles.md', line: 3 });
  });

  it('keeps the order, adds unlisted pages under More pages, and warns about missing ones', () => {
    const entries = parseTocMarkdown('# [Home](index.md)\n## [Roles](intro/roles.md)\n## [Gone](gone.md)');
    const { messages, problems } = tocMessages();
    const tree = navigationFromToc(entries, pages, messages);
    expect(flatten(tree).map((l) => l.id)).toEqual(['index', 'intro/roles', 'faq', 'intro']);
    expect(tree[0].children.at(-1)?.title).toBe('More pages');
    expect(problems()).toMatchObject([{ rule: 'toc/missing-page', file: 'TOC.md', line: 3, severity: 'warning' }]);
  });
});

describe('toc.yml', () => {
  const read = (files: Record<string, string>, file = 'toc.yml') => {
    const { messages, problems } = tocMessages();
    return { entries: parseTocYaml(file, { readText: (name) => files[name] }, messages), problems: problems() };
  };

  it('reads name, href, items and expanded, with or without a top-level items:', () => {
    for (const text of ['- name: Intro\n  href: intro/index.md\n  expanded: true\n  items:\n    - name: Roles\n      href: intro/roles.md\n', 'items:\n- name: Intro\n  href: intro/index.md\n  expanded: true\n  items:\n    - name: Roles\n      href: intro/roles.md\n']) {
      const { entries, problems } = read({ 'toc.yml': text });
      expect(problems).toEqual([]);
      expect(entries[0]).toMatchObject({ title: 'Intro', href: 'intro/index.md', expanded: true, file: 'toc.yml' });
      expect(entries[0].children[0]).toMatchObject({ title: 'Roles', href: 'intro/roles.md' });
    }
  });

  it('brings in a nested TOC, named or by its folder, with links relative to it', () => {
    const files = { 'toc.yml': '- name: Intro\n  href: intro/toc.yml\n- name: Also\n  href: intro/\n', 'intro/toc.yml': '- name: Roles\n  href: roles.md\n' };
    const { entries, problems } = read(files);
    expect(problems).toEqual([]);
    for (const entry of entries) expect(entry.children[0]).toMatchObject({ title: 'Roles', href: 'roles.md', file: 'intro/toc.yml', line: 1 });
    const tree = navigationFromToc(entries, pages, tocMessages().messages);
    expect(tree[0].children[0]).toMatchObject({ title: 'Roles', id: 'intro/roles' });
  });

  it('reports a TOC that includes itself, a missing one, and broken YAML, where they are written', () => {
    expect(read({ 'toc.yml': '- name: Loop\n  href: toc.yml\n' }).problems).toMatchObject([{ rule: 'toc/cycle', file: 'toc.yml', line: 1, severity: 'error' }]);
    expect(read({ 'toc.yml': '- name: Gone\n  href: gone/toc.yml\n' }).problems).toMatchObject([{ rule: 'toc/missing-file', line: 1, severity: 'error' }]);
    expect(read({ 'toc.yml': '- name: Intro\n  href: [unclosed\n' }).problems[0]).toMatchObject({ rule: 'toc/yaml', file: 'toc.yml', severity: 'error' });
  });

  it('reports YAML errors without the place the yaml library appends to its message', () => {
    const { problems } = read({ 'toc.yml': '- name: Intro\n  href: [unclosed\n' });
    expect(problems.map((d) => [d.rule, d.severity, d.line, d.column, d.message])).toEqual([
      ['toc/yaml', 'error', 3, 1, 'the TOC is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ]);
  });

  it('reports entries, items: and href: of the wrong type where they are written, shows what it can, and leaves out an entry with nothing to show', () => {
    const { entries, problems } = read({
      'toc.yml': '- name: 5\n  href: ok.md\n- name: Items wrong\n  items: "notalist"\n- href: [1,2]\n- name: Missing\n  href: nothere.md\n- "just a string"\n',
    });
    expect(entries.map((e) => [e.title, e.href, e.children.length])).toEqual([
      ['5', 'ok.md', 0],
      ['Items wrong', undefined, 0],
      ['Missing', 'nothere.md', 0],
    ]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'toc.yml',
        line: 4,
        column: 10,
        rule: 'toc/shape',
        message: 'items: of "Items wrong" is the text "notalist", not a list of entries; the entry is shown without them',
        fix: 'list the entries under items:, each a "- name: …" line with its "href: …" below it, or remove items:',
      },
      { severity: 'warning', file: 'toc.yml', line: 5, column: 9, rule: 'toc/shape', message: 'href: of this TOC entry is a list, not a link; with nothing to show, the entry is left out', fix: 'write the link as text, e.g. "href: overview.md"' },
      {
        severity: 'warning',
        file: 'toc.yml',
        line: 8,
        column: 3,
        rule: 'toc/shape',
        message: 'this TOC entry is the text "just a string", not a mapping with name: and href:; it is left out',
        fix: 'write it as "- name: just a string" with its "href: …" on the next line, or remove it',
      },
    ]);
  });

  it('keeps numbers as names as written, reads topicHref, and reports names that are not text, empty and untitled entries', () => {
    const { entries, problems } = read({ 'toc.yml': '- name: 1.10\n  topicHref: a.md\n- name: {a: 1}\n  href: b.md\n-\n- items:\n  - name: C\n- expanded: true\n- name: [x]\n' });
    expect(entries.map((e) => [e.title, e.href, e.children.length])).toEqual([
      ['1.10', 'a.md', 0],
      ['b.md', 'b.md', 0],
      ['', undefined, 1],
    ]);
    expect(problems.map((d) => [d.rule, d.severity, d.line, d.column, d.message])).toEqual([
      ['toc/shape', 'warning', 3, 9, 'name: of this TOC entry is a mapping, not text'],
      ['toc/shape', 'warning', 5, 2, 'this TOC entry is empty, not a mapping with name: and href:; it is left out'],
      ['toc/shape', 'warning', 6, 3, 'this TOC entry has neither name: nor href:; it is shown without a title'],
      ['toc/shape', 'warning', 8, 3, 'this TOC entry has neither name: nor href:; it is left out'],
      ['toc/shape', 'warning', 9, 9, 'name: of this TOC entry is a list, not text; with nothing to show, the entry is left out'],
    ]);
  });

  it('reports a TOC that is not a list of entries, in itself or in a TOC it brings in, as an error', () => {
    const problemsOf = (files: Record<string, string>) => read(files).problems.map((d) => [d.file, d.rule, d.severity, d.line, d.column, d.message]);
    expect(problemsOf({ 'toc.yml': 'items: 7\n' })).toEqual([['toc.yml', 'toc/shape', 'error', 1, 8, 'items: at the top of the TOC is the number 7, not a list of entries; the TOC has no entries']]);
    expect(problemsOf({ 'toc.yml': 'name: Intro\nhref: intro.md\n' })).toEqual([['toc.yml', 'toc/shape', 'error', 1, 1, 'the TOC is a mapping without items:, not a list of entries; it has no entries']]);
    expect(problemsOf({ 'toc.yml': '- name: Intro\n  href: intro/toc.yml\n', 'intro/toc.yml': '"roles.md"\n' })).toEqual([['intro/toc.yml', 'toc/shape', 'error', 1, 1, 'the TOC is the text "roles.md", not a list of entries; it has no entries']]);
    expect(read({ 'toc.yml': 'items: 7\n' }).problems[0].fix).toBe('start the file with its entries, each a "- name: …" line with its "href: …" below it (or put them under "items:")');
    // An empty TOC, or an empty items:, has no entries and nothing wrong.
    expect(problemsOf({ 'toc.yml': '# nothing yet\n' })).toEqual([]);
    expect(problemsOf({ 'toc.yml': 'items:\n' })).toEqual([]);
  });

  it('refuses links that would run script, shows docset-root links as Learn links, and drops Learn query strings', () => {
    const { entries } = read({
      'toc.yml': '- name: Bad\n  href: javascript:alert(1)\n- name: Data\n  href: " DATA:text/html,x"\n- name: Shell\n  href: /azure/cloud-shell/quickstart?toc=%2fcli\n- name: Roles\n  href: intro/roles.md?toc=%2fcli\n',
    });
    const { messages, problems } = tocMessages();
    const tree = navigationFromToc(entries, pages, messages);
    expect(tree.slice(0, 4).map((n) => n.href ?? n.id ?? null)).toEqual([null, null, 'https://learn.microsoft.com/azure/cloud-shell/quickstart', 'intro/roles']);
    expect(problems().map((d) => [d.rule, d.severity, d.line])).toEqual([
      ['toc/unsafe-link', 'error', 1],
      ['toc/unsafe-link', 'error', 3],
      ['toc/outside-docset', 'warning', 5],
    ]);
  });
});

describe('folder navigation', () => {
  it('groups pages by folder, with the folder index as the group page', () => {
    const tree = navigationFromFolders(pages);
    const intro = tree.find((n) => n.id === 'intro');
    expect(intro?.title).toBe('Intro');
    expect(intro?.children.map((c) => c.id)).toEqual(['intro/roles']);
  });
});

describe('page navigation', () => {
  const tree = navigationFromFolders(pages);

  it('gives previous and next in navigation order, and breadcrumbs', () => {
    const order = flatten(tree);
    const index = order.findIndex((l) => l.id === 'intro/roles');
    expect(prevNext(order, 'intro/roles')).toEqual({ prev: order[index - 1], next: order[index + 1] });
    expect(breadcrumbs(tree, 'intro/roles')).toEqual([{ title: 'Intro', id: 'intro' }]);
  });

  it('keeps the sidebar the same size however many pages the site has', () => {
    const count = (list: SidebarList): number =>
      list.items.reduce((n, item) => n + 1 + (item.children ? count(item.children) : 0), 0);
    const manyPages = (n: number): NavPage[] =>
      Array.from({ length: n }, (_, i) => ({ id: `s/p${i}`, title: `Page ${String(i).padStart(4, '0')}`, sourcePath: `s/p${i}.md` }));
    const small = sidebar(navigationFromFolders(manyPages(100)), 's/p50');
    const large = sidebar(navigationFromFolders(manyPages(1000)), 's/p500');
    expect(count(large)).toBe(count(small));
    expect(count(large)).toBeLessThanOrEqual(2 * SIDEBAR_WINDOW + 1);
    // The one folder is the tree's single root, so the sidebar lists its pages.
    expect(large.hiddenBefore + large.hiddenAfter + large.items.length).toBe(1000);
    expect(large.items.some((item) => item.current)).toBe(true);
  });
});

describe('closed sections', () => {
  const count = (list: SidebarList): number => list.items.reduce((n, item) => n + 1 + (item.children ? count(item.children) : 0), 0);
  const sections = (sectionCount: number, pagesEach: number): NavPage[] =>
    Array.from({ length: sectionCount * pagesEach }, (_, i) => {
      const [s, p] = [Math.floor(i / pagesEach), i % pagesEach];
      return { id: `s${s}/p${p}`, title: `Page ${s}.${p}`, sourcePath: `s${s}/p${p}.md` };
    });

  it('lists every page of a few small sections, so that each is two clicks away', () => {
    const list = sidebar(navigationFromFolders(sections(4, CLOSED_SECTION_ITEMS)), 's0/p0');
    const closed = list.items.filter((item) => item.children && !item.open);
    expect(closed).toHaveLength(3);
    for (const item of closed) expect(item.children?.items).toHaveLength(CLOSED_SECTION_ITEMS);
  });

  it('lists fewer pages under each of many sections, at least one, within the budget', () => {
    const list = sidebar(navigationFromFolders(sections(20, 50)), 's10/p25');
    const closed = list.items.filter((item) => item.children && !item.open);
    expect(closed.length).toBeGreaterThan(10);
    const listed = closed.map((item) => item.children!.items.length);
    expect(Math.min(...listed)).toBeGreaterThanOrEqual(1);
    expect(listed.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(CLOSED_SECTIONS_BUDGET);
    // Each closed section still says how many pages it holds.
    for (const item of closed) expect(item.children!.items.length + item.children!.hiddenAfter).toBe(50);
    expect(count(list)).toBeLessThan(2 * (2 * SIDEBAR_WINDOW + 1) + CLOSED_SECTIONS_BUDGET);
  });
});

describe('distinctLinks', () => {
  const node = (title: string, id: string | undefined, children: NavNode[] = []): NavNode => ({ title, id, children });

  it('adds the section to pages that share a title, and nothing to the others', () => {
    const tree = [node('Setup', 'setup', [node('Overview', 'setup/overview')]), node('Operate', undefined, [node('Overview', 'operate/overview'), node('Support', 'support')])];
    expect(distinctLinks(tree)).toEqual([
      { title: 'Setup', id: 'setup' },
      { title: 'Overview', id: 'setup/overview', context: 'Setup' },
      { title: 'Overview', id: 'operate/overview', context: 'Operate' },
      { title: 'Support', id: 'support' },
    ]);
  });

  it('adds the path when the section does not tell them apart (same section, or none), whatever the case of the titles', () => {
    const tree = [node('FAQ', 'faq'), node('Help', undefined, [node('faq', 'help/faq'), node('FAQ', 'help/faq-2')])];
    expect(distinctLinks(tree).map((l) => l.context)).toEqual(['faq', 'help/faq', 'help/faq-2']);
  });
});

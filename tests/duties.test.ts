/**
 * Duties end to end: the 27 real versions of the seed, the built seed site's
 * exports and cross-links, and the build's errors and warnings for authors.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentRoot } from '../src/loaders/parse-content-root.ts';
import { pageIdFromPath } from '../src/utils/slugs.ts';
import { runBuild } from './helpers/build.ts';
import { tempContentRoot } from './helpers/content-root.ts';
import { selectAll } from 'hast-util-select';
import { readHtml, texts } from './helpers/html.ts';
import { BUILT_SITES, CORPUS_MMD, ROLES_HISTORY, SHARED } from './helpers/paths.ts';
import { writeTempFiles } from './helpers/temp-files.ts';

/** Rows of the role tables of a markdown file, counted straight from its text. */
function roleTableRows(markdown: string): number {
  let rows = 0;
  let inTable = false;
  for (const line of markdown.split('\n')) {
    if (/^\|?\s*Role or re\w*sibility\s*\|\s*Description/i.test(line)) inTable = true;
    else if (inTable && line.trim() === '') inTable = false;
    else if (inTable && line.includes('|') && !/^\|?\s*-{3}/.test(line)) rows += 1;
  }
  return rows;
}

describe('the 27 versions of the seed page, under one content root', () => {
  it('give exactly as many duties as their tables have rows', async () => {
    const files = (await readdir(ROLES_HISTORY)).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(27);
    const content = await parseContentRoot(ROLES_HISTORY, '/');
    expect(content.problems.filter((d) => d.severity === 'error')).toEqual([]);
    let withTables = 0;
    for (const file of files) {
      const expected = roleTableRows(await readFile(path.join(ROLES_HISTORY, file), 'utf8'));
      const found = content.snapshot.duties.filter((d) => d.doc === pageIdFromPath(file));
      expect(found.length, file).toBe(expected);
      if (expected > 0) withTables += 1;
    }
    expect(withTables).toBeGreaterThan(15);
  });
});

describe('the seed site', () => {
  const { outDir } = BUILT_SITES.seed;
  const load = async () => JSON.parse(await readFile(path.join(outDir, 'duties.json'), 'utf8')) as Record<string, unknown>[];

  it('exports 8 Microsoft and 11 customer duties as JSON and CSV, with site-relative URLs', async () => {
    const duties = await load();
    expect(duties.filter((d) => d.owner === 'microsoft')).toHaveLength(8);
    expect(duties.filter((d) => d.owner === 'customer')).toHaveLength(11);
    for (const duty of duties) {
      expect(Object.keys(duty)).toEqual(expect.arrayContaining(['id', 'owner', 'name', 'description', 'doc', 'url', 'anchor', 'counterparts']));
      for (const key of ['doc', 'url', 'anchor'] as const) expect(String(duty[key])).toMatch(/^\//);
    }
    const csv = await readFile(path.join(outDir, 'duties.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain('id,owner,name,description,section,phase,provider,doc,url,anchor,counterparts');
    expect(csv).toContain('roles-and-responsibilities/microsoft/device-procurement');
    const schema = JSON.parse(await readFile(path.join(outDir, 'duties.schema.json'), 'utf8'));
    expect(schema.type).toBe('array');
    expect(schema.items.required).toEqual(expect.arrayContaining(['id', 'owner', 'counterparts']));
  });

  it('cross-links counterparts both ways', async () => {
    const duties = await load();
    const byId = new Map(duties.map((d) => [d.id as string, d]));
    const pair = (a: string, b: string) => {
      expect(byId.get(a)?.counterparts).toContain(b);
      expect(byId.get(b)?.counterparts).toContain(a);
    };
    pair('roles-and-responsibilities/microsoft/end-user-support', 'roles-and-responsibilities/customer/end-user-support');
    pair('roles-and-responsibilities/microsoft/security-monitoring', 'roles-and-responsibilities/customer/security-monitoring-and-response');
    for (const duty of duties) {
      for (const other of duty.counterparts as string[]) expect(byId.get(other)?.counterparts, `${other} → ${duty.id}`).toContain(duty.id);
    }
  });

  it('gives each duty a permalink on its row, and discloses its counterpart there with the reason they pair', async () => {
    const duties = await load();
    for (const duty of duties) expect(String(duty.url)).toMatch(/^\/roles-and-responsibilities\/#duty-(microsoft|customer)-[a-z0-9-]+$/);
    const article = await readHtml(path.join(outDir, 'roles-and-responsibilities/index.html'));
    for (const duty of duties) expect(selectAll(`[id="${String(duty.url).split('#')[1]}"]`, article), String(duty.id)).toHaveLength(1);
    expect(texts(article, '#duty-microsoft-security-monitoring .counterpart summary')).toEqual(['Your part: Security monitoring and response']);
    expect(texts(article, '#duty-customer-security-monitoring-and-response .counterpart summary')).toEqual(["Microsoft's part: Security monitoring"]);
    // The counterpart's own description, and the reason from counterparts.yaml.
    const procurement = texts(article, '#duty-microsoft-device-procurement .counterpart')[0];
    expect(procurement).toContain('Devices and accessories not provided');
    expect(procurement).toContain('Microsoft orders and ships the managed devices');
    expect(texts(article, '#duty-microsoft-device-procurement .counterpart a')).toEqual(['Go to Hardware']);
  });

  it('shows the matrix: an index of articles, and for each its pairs side by side with the unpaired duties apart', async () => {
    const index = await readHtml(path.join(outDir, 'matrix/index.html'));
    const [link] = selectAll('.matrix-index tbody th a', index);
    expect(texts(index, '.matrix-index tbody tr')).toEqual(['Microsoft 365 Managed Desktop roles and responsibilities 8 11 8']);
    const [pagePath, anchor] = String(link.properties.href).split('#');
    const matrix = await readHtml(path.join(outDir, pagePath, 'index.html'));
    const section = `section[aria-labelledby="${anchor}"]`;
    const rows = texts(matrix, `${section} .matrix tbody tr`);
    expect(rows.some((row) => row.startsWith('Security monitoring Security monitoring and response'))).toBe(true);
    expect(texts(matrix, `${section} .only-lists div:first-child li`)).toEqual(['Account Manager']);
    expect(texts(matrix, `${section} .only-lists div:last-child li`)).toEqual(['Identity management', 'Office 365 configuration and management', 'Printing', 'Mobile devices']);
  });
});

describe('duty errors and warnings in a build', () => {
  const page = (heading: string, rows: string) =>
    `---\ntitle: T\ndescription: D\n---\n\n## ${heading}\n\nRole or responsibility | Description\n--- | ---\n${rows}\n`;

  it('reports every error of every file in one run, each with file:line:column, rule and fix', async () => {
    const { build } = await tempContentRoot({
      'empty-name.md': page("Microsoft's roles and responsibilities", '|  | Does things. |'),
      'empty-description.md': page("Microsoft's roles and responsibilities", 'Printing | '),
      'extra-cells.md': page('Your roles and responsibilities', 'Printing | Install printers | and queues'),
      'duplicate.md': page('Your roles and responsibilities', 'Printing | One.\nPrinting | Two.'),
      'unknown-owner.md': page('Partner duties', 'Printing | Installs printers.'),
      'valid.md': `${page("Microsoft's roles and responsibilities", 'Printer support | Fixes drivers.')}\n## Your roles and responsibilities\n\nRole or responsibility | Description\n--- | ---\nPrinting | Installs printers.\n`,
      'counterparts.yaml': '- page: valid.md\n  microsoft: Printer suport\n  customer: Printing\n',
    });
    const { code, output } = await build();
    expect(code).toBe(1);
    expect(output).toMatch(/empty-name\.md:10:1 error \[duties\/empty-name\]/);
    expect(output).toMatch(/empty-description\.md:10:\d+ error \[duties\/empty-description\]/);
    expect(output).toMatch(/extra-cells\.md:10:29 error \[duties\/extra-cells\]/);
    expect(output).toMatch(/duplicate\.md:11:1 error \[duties\/duplicate-name\]/);
    expect(output).toMatch(/unknown-owner\.md:8:1 error \[duties\/unknown-owner\][^\n]*\n\s+fix: .*OWNER_HEADINGS in src\/config\.ts/);
    expect(output).toMatch(/counterparts\.yaml:2:14 error \[counterparts\/unknown-duty\][^\n]*\n\s+fix: did you mean "Printer support"/);
    expect(output).toContain('6 content error(s)');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('lists warnings at the end and still succeeds', async () => {
    const { build } = await tempContentRoot({
      'warnings.md': `---\ntitle: T\ndescription:\n---\n\n## Microsoft's roles and responsibilities\n\nRole or reponsibility | Description\n--- | ---\nPolicy | As prescribed (link to be added).\n`,
    });
    const { code, output } = await build();
    expect(code, output).toBe(0);
    const tail = output.slice(output.lastIndexOf('counterpart pair(s)'));
    expect(tail).toMatch(/0 content error\(s\), 3 warning\(s\)\./);
    expect(tail).toMatch(/warnings\.md:3:1 warning \[front-matter\/empty-description\]/);
    expect(tail).toMatch(/warnings\.md:8:1 warning \[duties\/header-spelling\]/);
    expect(tail).toMatch(/warnings\.md:10:\d+ warning \[duties\/placeholder\]/);
  });
});

describe('check-mark task matrices', () => {
  const AUTOPATCH = path.join(SHARED, 'corpus/autopatch-roles-history');

  /** Duties per "phase/owner" counted straight from a markdown task matrix: one per check mark. */
  function checkMarksPerPhase(markdown: string, parties: { column: number; owner: string }[], isCheck: (cell: string) => boolean) {
    const counts: Record<string, number> = {};
    let phase = '';
    let rowsSeen = 0;
    for (const line of markdown.split('\n')) {
      const heading = /^## (.+)$/.exec(line);
      if (heading) phase = heading[1].trim();
      if (!line.includes('|') || /^\|?\s*:?-{3}/.test(line) || /^\|?\s*(Task|Application work items)\s*\|/.test(line)) continue;
      const cells = line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|');
      if (cells.length < 2) continue;
      const bold = /^\s*\*\*(.+)\*\*\s*$/.exec(cells[0]);
      if (bold && parties.every((p) => !isCheck(cells[p.column] ?? ''))) {
        phase = bold[1];
        continue;
      }
      rowsSeen += 1;
      for (const party of parties) if (isCheck(cells[party.column] ?? '')) counts[`${phase}/${party.owner}`] = (counts[`${phase}/${party.owner}`] ?? 0) + 1;
    }
    return { counts, rowsSeen };
  }

  const perPhase = (duties: { phase?: string | null; owner: string }[]) => {
    const counts: Record<string, number> = {};
    for (const d of duties) counts[`${d.phase}/${d.owner}`] = (counts[`${d.phase}/${d.owner}`] ?? 0) + 1;
    return counts;
  };

  it.each(['20221219.md', '20230725.md'])('the Autopatch page of %s gives one duty per check mark, with its phase and the provider named as the page names it', async (version) => {
    const markdown = await readFile(path.join(AUTOPATCH, version), 'utf8');
    const expected = checkMarksPerPhase(markdown, [{ column: 1, owner: 'customer' }, { column: 2, owner: 'microsoft' }], (cell) => cell.includes(':heavy_check_mark:'));
    const dir = await writeTempFiles(
      { 'overview/windows-autopatch-roles-responsibilities.md': markdown, 'prepare/windows-autopatch-prerequisites.md': '---\ntitle: Prerequisites\n---\n\nWhat you need.\n' },
      'roles-docs-autopatch-',
    );
    const { snapshot, problems, pages } = await parseContentRoot(dir, '/');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(perPhase(snapshot.duties)).toEqual(expected.counts);
    expect(Object.keys(expected.counts).map((k) => k.split('/')[0])).toEqual(expect.arrayContaining(['Prepare', 'Deploy', 'Operate']));
    for (const duty of snapshot.duties) {
      expect(duty.kind).toBe('task');
      expect(duty.provider ?? null).toBe(duty.owner === 'microsoft' ? 'Windows Autopatch' : null);
    }
    // A task keeps its links on the page.
    expect(pages.find((p) => p.id === 'overview/windows-autopatch-roles-responsibilities')!.html()).toContain('href="/prepare/windows-autopatch-prerequisites/"');
  });

  it('a built Autopatch page exports each task duty with its owner, phase and provider, and its matrix lists them', async () => {
    const markdown = await readFile(path.join(AUTOPATCH, '20230725.md'), 'utf8');
    const content = await writeTempFiles({ 'overview/windows-autopatch-roles-responsibilities.md': markdown }, 'roles-docs-autopatch-');
    const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'roles-docs-autopatch-site-')), 'dist');
    const built = await runBuild({ CONTENT_DIR: content, OUT_DIR: outDir });
    expect(built.code, built.output).toBe(0);
    const { snapshot } = await parseContentRoot(content, '/');
    const exported = JSON.parse(await readFile(path.join(outDir, 'duties.json'), 'utf8')) as { name: string; owner: string; phase: string | null; provider: string | null; url: string }[];
    expect(exported.map((d) => [d.name, d.owner, d.phase, d.provider])).toEqual(snapshot.duties.map((d) => [d.name, d.owner, d.phase, d.provider ?? null]));
    expect(new Set(exported.map((d) => d.phase))).toEqual(new Set(['Prepare', 'Deploy', 'Operate']));
    const [matrixPage] = (await readdir(path.join(outDir, 'matrix'), { withFileTypes: true })).filter((e) => e.isDirectory());
    const matrix = await readHtml(path.join(outDir, 'matrix', matrixPage.name, 'index.html'));
    const listed = selectAll('.matrix-article a[href*="#duty-"]', matrix).map((a) => String(a.properties.href));
    expect(new Set(listed)).toEqual(new Set(exported.map((d) => d.url)));
  });

  it('the mmd-2018 apps page gives its 13 duties, in the phases its phase rows name', async () => {
    const markdown = await readFile(path.join(CORPUS_MMD, 'get-started/apps.md'), 'utf8');
    const table = markdown.slice(markdown.indexOf('Application work items'), markdown.indexOf('For information on LOB'));
    const expected = checkMarksPerPhase(table, [{ column: 1, owner: 'customer' }, { column: 2, owner: 'microsoft' }], (cell) => cell.includes('checkmark.png'));
    const { snapshot } = await parseContentRoot(CORPUS_MMD, '/');
    const apps = snapshot.duties.filter((d) => d.doc === 'get-started/apps');
    expect(apps).toHaveLength(13);
    expect(perPhase(apps)).toEqual(Object.fromEntries(Object.entries(expected.counts).map(([k, v]) => [k, v])));
    expect(expected.counts['Onboarding apps/customer']).toBe(2);
  });

  it('reports a row with no check mark and a cell that is neither a mark nor empty, and pairs a row checked for both parties', async () => {
    const markdown = [
      '---', 'title: Tasks', 'description: T.', '---', '', '## Deploy', '',
      '| Task | Your responsibility | Contoso Service |',
      '| --- | :-: | :-: |',
      '| Both do it | :heavy_check_mark: | ✔ |',
      '| Nobody | | :x: |',
      '| Unclear | maybe | :x: |',
      '| You | yes | no |',
      '',
    ].join('\n');
    const dir = await writeTempFiles({ 'tasks.md': markdown }, 'roles-docs-tasks-');
    const { snapshot, problems } = await parseContentRoot(dir, '/');
    expect(snapshot.duties.map((d) => `${d.owner} ${d.name} ${d.provider ?? ''}`)).toEqual(['customer Both do it ', 'microsoft Both do it Contoso Service', 'customer You ']);
    expect(snapshot.pairs).toEqual([{ microsoft: 'tasks/microsoft/deploy-both-do-it', customer: 'tasks/customer/deploy-both-do-it', reason: '', declared: false }]);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.rule}`)).toEqual(['11:1 warning duties/task-unassigned', '12:11 error duties/task-mark']);
  });

  it('reads a row with too few cells as no check mark for the parties it leaves out, and says which', async () => {
    const markdown = ['---', 'title: Tasks', 'description: T.', '---', '', '| Task | Customer | Microsoft |', '| --- | --- | --- |', '| Short row | ✔ |', '| Long row | | ✔ | ✔ |', ''].join('\n');
    const dir = await writeTempFiles({ 'tasks.md': markdown }, 'roles-docs-tasks-');
    const { snapshot, problems } = await parseContentRoot(dir, '/');
    expect(snapshot.duties.map((d) => `${d.owner} ${d.name}`)).toEqual(['customer Short row', 'microsoft Long row']);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.message}`)).toEqual([
      '8:1 duties/task-cells this row has 2 cells but the table has 3 columns: the missing cells are read as no check mark for "Microsoft"',
      '9:1 duties/task-cells this row has 4 cells but the table has 3 columns: the extra cells are not read',
    ]);
  });
});

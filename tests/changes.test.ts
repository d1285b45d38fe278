/**
 * What changed, on the real history of the seed page (27 versions): for each
 * consecutive pair, the duties found added, removed, renamed and reworded
 * agree with a comparison of the two files' table rows written here, apart
 * from the generator; then whole builds with SINCE as a duties.json and as a
 * git ref, the page in Chromium with axe, and the bad SINCE values.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDuties, normalName } from '../src/changes/compare-duties.ts';
import { counterpartsById } from '../src/duties/counterparts.ts';
import { toExportRecord } from '../src/duties/export-record.ts';
import { parseContentRoot } from '../src/loaders/parse-content-root.ts';
import { axeViolations, launchBrowser, type TestBrowser } from './helpers/browser.ts';
import { runBuild } from './helpers/build.ts';
import { PROJECT_ROOT } from './helpers/paths.ts';
import { serve } from '../scripts/lib/static-server.ts';
import { writeTempFiles } from './helpers/temp-files.ts';

const HISTORY = path.join(PROJECT_ROOT, '../shared/corpus/roles-history');
const PAGE = 'roles-and-responsibilities.md';

/** The rows of a version's role tables, read directly: owner (from the heading above) + name → description. */
function rowsOf(markdown: string): Map<string, string> {
  const rows = new Map<string, string>();
  let owner: string | undefined;
  let inTable = false;
  const plain = (text: string) =>
    text
      .replace(/<[^>]+>/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      owner = /microsoft/i.test(heading[1]) && /role/i.test(heading[1]) ? 'microsoft' : /your|customer/i.test(heading[1]) ? 'customer' : undefined;
      inTable = false;
      continue;
    }
    if (!line.includes('|')) {
      inTable = false;
      continue;
    }
    const cells = line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|');
    if (!inTable) {
      inTable = true; // the header row
      continue;
    }
    if (/^[\s:|-]+$/.test(line) || !owner || cells.length < 2) continue;
    rows.set(`${owner}/${normalName(plain(cells[0]))}`, plain(cells.slice(1).join('|')));
  }
  return rows;
}

async function recordsOf(dir: string) {
  const { snapshot } = await parseContentRoot(dir, '/');
  const counterparts = counterpartsById(snapshot.pairs);
  return snapshot.duties.map((d) => toExportRecord(d, counterparts.get(d.id) ?? [], '/'));
}

let versions: string[] = [];
const folders = new Map<string, string>();

beforeAll(async () => {
  versions = (await readdir(HISTORY)).filter((f) => f.endsWith('.md')).sort();
  for (const version of versions) {
    const dir = await writeTempFiles({}, 'roles-docs-history-');
    await copyFile(path.join(HISTORY, version), path.join(dir, PAGE));
    folders.set(version, dir);
  }
});

describe('the 27 versions of the seed page, pair by pair', () => {
  it('finds the rows added, removed, renamed and reworded that the files show', async () => {
    expect(versions).toHaveLength(27);
    let renames = 0;
    for (let i = 1; i < versions.length; i++) {
      const [older, newer] = [versions[i - 1], versions[i]];
      const changes = compareDuties(await recordsOf(folders.get(older)!), await recordsOf(folders.get(newer)!));
      const before = rowsOf(await readFile(path.join(HISTORY, older), 'utf8'));
      const after = rowsOf(await readFile(path.join(HISTORY, newer), 'utf8'));
      const key = (r: { owner: string; name: string }) => `${r.owner}/${normalName(r.name)}`;
      const label = `${older} → ${newer}`;

      // Rows whose name is new, or gone: each is an addition or removal, or one end of a rename or move.
      const arrived = [...after.keys()].filter((k) => !before.has(k)).sort();
      const left = [...before.keys()].filter((k) => !after.has(k)).sort();
      const matched = changes.filter((c) => c.kind === 'renamed' || c.kind === 'moved').filter((c) => key(c.before!) !== key(c.after!));
      expect([...changes.filter((c) => c.kind === 'added').map((c) => key(c.after!)), ...matched.map((c) => key(c.after!))].sort(), label).toEqual(arrived);
      expect([...changes.filter((c) => c.kind === 'removed').map((c) => key(c.before!)), ...matched.map((c) => key(c.before!))].sort(), label).toEqual(left);

      // Rows under the same name whose text changed are reworded (or renamed in case or punctuation, with new text).
      const rewritten = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)).sort();
      const textChanged = changes.filter((c) => c.before && c.after && key(c.before) === key(c.after) && c.before.description !== c.after.description).map((c) => key(c.after!));
      expect(textChanged.sort(), label).toEqual(rewritten);
      renames += matched.filter((c) => c.kind === 'renamed').length;
    }
    // Some rows of this history were renamed: they are not a removal plus an addition.
    expect(renames).toBeGreaterThan(0);
  });
});

describe('each version built with the one before as SINCE', () => {
  it('writes a /changes/ page and a changes.json that says what the pair comparison says, for all 26 pairs', async () => {
    let previousOut: string | undefined;
    for (let i = 0; i < versions.length; i++) {
      const out = `${folders.get(versions[i])!}-dist`;
      const build = await runBuild({ CONTENT_DIR: folders.get(versions[i])!, OUT_DIR: out, ...(previousOut ? { SINCE: path.join(previousOut, 'duties.json') } : {}) });
      expect(build.code, build.output).toBe(0);
      if (previousOut) {
        const json = JSON.parse(await readFile(path.join(out, 'changes.json'), 'utf8'));
        const expected = compareDuties(await recordsOf(folders.get(versions[i - 1])!), await recordsOf(folders.get(versions[i])!));
        expect(json.changes.map((c: { kind: string }) => c.kind), versions[i]).toEqual(expected.map((c) => c.kind));
        await expect(readFile(path.join(out, 'changes/index.html'), 'utf8')).resolves.toContain('What changed');
      }
      previousOut = out;
    }
  }, 600_000);
});

describe('a build told the previous release', () => {
  let browser: TestBrowser;
  const older = () => versions[versions.indexOf('20180605T075228-8c76553.md') + 1];
  const newer = () => '20180611T131041-52dc0bf.md';

  afterAll(async () => browser?.close());

  it('by its duties.json or by a git ref writes the same changes.json and a /changes/ page that passes axe', async () => {
    const repo = await writeTempFiles({}, 'roles-docs-history-repo-');
    const contentDir = path.join(repo, 'content');
    await mkdir(contentDir);
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { stdio: 'pipe' });
    git('init', '-q');
    await copyFile(path.join(HISTORY, older()), path.join(contentDir, PAGE));
    git('add', '.');
    git('commit', '-q', '-m', 'previous release');
    git('tag', 'v1');
    const previousOut = `${repo}-v1`;
    const previous = await runBuild({ CONTENT_DIR: contentDir, OUT_DIR: previousOut });
    expect(previous.code, previous.output).toBe(0);
    await copyFile(path.join(HISTORY, newer()), path.join(contentDir, PAGE));
    git('commit', '-q', '-am', 'this release');

    const results: unknown[] = [];
    for (const since of [path.join(previousOut, 'duties.json'), 'v1', 'HEAD~1']) {
      const out = `${repo}-since-${results.length}`;
      const build = await runBuild({ CONTENT_DIR: contentDir, OUT_DIR: out, SINCE: since });
      expect(build.code, build.output).toBe(0);
      expect(build.output).toMatch(/Changes since \d{4}-\d{2}-\d{2}: \d+ /);
      const json = JSON.parse(await readFile(path.join(out, 'changes.json'), 'utf8'));
      expect(json.changes.length).toBeGreaterThan(0);
      // What is published names the previous release, never a path of the machine that built it.
      expect(json.since).toBe(path.isAbsolute(since) ? `${path.basename(previousOut)}/duties.json` : since);
      expect(await readFile(path.join(out, 'changes/index.html'), 'utf8')).not.toContain(previousOut);
      results.push(json.changes);
      if (since === 'v1') {
        const server = await serve(out);
        browser = await launchBrowser();
        const page = await browser.context.newPage();
        await page.goto(`${server.url}/changes/`);
        await expect(page.locator('h1').innerText()).resolves.toBe('What changed');
        const first = page.locator('.change-list a').first();
        const href = await first.getAttribute('href');
        expect(href).toMatch(/#duty-/);
        await expect(axeViolations(page)).resolves.toEqual([]);
        await page.goto(`${server.url}${href}`);
        await expect(page.locator(':target .change-mark').first().innerText()).resolves.toMatch(/^(New|Changed) since \d{4}-\d{2}-\d{2}$/);
        await server.close();
      }
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('stops with a clear message, and writes nothing, for an empty file, a file that is not duties.json, or an unknown ref', async () => {
    const dir = await writeTempFiles({ 'empty.json': '', 'other.json': '{"name": "a package"}', [PAGE]: await readFile(path.join(HISTORY, newer()), 'utf8') }, 'roles-docs-since-');
    for (const [since, message] of [
      [path.join(dir, 'empty.json'), /is an empty file/],
      [path.join(dir, 'other.json'), /is not a duties\.json/],
      ['no-such-ref', /is not a file, and the content root is not in a git repository/],
    ] as const) {
      const out = `${dir}-out`;
      const build = await runBuild({ CONTENT_DIR: dir, OUT_DIR: out, SINCE: since });
      expect(build.code).toBe(1);
      expect(build.output).toMatch(message);
      expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      await expect(readdir(out)).rejects.toThrow();
    }
  });
});

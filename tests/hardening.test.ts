/**
 * Content from many hands, built as an attacker or a careless contributor
 * would leave it: nothing from outside the content root is published, no
 * script from content reaches the output, exports are safe in a spreadsheet,
 * every bad input gets a message with file:line:column (never a stack trace,
 * never exit 0 with nothing said).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from './helpers/build.ts';
import { tempContentRoot } from './helpers/content-root.ts';
import { htmlFiles, readHtml } from './helpers/html.ts';
import { PROJECT_ROOT } from './helpers/paths.ts';
import { writeTempFiles } from './helpers/temp-files.ts';
import { writeSyntheticCorpus } from '../scripts/lib/synthetic-corpus.ts';

const page = (title: string, body: string) => `---\ntitle: ${title}\ndescription: A page.\n---\n\n# ${title}\n\n${body}\n`;
const roleTable = (owner: string, rows: string) => `## ${owner}\n\nRole or responsibility | Description\n--- | ---\n${rows}\n`;
const NO_STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

describe('hostile but valid content', () => {
  let build: BuildResult;
  let outDir: string;

  beforeAll(async () => {
    const root = await tempContentRoot({
      'index.md': page('Home', 'See [the roles](roles.md), [a spaced page](a%20b.md) and [the hash page](c%23d.md).'),
      'roles.md': page(
        'Roles',
        [
          '<img name="querySelector" id="x1" src="pic.svg" alt="A picture">',
          '',
          roleTable(
            "Microsoft's roles and responsibilities",
            [
              'Formula | =HYPERLINK("http://evil.example","click")',
              'Plus | +1+2',
              'At | @SUM(1)',
              'Scripted | Shown words<script>hidden()</script> and more shown words',
            ].join('\n'),
          ),
        ].join('\n'),
      ),
      'a b.md': page('Spaced name', 'A file name with a space.'),
      'c#d.md': page('Hash name', 'A file name with a hash.'),
      'pic.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="4" height="4"/></svg>',
    });
    await symlink('/etc/passwd', path.join(root.dir, 'leak.png'));
    await symlink('/etc/hostname', path.join(root.dir, 'outside.md'));
    build = await root.build();
    outDir = root.outDir;
  });

  it('builds, naming each symbolic link it leaves out', () => {
    expect(build.output).not.toMatch(NO_STACK_TRACE);
    expect(build.code).toBe(0);
    expect(build.output).toMatch(/leak\.png:1:1 warning \[files\/symlink\] .*outside the content root/);
    expect(build.output).toMatch(/outside\.md:1:1 warning \[files\/symlink\] .*outside the content root/);
  });

  it('publishes nothing from outside the content root', async () => {
    const files = await htmlFiles(outDir);
    expect(files.some((f) => f.includes('outside'))).toBe(false);
    await expect(readFile(path.join(outDir, 'leak.png'))).rejects.toThrow();
  });

  it('removes scripts from published SVGs, and DOM-clobbering names from images', async () => {
    const svg = await readFile(path.join(outDir, 'pic.svg'), 'utf8');
    expect(svg).toContain('<rect');
    expect(svg).not.toMatch(/<script|onload|alert/);
    const roles = await readHtml(path.join(outDir, 'roles/index.html'));
    const [img] = selectAll('.prose img', roles);
    expect(img.properties.name).toBeUndefined();
    expect(img.properties.src).toBe('/pic.svg');
  });

  it('says what it removed or renamed to make the content safe, where it is written', () => {
    expect(build.output).toMatch(/roles\.md:8:1 warning \[html\/removed\] name="querySelector" on <img> is removed/);
    expect(build.output).toMatch(/a b\.md:1:1 warning \[pages\/url-from-name\] this page's URL is \/a-b\//);
    expect(build.output).toMatch(/c#d\.md:1:1 warning \[pages\/url-from-name\] this page's URL is \/c-d\//);
  });

  it('gives every file a URL that works, even with a space or a # in its name', async () => {
    const home = await readHtml(path.join(outDir, 'index.html'));
    const hrefs = selectAll('.prose a', home).map((a) => String(a.properties.href));
    expect(hrefs).toEqual(['/roles/', '/a-b/', '/c-d/']);
    await expect(readFile(path.join(outDir, 'a-b/index.html'), 'utf8')).resolves.toContain('Spaced name');
    await expect(readFile(path.join(outDir, 'c-d/index.html'), 'utf8')).resolves.toContain('Hash name');
  });

  it('exports only what the page shows, and CSV cells no spreadsheet reads as a formula', async () => {
    const duties = JSON.parse(await readFile(path.join(outDir, 'duties.json'), 'utf8')) as { name: string; description: string }[];
    expect(duties.find((d) => d.name === 'Scripted')?.description).toBe('Shown words and more shown words');
    const csv = await readFile(path.join(outDir, 'duties.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain("'+1+2");
    expect(csv).toContain("'@SUM(1)");
    expect(csv).not.toMatch(/,[=+@]/);
  });
});

describe('bad input: a message with file:line:column, rule and fix for each, no stack trace, exit 1', () => {
  let build: BuildResult;

  beforeAll(async () => {
    const latin1 = Buffer.from(`---\ntitle: Caf\xe9\n---\n\nCaf\xe9 au lait.\n`, 'latin1');
    const root = await tempContentRoot({
      'index.md': page('Home', 'Text.'),
      'matrix.md': page('Matrix', 'Takes the matrix URL.'),
      'search.md': page('Search', 'Takes the search URL.'),
      'duties.json.md': page('Duties', 'Takes the export URL.'),
      'bad-link.md': page('Bad link', 'A [broken escape](file%zz.md).'),
      'aliases.md': `---\ntitle: Aliases\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n\nText.\n`,
      'duplicate-key.md': '---\ntitle: One\ntitle: Two\n---\n\nText.\n',
      'tab.md': '---\ntitle: Tab\nkeywords:\n\t- one\n---\n\nText.\n',
      'deep-list.md': page('Deep list', Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')),
      'deep-quote.md': page('Deep quote', `${'>'.repeat(5000)} deep`),
      'latin1.md': latin1,
      'unnamable.md': page('Unnamable', roleTable("Microsoft's roles and responsibilities", '!!! | Has no letters.')),
      'near-miss.md': page('Near miss', `${roleTable('Your roles and responsibilities', 'x | y').replace('Role or responsibility | Description', 'Role | Description')}\n`),
      'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      'counterparts.yaml': [
        '- page: index.md',
        '  microsoft: A',
        '  customer: B',
        '  reasn: Misspelt key.',
        '- just a string',
        '- page: index.md',
        '  microsoft: A',
        '  customer: B',
        '- page: index.md',
        '  microsoft: A',
        '  customer: B',
      ].join('\n'),
    });
    build = await root.build();
  });

  it('fails, and never with a stack trace', () => {
    expect(build.code).toBe(1);
    expect(build.output).not.toMatch(NO_STACK_TRACE);
    expect(build.output).not.toMatch(/RangeError|URIError|TypeError/);
  });

  it.each([
    ['a page on the matrix URL', /matrix\.md:1:1 error \[pages\/reserved-url\]/],
    ['a page on the search URL', /search\.md:1:1 error \[pages\/reserved-url\]/],
    ['a page on an export URL', /duties\.json\.md:1:1 error \[pages\/reserved-url\]/],
    ['a content favicon', /favicon\.svg:1:1 error \[files\/reserved-url\]/],
    ['a bad % in a link', /bad-link\.md:8:3 error \[links\/bad-url\]/],
    ['a YAML alias bomb', /aliases\.md:2:1 error \[front-matter\/yaml\]/],
    ['a key given twice', /duplicate-key\.md:3:1 error \[front-matter\/yaml\] .*unique/],
    ['a tab in the front matter, at one line only', /tab\.md:4:1 error \[front-matter\/yaml\] (?!.*at line)/],
    ['a 2,000-level list', /deep-list\.md:\d+:1 error \[pages\/unreadable\] .*nests/],
    ['5,000 nested quotes', /deep-quote\.md:8:1 error \[pages\/unreadable\] .*nests/],
    ['text that is not UTF-8', /latin1\.md:2:\d+ error \[files\/encoding\]/],
    ['a duty name with no letters', /unnamable\.md:\d+:\d+ error \[duties\/unnamable\]/],
    ['a misspelt key in counterparts.yaml', /counterparts\.yaml:4:3 error \[counterparts\/unknown-key\][^\n]*\n\s+fix: did you mean "reason"/],
    ['an entry that is a plain string', /counterparts\.yaml:5:3 error \[counterparts\/shape\]/],
    ['a pair declared again', /counterparts\.yaml:6:3 error \[counterparts\/duplicate-pair\] .*line 1/],
    ['a pair declared a third time', /counterparts\.yaml:9:3 error \[counterparts\/duplicate-pair\] .*line 1/],
  ])('%s', (_case, pattern) => {
    expect(build.output).toMatch(pattern);
  });

  it('warns about a table under an owner heading that is not read as a role table', () => {
    expect(build.output).toMatch(/near-miss\.md:\d+:1 warning \[duties\/not-a-role-table\] .*"Role \| Description"/);
  });
});

describe('output that survives an interrupted or concurrent build', () => {
  /** Every file of a folder with its size, to compare an output before and after. */
  async function listing(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return Promise.all(
      entries.filter((e) => e.isFile()).map(async (e) => {
        const file = path.join(e.parentPath, e.name);
        return `${path.relative(dir, file)} ${(await stat(file)).size}`;
      }),
    ).then((lines) => lines.sort());
  }

  function startBuild(env: Record<string, string>, script = 'scripts/build.ts') {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, script)], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal, output })),
    );
    return { child, done };
  }

  /**
   * Kills a build with `signal` once its output says it reached a step (or, for a number, after
   * that many ms), and gives how it ended. Steps rather than times: a faster machine finished
   * the build before a kill timed for its rendering.
   */
  async function killWhen(run: ReturnType<typeof startBuild>, moment: RegExp | number, signal: NodeJS.Signals) {
    const reached =
      typeof moment === 'number'
        ? new Promise((resolve) => setTimeout(resolve, moment))
        : new Promise<void>((resolve) => run.child.stdout.on('data', (chunk) => String(chunk).match(moment) && resolve()));
    await Promise.race([reached, run.done]);
    run.child.kill(signal);
    return run.done;
  }

  it('keeps the previous output whole when a build is killed at any moment, and two builds at once both succeed', async () => {
    const first = await tempContentRoot({ 'index.md': page('First site', 'The output to keep.') });
    const outDir = first.outDir;
    expect((await first.build()).code).toBe(0);
    const before = await listing(outDir);
    const bigger = await writeTempFiles({}, 'roles-docs-bigger-');
    await writeSyntheticCorpus(bigger, 60);
    const env = { CONTENT_DIR: bigger, OUT_DIR: outDir };

    // Killed while Astro loads, while pages are processed, and while the site renders.
    for (const [signal, after] of [['SIGINT', 300], ['SIGINT', /pages processed/], ['SIGTERM', /Bundling and rendering/], ['SIGKILL', /Bundling and rendering/]] as const) {
      const result = await killWhen(startBuild(env), after, signal);
      expect(result.output, `${signal} after ${after}`).not.toMatch(NO_STACK_TRACE);
      expect(await listing(outDir), `${signal} after ${after}`).toEqual(before);
    }

    // The next builds clean up what the killed one left, and two at once take turns.
    const [one, two] = await Promise.all([startBuild(env).done, startBuild(env).done]);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(one.output + two.output).toMatch(/Waiting for another build/);
    expect((await listing(outDir)).some((line) => line.startsWith('section-000/service-0000/index.html'))).toBe(true);
    const leftovers = (await readdir(path.dirname(outDir))).filter((name) => name.startsWith(`${path.basename(outDir)}.`));
    expect(leftovers).toEqual([]);
  });

  it('builds two sites at once into two outputs outside the project (Astro keeps their server code in one .astro/ folder)', async () => {
    const sites = await Promise.all(['One', 'Two'].map((title) => tempContentRoot({ 'index.md': page(`Site ${title}`, `The ${title} site.`) })));
    const runs = await Promise.all(sites.map((site) => startBuild({ CONTENT_DIR: site.dir, OUT_DIR: site.outDir }).done));
    expect(runs.map((run) => run.code), runs.map((run) => run.output).join('\n')).toEqual([0, 0]);
    for (const [i, title] of ['One', 'Two'].entries()) await expect(readFile(path.join(sites[i].outDir, 'index.html'), 'utf8')).resolves.toContain(`Site ${title}`);
  });

  it('keeps the previous offline bundle, folder and zip, whole when npm run bundle is killed', async () => {
    const first = await tempContentRoot({ 'index.md': page('Bundled site', 'The bundle to keep.') });
    const siteDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'roles-docs-bundle-')), 'site');
    const env = { CONTENT_DIR: first.dir, OUT_DIR: siteDir };
    expect((await startBuild(env, 'scripts/bundle.ts').done).code).toBe(0);
    const folder = path.dirname(siteDir);
    const zips = async () => (await readdir(folder)).filter((name) => name.endsWith('.zip')).sort();
    const [zip] = await zips();
    const before = { site: await listing(siteDir), zip: await readFile(path.join(folder, zip)) };
    const bigger = await writeTempFiles({}, 'roles-docs-bigger-');
    await writeSyntheticCorpus(bigger, 60);

    // Killed while pages are processed, while they render, and once the site is built (rewriting it for disk, packing the zip).
    for (const [signal, after] of [['SIGINT', /pages processed/], ['SIGTERM', /Bundling and rendering/], ['SIGKILL', /Built \d+ article/]] as const) {
      const result = await killWhen(startBuild({ ...env, CONTENT_DIR: bigger }, 'scripts/bundle.ts'), after, signal);
      expect(result.output, `${signal} after ${after}`).not.toMatch(/^Offline bundle:/m);
      expect(result.output, `${signal} after ${after}`).not.toMatch(NO_STACK_TRACE);
      expect(await listing(siteDir), `${signal} after ${after}`).toEqual(before.site);
      expect(await zips(), `${signal} after ${after}`).toEqual([zip]);
      expect(Buffer.compare(await readFile(path.join(folder, zip)), before.zip), `${signal} after ${after}`).toBe(0);
    }
  });
});

/**
 * `npm run bench`: builds synthetic corpora of 1, 100 and 1000 pages and
 * prints build wall time, peak memory, dist size and one page's weight
 * (HTML, CSS, JS, gzipped); then the search index's size and the time to
 * the first search result in Chromium, cold and warm, served and from the
 * offline bundle on file://, with the zip's size. A benchmark, not a
 * test: it asserts nothing. BENCH_SIZES=1,100 picks other sizes.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseContentRoot } from '../src/loaders/parse-content-root.ts';
import { listFiles } from '../src/utils/files.ts';
import { serve } from '../tests/helpers/static-server.ts';
import { timeFirstResult } from './lib/search-timing.ts';
import { writeSyntheticCorpus } from './lib/synthetic-corpus.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(os.tmpdir(), 'roles-docs-bench');
const sizes = (process.env.BENCH_SIZES ?? '1,100,1000').split(',').map(Number);

async function timedBuild(contentDir: string, outDir: string, script = 'scripts/build.ts') {
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', path.join(root, 'scripts/lib/report-peak-memory.ts'), path.join(root, script)],
      { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let text = '';
    child.stdout.on('data', (c) => (text += c));
    child.stderr.on('data', (c) => (text += c));
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`build failed:\n${text}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  const peakKb = Number(/PEAK_RSS_KB=(\d+)/.exec(output)?.[1] ?? NaN);
  return { seconds, peakMb: peakKb / 1024 };
}

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const file of await listFiles(dir)) total += (await stat(path.join(dir, file))).size;
  return total;
}

const gzipped = (data: Buffer | string) => gzipSync(data).length;

/** The gzipped bytes a reader downloads for one page: its HTML and the CSS and JS it links. */
export async function pageWeight(outDir: string, pagePath: string) {
  const html = await readFile(path.join(outDir, pagePath));
  const text = html.toString();
  const linked = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]).filter((u) => u.startsWith('/'));
  const sum = async (urls: string[]) => {
    let total = 0;
    for (const url of urls) total += gzipped(await readFile(path.join(outDir, url)));
    return total;
  };
  return {
    html: gzipped(html),
    css: await sum(linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)),
    js: await sum(linked(/<script[^>]+src="([^"]+)"/g)),
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log('pages | build s | peak MiB | dist | page HTML gz | CSS gz | JS gz');
for (const count of sizes) {
  const contentDir = path.join(work, `content-${count}`);
  const outDir = path.join(work, `dist-${count}`);
  await writeSyntheticCorpus(contentDir, count);
  const { seconds, peakMb } = await timedBuild(contentDir, outDir);
  const weight = await pageWeight(outDir, 'section-000/service-0000/index.html');
  console.log(
    [count, seconds.toFixed(1), peakMb.toFixed(0), kib(await directorySize(outDir)), kib(weight.html), kib(weight.css), kib(weight.js)].join(' | '),
  );
}

/** Parsing and validating real content (pages, duties, counterparts), without Astro: median of 5 runs. */
async function parseTime(contentDir: string) {
  const times: number[] = [];
  let duties = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    duties = (await parseContentRoot(contentDir, "/")).snapshot.duties.length;
    times.push(performance.now() - started);
  }
  return { ms: times.sort((a, b) => a - b)[2], duties };
}

console.log('\ncontent | parse + validate ms (median of 5) | duties');
for (const [name, dir] of [
  ['seed (content/)', path.join(root, 'content')],
  ['roles-history (27 versions)', path.join(root, '../shared/corpus/roles-history')],
]) {
  const { ms, duties } = await parseTime(dir);
  console.log(`${name} | ${ms.toFixed(1)} | ${duties}`);
}

/** Search: the index Pagefind wrote, and how long a reader waits for the first result. */
console.log('\nsite | dist/pagefind (index + scripts) | index only | cold: / → result ms | warm: / → result ms');
const seedOut = path.join(work, 'dist-seed');
await timedBuild(path.join(root, 'content'), seedOut);
const searchSites = [
  { name: 'seed', outDir: seedOut, page: '/roles-and-responsibilities/', query: 'drop-ship' },
  ...sizes.map((count) => ({ name: `${count} pages`, outDir: path.join(work, `dist-${count}`), page: '/', query: 'firmware warranty' })),
];
for (const site of searchSites) {
  const bundle = path.join(site.outDir, 'pagefind');
  const indexOnly = (await directorySize(path.join(bundle, 'index'))) + (await directorySize(path.join(bundle, 'fragment'))) + (await directorySize(path.join(bundle, 'filter')));
  const server = await serve(site.outDir);
  try {
    const { cold, warm } = await timeFirstResult(server.url + site.page, site.query);
    console.log([site.name, kib(await directorySize(bundle)), kib(indexOnly), cold.keyToResultMs.toFixed(0), warm.keyToResultMs.toFixed(0)].join(' | '));
  } finally {
    await server.close();
  }
}

/** The offline bundle: zip size, and the time from opening a page on file:// to the first result. */
console.log('\nbundle | zip | offline-search.js | cold: open → result ms | cold: / → result ms | warm: open → result ms');
for (const bundle of [
  { name: 'seed', contentDir: path.join(root, 'content'), page: 'roles-and-responsibilities/index.html', query: 'drop-ship' },
  { name: 'mmd-2018', contentDir: path.join(root, '../shared/corpus/mmd-2018'), page: 'index.html', query: 'MDM policies' },
]) {
  const folder = path.join(work, `offline-${bundle.name}`);
  await rm(folder, { recursive: true, force: true });
  const siteDir = path.join(folder, 'site');
  await timedBuild(bundle.contentDir, siteDir, 'scripts/bundle.ts');
  const zip = (await readdir(folder)).find((f) => f.endsWith('.zip'))!;
  const { cold, warm } = await timeFirstResult(pathToFileURL(path.join(siteDir, bundle.page)).href, bundle.query);
  console.log(
    [
      bundle.name,
      kib((await stat(path.join(folder, zip))).size),
      kib((await stat(path.join(siteDir, 'pagefind/offline-search.js'))).size),
      cold.openToResultMs.toFixed(0),
      cold.keyToResultMs.toFixed(0),
      warm.openToResultMs.toFixed(0),
    ].join(' | '),
  );
}

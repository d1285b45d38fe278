/**
 * Runs an Astro build and reports to authors, in a console that stays short
 * at any site size: progress while pages are processed and rendered, then a
 * summary that fits on a screen (counts, the first few of each list, problems
 * grouped by rule) and, last, what was written, where, and how long it took.
 * Everything, every problem and every duty without a counterpart, goes into
 * the full report, a text file beside the output (not published with it).
 */
import { channel } from 'node:diagnostics_channel';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroInlineConfig } from 'astro';
import type { ChangesExport } from '../../src/changes/changes-export.ts';
import { readPreviousRelease, SinceError } from '../../src/changes/previous-release.ts';
import { type IndexStats, SEARCH_INDEX_CHANNEL } from '../../src/integrations/search-index.ts';
import { CONTENT_CHANNEL, type ContentSnapshot } from '../../src/loaders/content-snapshot.ts';
import { DIAGNOSTICS_CHANNEL, type Diagnostic, formatGrouped, formatReport } from '../../src/utils/diagnostics.ts';
import { basePathSetting } from '../../src/utils/build-settings.ts';
import { resolveContentDir } from '../../src/utils/content-root.ts';
import { PROGRESS_CHANNEL, type Progress } from '../../src/utils/progress.ts';
import { lock } from './atomic-output.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** How many places of each problem, and of each list, the console shows. */
const SHOWN = 5;

/** Whether an error came from the content checks (its message is the report). */
function contentError(error: unknown): (Error & { diagnostics?: Diagnostic[] }) | undefined {
  let cause: unknown = error;
  while (cause instanceof Error) {
    if (cause.name === 'ContentError') return cause;
    cause = cause.cause;
  }
  return undefined;
}

/** Records what is published on a diagnostics channel until `stop()`. */
function record<T>(name: string, onMessage?: (message: T) => void) {
  const messages: T[] = [];
  const listener = (message: unknown) => {
    messages.push(message as T);
    onMessage?.(message as T);
  };
  channel(name).subscribe(listener);
  return { messages, stop: () => channel(name).unsubscribe(listener) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Prints progress: a line per quarter of the pages, one when rendering starts and ends. */
function progressPrinter() {
  const started = new Map<string, number>();
  let quarter = 0;
  return (p: Progress) => {
    if (!started.has(p.step)) {
      started.set(p.step, performance.now());
      console.log(p.step === 'pages' ? `Processing ${p.total} page(s)…` : 'Bundling and rendering the site…');
    }
    if (p.step === 'pages' && p.done < p.total && p.total >= 40 && Math.floor((p.done / p.total) * 4) > quarter) {
      quarter = Math.floor((p.done / p.total) * 4);
      console.log(`  ${p.done} of ${p.total} pages processed`);
    }
    if (p.done === p.total && p.total > 0) {
      const took = seconds(performance.now() - started.get(p.step)!);
      console.log(p.step === 'pages' ? `Processed ${p.total} page(s) in ${took}.` : `Rendered ${p.total} page(s) in ${took}.`);
    }
  };
}

function listSome(items: string[]): string {
  return items.slice(0, SHOWN).map((item) => `  ${item}`).join('\n') + (items.length > SHOWN ? `\n  … and ${items.length - SHOWN} more` : '');
}

function fullReport(snapshot: ContentSnapshot | undefined, problems: Diagnostic[], unpaired: string[]): string {
  const sections = [`Problems\n\n${formatReport(problems)}`];
  if (snapshot) sections.push(`Duties with no counterpart (${unpaired.length})\n\n${unpaired.join('\n')}`);
  return `${sections.join('\n\n')}\n`;
}

export interface BuildSiteOptions {
  /** Where the full report is written (beside the output, never inside it). */
  reportFile: string;
  /** The output folder as the reader should see it named. */
  outDir: string;
}

/** Reads SINCE's previous release (see src/changes/previous-release.ts): undefined without SINCE, false when it cannot be read. */
async function checkSince(): Promise<boolean | undefined> {
  const since = process.env.SINCE;
  if (!since) return undefined;
  try {
    await readPreviousRelease(since, resolveContentDir(), basePathSetting());
    return true;
  } catch (error) {
    if (!(error instanceof SinceError)) throw error;
    console.error(`SINCE error [changes/since] ${error.message}\n    fix: ${error.fix}\n\nNothing was written.`);
    return false;
  }
}

async function printChangeCounts(outDir: string): Promise<void> {
  const { date, changes } = JSON.parse(await readFile(path.join(outDir, 'changes.json'), 'utf8')) as ChangesExport;
  const counts = new Map<string, number>();
  for (const change of changes) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1);
  const listed = [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
  console.log(`Changes since ${date}: ${listed || 'none'} (changes/ and changes.json).`);
}

/** Builds the site; returns whether it succeeded and the content it was built from. */
export async function buildSite(
  build: (config: AstroInlineConfig) => Promise<void>,
  config: AstroInlineConfig,
  options: BuildSiteOptions,
): Promise<{ ok: boolean; snapshot?: ContentSnapshot }> {
  const started = performance.now();
  // A previous release that cannot be read stops the build before it starts.
  const since = await checkSince();
  if (since === false) return { ok: false };
  const diagnostics = record<Diagnostic[]>(DIAGNOSTICS_CHANNEL);
  const snapshots = record<ContentSnapshot>(CONTENT_CHANNEL, (snapshot) => {
    if (snapshot.processed === 0 && snapshot.reused > 0) console.log(`All ${snapshot.reused} page(s) unchanged since the last build.`);
    else if (snapshot.reused > 0) console.log(`${snapshot.reused} page(s) unchanged since the last build.`);
  });
  const searchIndexes = record<IndexStats>(SEARCH_INDEX_CHANNEL);
  const progress = record<Progress>(PROGRESS_CHANNEL, progressPrinter());
  const report = path.relative(process.cwd(), options.reportFile) || options.reportFile;
  let failure: (Error & { diagnostics?: Diagnostic[] }) | undefined;
  // Astro writes the pages' server code beside a static output inside the working folder, and into
  // the working folder's .astro/ for one outside it: builds of outputs outside it take turns.
  const outside = !path.resolve(String(config.outDir)).startsWith(path.join(process.cwd(), path.sep));
  const release = outside ? await lock(path.join(process.cwd(), '.astro', 'server-build'), (pid) => console.log(`Waiting for another build (process ${pid}) to finish with .astro/ ...`)) : undefined;
  try {
    await build({ logLevel: 'warn', ...config });
  } catch (error) {
    failure = contentError(error);
    if (!failure) throw error;
  } finally {
    release?.();
    for (const recording of [diagnostics, snapshots, searchIndexes, progress]) recording.stop();
  }
  const problems = failure?.diagnostics ?? diagnostics.messages.at(-1) ?? [];
  const snapshot = failure ? undefined : snapshots.messages.at(-1);
  const paired = new Set(snapshot?.pairs.flatMap((p) => [p.microsoft, p.customer]));
  const unpaired = (snapshot?.duties ?? []).filter((d) => !paired.has(d.id)).map((d) => `${d.source}:${d.line}:${d.column} ${d.name} (${d.owner})`);
  await writeFile(options.reportFile, fullReport(snapshot, problems, unpaired));

  if (failure) {
    console.error(`\nThe build stopped: the content has errors.\n\n${formatGrouped(problems, { places: 10, reportFile: report })}`);
    console.error(`\nNothing was written to ${options.outDir}; the full report is in ${report}.`);
    return { ok: false };
  }
  if (snapshot) {
    console.log(`\n${snapshot.pages.length} page(s), ${snapshot.duties.length} duties, ${snapshot.pairs.length} counterpart pair(s).`);
    if (unpaired.length > 0) console.log(`${unpaired.length} duties have no counterpart:\n${listSome(unpaired)}`);
  }
  const searchIndex = searchIndexes.messages.at(-1);
  if (since) await printChangeCounts(String(config.outDir));
  if (searchIndex) console.log(`Search index: ${searchIndex.records} record(s) in ${seconds(searchIndex.milliseconds)}${searchIndex.waitedMs > 50 ? `, ready ${seconds(searchIndex.waitedMs)} after the pages` : ', ready before the pages'}.`);
  if (problems.length > 0) console.warn(`\n${formatGrouped(problems, { places: SHOWN, reportFile: report })}`);
  const rendered = progress.messages.findLast((p) => p.step === 'render')?.total ?? 0;
  const articles = snapshot?.pages.length ?? 0;
  console.log(`\nBuilt ${articles} article(s), ${rendered} page(s) in all, into ${options.outDir} in ${seconds(performance.now() - started)}; full report in ${report}.`);
  return { ok: true, snapshot };
}

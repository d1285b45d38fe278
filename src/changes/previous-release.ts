/**
 * The previous release to compare with, named by `SINCE`: a `duties.json`
 * file (every build writes one, every offline bundle ships one), or, when
 * the content root is in a git repository, a git ref whose content is parsed
 * with the same pipeline. A `SINCE` that is neither is a SinceError, written
 * for the person running the build.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'astro/zod';
import { counterpartsById } from '../duties/counterparts.ts';
import { type ExportRecord, exportRecordSchema, toExportRecord } from '../duties/export-record.ts';

const run = promisify(execFile);

export interface PreviousRelease {
  /** How the release was named: the file (see publishedName) or the git ref. */
  since: string;
  /** When it was made: the commit's date, or the file's. */
  date: string;
  records: ExportRecord[];
}

export class SinceError extends Error {
  readonly fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.fix = fix;
  }
}

/**
 * How a previous release's file is named in what is published (changes.json,
 * the What changed page): as given when that is a path below the working
 * folder, else by its folder and name only, never by a path of the machine
 * that built it.
 */
export function publishedName(since: string): string {
  if (!path.isAbsolute(since) && !path.normalize(since).startsWith('..')) return since.split(path.sep).join('/');
  const file = path.resolve(since);
  return `${path.basename(path.dirname(file))}/${path.basename(file)}`;
}

async function fromFile(file: string, since: string): Promise<PreviousRelease> {
  const text = await readFile(file, 'utf8');
  if (text.trim() === '') throw new SinceError(`SINCE=${since} is an empty file`, 'name the duties.json of the previous release');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SinceError(`SINCE=${since} is not JSON, so not a duties.json`, 'name the duties.json of the previous release (a build writes it at the root of its output)');
  }
  const parsed = z.array(exportRecordSchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SinceError(`SINCE=${since} is not a duties.json: at ${issue.path.join('.') || 'the top'}, ${issue.message}`, 'name the duties.json of the previous release (a build writes it at the root of its output)');
  }
  return { since: publishedName(since), date: (await stat(file)).mtime.toISOString().slice(0, 10), records: parsed.data };
}

async function git(cwd: string, args: string[]): Promise<string> {
  return (await run('git', ['-C', cwd, ...args], { maxBuffer: 1 << 30 })).stdout.trim();
}

async function fromGit(since: string, contentDir: string, base: string): Promise<PreviousRelease> {
  const top = await git(contentDir, ['rev-parse', '--show-toplevel']).catch(() => undefined);
  if (!top) throw new SinceError(`SINCE=${since} is not a file, and the content root is not in a git repository`, 'name the duties.json of the previous release, or a git ref of the repository that holds the content');
  const commit = await git(top, ['rev-parse', '--verify', '--quiet', `${since}^{commit}`]).catch(() => undefined);
  if (!commit) throw new SinceError(`SINCE=${since} is neither a file nor a commit, branch or tag of ${top}`, 'name the duties.json of the previous release, or a git ref (a tag such as v2.0, or HEAD~5)');
  const prefix = path.relative(await realpath(top), await realpath(contentDir));
  const folder = await mkdtemp(path.join(os.tmpdir(), 'roles-docs-since-'));
  try {
    const archive = path.join(folder, 'content.tar');
    await git(top, ['archive', '--format=tar', `--output=${archive}`, commit, '--', prefix || '.']);
    await run('tar', ['-xf', archive, '-C', folder]);
    // The loader is imported here, not above: the comparison of two files needs none of it.
    const { parseContentRoot } = await import('../loaders/parse-content-root.ts');
    const { snapshot } = await parseContentRoot(path.join(folder, prefix), base);
    const counterparts = counterpartsById(snapshot.pairs);
    return {
      since,
      date: (await git(top, ['show', '-s', '--format=%cs', commit])) || '',
      records: snapshot.duties.map((duty) => toExportRecord(duty, counterparts.get(duty.id) ?? [], base)),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function read(since: string, contentDir: string, base: string): Promise<PreviousRelease> {
  const file = path.resolve(since);
  if (existsSync(file) && (await stat(file)).isFile()) return fromFile(file, since);
  return fromGit(since, contentDir, base);
}

/**
 * Read once per process: `npm run build` checks SINCE before Astro starts,
 * and the pages read it again from Astro's own copy of this module.
 */
const cache = ((globalThis as { __rolesDocsPreviousReleases?: Map<string, Promise<PreviousRelease>> }).__rolesDocsPreviousReleases ??= new Map());

export function readPreviousRelease(since: string, contentDir: string, base: string): Promise<PreviousRelease> {
  const key = JSON.stringify([since, contentDir, base]);
  let release = cache.get(key);
  if (!release) {
    release = read(since, contentDir, base);
    cache.set(key, release);
  }
  return release;
}

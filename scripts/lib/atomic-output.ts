/**
 * Writes a build's output so that the previous output stays whole until the
 * new one is complete: the build goes into a folder beside the output
 * (`dist.building-<pid>`), and only a finished build replaces the output, by
 * two renames done back to back. An interrupted (Ctrl+C, kill) or failed build
 * leaves the previous output as it was, and removes its own folder.
 *
 * A lock file beside the output (`dist.lock`, holding the process id) makes a
 * second run on the same output wait until the first is done. A lock or a
 * folder left by a process that no longer exists (killed with SIGKILL) is
 * cleaned up by the next run; so is an output left half-swapped.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const pidOf = (name: string) => Number(/-(\d+)$/.exec(name)?.[1]);

/** Folders and files beside the output that dead runs left behind: put a half-swapped output back, remove the rest. */
function cleanUpAfterDeadRuns(outDir: string): void {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(`${base}.`)) continue;
    const pid = pidOf(name);
    if (!Number.isInteger(pid) || isAlive(pid)) continue;
    const full = path.join(parent, name);
    if (name.startsWith(`${base}.previous-`) && !existsSync(outDir)) renameSync(full, outDir);
    else if (name.startsWith(`${base}.building-`) || name.startsWith(`${base}.previous-`)) rmSync(full, { recursive: true, force: true });
  }
}

/** Waits until no living process holds `<name>.lock`, then holds it; returns the release. */
export async function lock(name: string, onWait: (pid: number) => void): Promise<() => void> {
  const lockFile = `${name}.lock`;
  mkdirSync(path.dirname(lockFile), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8'));
      if (!Number.isInteger(holder) || holder === process.pid || !isAlive(holder)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (!announced) onWait(holder);
      announced = true;
      await sleep(250);
    }
  }
}

export interface AtomicRun {
  /** The folder to build into. */
  buildDir: string;
}

/**
 * Runs `build` into a fresh folder and, if it succeeds, makes that folder the
 * output. Returns what `build` returned.
 */
export async function buildAtomically<T extends { ok: boolean }>(
  outDir: string,
  build: (run: AtomicRun) => Promise<T>,
  onWait: (pid: number) => void = (pid) => console.log(`Waiting for another build (process ${pid}) writing ${outDir} ...`),
): Promise<T> {
  mkdirSync(path.dirname(outDir), { recursive: true });
  const unlock = await lock(outDir, onWait);
  cleanUpAfterDeadRuns(outDir);
  const buildDir = `${outDir}.building-${process.pid}`;
  rmSync(buildDir, { recursive: true, force: true });
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(buildDir, { recursive: true, force: true });
    unlock();
    console.error(`\nStopped (${signal}); ${outDir} is unchanged.`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const result = await build({ buildDir });
    if (result.ok) {
      // Back to back, with no await between: a signal is handled between events, never between these two renames.
      const previous = `${outDir}.previous-${process.pid}`;
      if (existsSync(outDir)) renameSync(outDir, previous);
      renameSync(buildDir, outDir);
      await rm(previous, { recursive: true, force: true });
    }
    return result;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await rm(buildDir, { recursive: true, force: true });
    unlock();
  }
}

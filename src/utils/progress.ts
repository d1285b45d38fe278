/**
 * How far a build has got, for the console: the loader reports pages as they
 * are processed, the project's integration reports rendering. Like the
 * diagnostics, it travels on a process-wide channel, because the loader runs
 * in Astro's own module graph.
 */
import { channel } from 'node:diagnostics_channel';

export type ProgressStep = 'pages' | 'render';

export interface Progress {
  step: ProgressStep;
  /** Pages done so far, of `total`; `done === total` ends the step. */
  done: number;
  total: number;
}

export const PROGRESS_CHANNEL = 'roles-docs:progress';

export function publishProgress(progress: Progress): void {
  channel(PROGRESS_CHANNEL).publish(progress);
}

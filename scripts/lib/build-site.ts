/**
 * Runs an Astro build and reports content diagnostics for authors.
 */
import { channel } from 'node:diagnostics_channel';
import type { AstroInlineConfig } from 'astro';
import { type IndexStats, SEARCH_INDEX_CHANNEL } from '../../src/integrations/search-index.ts';
import {
  type ContentSummary,
  DIAGNOSTICS_CHANNEL,
  type Diagnostic,
  formatDiagnostic,
  SUMMARY_CHANNEL,
} from '../../src/utils/diagnostics.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** Whether an error came from the content checks (its message is the report). */
function isContentError(error: unknown): error is Error {
  let cause: unknown = error;
  while (cause instanceof Error) {
    if (cause.name === 'ContentError') return true;
    cause = cause.cause;
  }
  return false;
}

function contentErrorMessage(error: unknown): string {
  let cause: unknown = error;
  while (cause instanceof Error && cause.name !== 'ContentError') cause = cause.cause;
  return (cause as Error).message;
}

/** Records what is published on a diagnostics channel until `stop()`. */
function record(name: string) {
  const messages: unknown[] = [];
  const listener = (message: unknown) => messages.push(message);
  channel(name).subscribe(listener);
  return { messages, stop: () => channel(name).unsubscribe(listener) };
}

/** Builds the site; returns whether it succeeded and the content summary (the site's name included). */
export async function buildSite(
  build: (config: AstroInlineConfig) => Promise<void>,
  config: AstroInlineConfig,
): Promise<{ ok: boolean; summary?: ContentSummary }> {
  const diagnostics = record(DIAGNOSTICS_CHANNEL);
  const summaries = record(SUMMARY_CHANNEL);
  const searchIndexes = record(SEARCH_INDEX_CHANNEL);
  try {
    await build({ logLevel: 'warn', ...config });
  } catch (error) {
    if (!isContentError(error)) throw error;
    console.error(`\nThe build stopped: the content has errors.\n\n${contentErrorMessage(error)}`);
    return { ok: false };
  } finally {
    for (const recording of [diagnostics, summaries, searchIndexes]) recording.stop();
  }
  const summary = summaries.messages.at(-1) as ContentSummary | undefined;
  const searchIndex = searchIndexes.messages.at(-1) as IndexStats | undefined;
  const warnings = (diagnostics.messages as Diagnostic[][]).flat().filter((d) => d.severity === 'warning');
  if (summary) {
    console.log(`\n${summary.pages} page(s), ${summary.duties} duties, ${summary.pairs} counterpart pair(s).`);
    if (summary.unpaired.length > 0) {
      console.log(`${summary.unpaired.length} duties have no counterpart:\n${summary.unpaired.map((u) => `  ${u}`).join('\n')}`);
    }
  }
  if (searchIndex) console.log(`Search index: ${searchIndex.htmlFiles} HTML file(s) read in ${searchIndex.milliseconds} ms.`);
  if (warnings.length > 0) {
    console.warn(`\n${warnings.length} content warning(s):\n${warnings.map(formatDiagnostic).join('\n')}`);
  }
  return { ok: true, summary };
}

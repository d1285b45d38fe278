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

export async function buildSite(
  build: (config: AstroInlineConfig) => Promise<void>,
  config: AstroInlineConfig,
): Promise<boolean> {
  const warnings: Diagnostic[] = [];
  const listener = (message: unknown) => {
    for (const d of message as Diagnostic[]) if (d.severity === 'warning') warnings.push(d);
  };
  let summary: ContentSummary | undefined;
  const summaryListener = (message: unknown) => {
    summary = message as ContentSummary;
  };
  let searchIndex: IndexStats | undefined;
  const searchIndexListener = (message: unknown) => {
    searchIndex = message as IndexStats;
  };
  channel(DIAGNOSTICS_CHANNEL).subscribe(listener);
  channel(SUMMARY_CHANNEL).subscribe(summaryListener);
  channel(SEARCH_INDEX_CHANNEL).subscribe(searchIndexListener);
  try {
    await build({ logLevel: 'warn', ...config });
  } catch (error) {
    if (!isContentError(error)) throw error;
    console.error(`\nThe build stopped: the content has errors.\n\n${contentErrorMessage(error)}`);
    return false;
  } finally {
    channel(DIAGNOSTICS_CHANNEL).unsubscribe(listener);
    channel(SUMMARY_CHANNEL).unsubscribe(summaryListener);
    channel(SEARCH_INDEX_CHANNEL).unsubscribe(searchIndexListener);
  }
  if (summary) {
    console.log(`\n${summary.pages} page(s), ${summary.duties} duties, ${summary.pairs} counterpart pair(s).`);
    if (summary.unpaired.length > 0) {
      console.log(`${summary.unpaired.length} duties have no counterpart:\n${summary.unpaired.map((u) => `  ${u}`).join('\n')}`);
    }
  }
  if (searchIndex) console.log(`Search index: ${searchIndex.pages} page(s) in ${searchIndex.milliseconds} ms.`);
  if (warnings.length > 0) {
    console.warn(`\n${warnings.length} content warning(s):\n${warnings.map(formatDiagnostic).join('\n')}`);
  }
  return true;
}

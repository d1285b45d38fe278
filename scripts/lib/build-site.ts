/**
 * Runs an Astro build and reports to authors: the content's problems (file,
 * line, column, rule, fix; never a stack trace) and what was built.
 */
import { channel } from 'node:diagnostics_channel';
import type { AstroInlineConfig } from 'astro';
import { type IndexStats, SEARCH_INDEX_CHANNEL } from '../../src/integrations/search-index.ts';
import { CONTENT_CHANNEL, type ContentSnapshot } from '../../src/loaders/content-snapshot.ts';
import { DIAGNOSTICS_CHANNEL, type Diagnostic, formatDiagnostic } from '../../src/utils/diagnostics.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** Whether an error came from the content checks (its message is the report). */
function contentError(error: unknown): Error | undefined {
  let cause: unknown = error;
  while (cause instanceof Error) {
    if (cause.name === 'ContentError') return cause;
    cause = cause.cause;
  }
  return undefined;
}

/** Records what is published on a diagnostics channel until `stop()`. */
function record<T>(name: string) {
  const messages: T[] = [];
  const listener = (message: unknown) => messages.push(message as T);
  channel(name).subscribe(listener);
  return { messages, stop: () => channel(name).unsubscribe(listener) };
}

/** Builds the site; returns whether it succeeded and the content it was built from. */
export async function buildSite(
  build: (config: AstroInlineConfig) => Promise<void>,
  config: AstroInlineConfig,
): Promise<{ ok: boolean; snapshot?: ContentSnapshot }> {
  const diagnostics = record<Diagnostic[]>(DIAGNOSTICS_CHANNEL);
  const snapshots = record<ContentSnapshot>(CONTENT_CHANNEL);
  const searchIndexes = record<IndexStats>(SEARCH_INDEX_CHANNEL);
  try {
    await build({ logLevel: 'warn', ...config });
  } catch (error) {
    const content = contentError(error);
    if (!content) throw error;
    console.error(`\nThe build stopped: the content has errors.\n\n${content.message}`);
    return { ok: false };
  } finally {
    for (const recording of [diagnostics, snapshots, searchIndexes]) recording.stop();
  }
  const snapshot = snapshots.messages.at(-1);
  const searchIndex = searchIndexes.messages.at(-1);
  const warnings = (diagnostics.messages.at(-1) ?? []).filter((d) => d.severity === 'warning');
  if (snapshot) {
    const paired = new Set(snapshot.pairs.flatMap((p) => [p.microsoft, p.customer]));
    const unpaired = snapshot.duties.filter((d) => !paired.has(d.id));
    console.log(`\n${snapshot.pages.length} page(s), ${snapshot.duties.length} duties, ${snapshot.pairs.length} counterpart pair(s); ${unpaired.length} duties have no counterpart.`);
  }
  if (searchIndex) console.log(`Search index: ${searchIndex.records} record(s) in ${searchIndex.milliseconds} ms.`);
  if (warnings.length > 0) {
    console.warn(`\n${warnings.length} content warning(s):\n${warnings.map(formatDiagnostic).join('\n')}`);
  }
  return { ok: true, snapshot };
}

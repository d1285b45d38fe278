/**
 * Astro content loaders over one shared parse of the content root. The docs
 * and navigation collections (and later ones) read the same parse, so each
 * page is read and parsed once per build. Problems are published on the
 * diagnostics channel; any error stops the build with the full report.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { siteTitleFor } from '../config.ts';
import { resolveContentDir } from '../utils/content-root.ts';
import { displayPath } from '../utils/content-root.ts';
import { ContentError, formatDiagnostic, publishDiagnostics, publishSummary } from '../utils/diagnostics.ts';
import { HOME_ID } from '../utils/slugs.ts';
import { type ParsedContent, parseContentRoot } from './parse-content-root.ts';

let current: { key: string; parse: Promise<ParsedContent> } | undefined;

function contentFor(base: string, logger: LoaderContext['logger']): Promise<ParsedContent> {
  const contentDir = resolveContentDir();
  const key = `${contentDir}\0${base}`;
  if (current?.key !== key) {
    const parse = parseContentRoot(contentDir, base).then((content) => {
      publishDiagnostics(content.diagnostics);
      const files = new Map(content.pages.map((p) => [p.id, displayPath(p.filePath)]));
      publishSummary({
        siteTitle: siteTitleFor(content.pages.find((p) => p.id === HOME_ID)?.data.title),
        pages: content.pages.length,
        duties: content.duties.length,
        pairs: content.pairs.length,
        unpaired: content.duties
          .filter((d) => d.counterparts.length === 0)
          .map((d) => `${files.get(d.doc) ?? d.doc}:${d.line}:${d.column} ${d.name} (${d.owner})`),
      });
      for (const d of content.diagnostics) if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
      return content;
    });
    current = { key, parse };
  }
  return current.parse;
}

/** In `astro dev`, a change under the content root parses it again and refills the collection. */
function watchContentRoot(context: LoaderContext, fill: () => Promise<void>): void {
  const contentDir = resolveContentDir();
  context.watcher?.add(contentDir);
  context.watcher?.on('all', (_event, changed) => {
    if (!path.resolve(changed).startsWith(contentDir + path.sep)) return;
    current = undefined;
    fill().catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
  });
}

export function contentRootLoader(
  name: string,
  fill: (content: ParsedContent, context: LoaderContext) => Promise<void> | void,
): Loader {
  return {
    name,
    load: async (context) => {
      const run = async () => {
        const content = await contentFor(context.config.base, context.logger);
        if (content.diagnostics.some((d) => d.severity === 'error')) throw new ContentError(content.diagnostics);
        context.store.clear();
        await fill(content, context);
      };
      watchContentRoot(context, run);
      await run();
    },
  };
}

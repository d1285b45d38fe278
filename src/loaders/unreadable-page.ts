/**
 * The result of a page that cannot be processed: nothing of it is built, and
 * one problem says why. Kept apart from the pipeline (process-page.ts) so
 * that the page pool can give it without loading the pipeline.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { diagnosticsOf, report } from '../markdown/messages.ts';
import { displayPath } from '../utils/content-root.ts';
import { pageIdFromPath } from '../utils/slugs.ts';
import type { PageResult, PageTask, SiteFacts } from './process-page.ts';

export function unreadablePage(site: SiteFacts, task: PageTask, reason: string, fix: string, place = { line: 1, column: 1 }): PageResult {
  const file = new VFile({ path: task.sourcePath, cwd: site.contentDir });
  report(file, reason, { rule: 'pages/unreadable', severity: 'error', fix, place });
  return {
    id: pageIdFromPath(task.sourcePath),
    sourcePath: task.sourcePath,
    data: undefined,
    html: '',
    searchHtml: '',
    headings: [],
    anchors: [],
    fragmentLinks: [],
    duties: [],
    pairs: [],
    includes: [],
    problems: diagnosticsOf(file, displayPath(path.join(site.contentDir, task.sourcePath))),
    tabs: false,
  };
}

/**
 * What each page of a content root is to be processed with: its text and its
 * counterparts.yaml entries (reading that file is a site-wide step, its
 * problems reported on it), and the facts shared by every page.
 */
import { VFile } from 'vfile';
import { COUNTERPARTS_FILE } from '../config.ts';
import { type CounterpartDeclaration, readCounterpartsFile } from '../duties/counterparts.ts';
import { pageIdFromPath } from '../utils/slugs.ts';
import type { PageTask, SiteFacts } from './process-page.ts';
import type { ContentRoot } from './read-content-root.ts';

export interface PageTasks {
  site: SiteFacts;
  /** One task per page, in the order of `root.pages`, with each page's id. */
  tasks: (PageTask & { id: string })[];
  /** counterparts.yaml, with its problems. */
  counterpartsFile: VFile;
}

export function pageTasks(root: ContentRoot, base: string): PageTasks {
  const pageList = root.pages.map((sourcePath) => ({ id: pageIdFromPath(sourcePath), sourcePath }));
  const counterpartsFile = new VFile({ path: COUNTERPARTS_FILE, cwd: root.contentDir });
  const byPage = new Map<string, CounterpartDeclaration[]>();
  const text = root.texts.get(COUNTERPARTS_FILE);
  if (text !== undefined) {
    const pageSources = new Map(pageList.map((p) => [p.id, p.sourcePath]));
    for (const declaration of readCounterpartsFile(text, counterpartsFile, pageSources)) {
      byPage.set(declaration.pageId, [...(byPage.get(declaration.pageId) ?? []), declaration]);
    }
  }
  return {
    site: { contentDir: root.contentDir, base, files: root.files },
    tasks: pageList.map(({ id, sourcePath }) => ({ id, sourcePath, text: root.texts.get(sourcePath) ?? '', declarations: byPage.get(id) ?? [] })),
    counterpartsFile,
  };
}

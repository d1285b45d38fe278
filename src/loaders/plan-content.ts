/**
 * One load of the content root: which pages changed since the last load (by
 * digest), processing only those (in the page pool), and what belongs to the
 * whole site (page URLs, navigation, counterparts.yaml), with every problem.
 * Unchanged pages are taken as the collections stored them.
 *
 * A page's digest covers all its inputs: its text, the files it includes, its
 * counterparts.yaml entries, which files exist (links are checked against
 * them), the base path, and the code that processes it.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { COUNTERPARTS_FILE } from '../config.ts';
import { type CounterpartDeclaration, type CounterpartPair, readCounterpartsFile } from '../duties/counterparts.ts';
import type { Duty } from '../duties/duty.ts';
import { diagnosticsOf, report } from '../markdown/messages.ts';
import type { PageHeading } from '../markdown/pipeline.ts';
import type { NavNode } from '../navigation/build-navigation.ts';
import type { DocData } from '../schemas/front-matter.ts';
import { displayPath } from '../utils/content-root.ts';
import { type Diagnostic, sortDiagnostics, uniqueDiagnostics } from '../utils/diagnostics.ts';
import { pageIdFromPath } from '../utils/slugs.ts';
import { readNavigation } from './read-navigation.ts';
import type { PagePool } from './page-pool.ts';
import type { SiteFacts } from './process-page.ts';
import { type ContentRoot, readContentRoot } from './read-content-root.ts';
import { RESERVED_PAGE_IDS } from './reserved-urls.ts';

/** The docs collection's data for a page: its front matter and what the site needs of it without parsing it again. */
export type StoredDocData = DocData & {
  headings: PageHeading[];
  /** Files the page includes, directly or not (their texts are part of its digest). */
  includes: string[];
  problems: Diagnostic[];
  /** Whether the page has tab sets. */
  tabs: boolean;
};

/** A page as the site uses it, whether processed now or stored from an earlier load. */
export interface PlannedPage {
  id: string;
  sourcePath: string;
  digest: string;
  /** Whether the page was processed in this load (its entries must be written). */
  changed: boolean;
  /** Undefined when the page's front matter is broken. */
  data: StoredDocData | undefined;
  html: string;
  duties: Duty[];
  pairs: CounterpartPair[];
}

export interface ContentPlan {
  site: SiteFacts;
  root: ContentRoot;
  pages: PlannedPage[];
  navigation: NavNode[];
  /** Every problem, of every file, sorted; stored problems of unchanged pages included. */
  problems: Diagnostic[];
  hasErrors: boolean;
}

/** What the collections hold from the last load. */
export interface StoredContent {
  page: (id: string) => { digest: string | undefined; data: StoredDocData; html: string } | undefined;
  duties: (doc: string) => Duty[];
  pairs: (doc: string) => CounterpartPair[];
}

export interface PlanOptions {
  contentDir: string;
  base: string;
  stored: StoredContent;
  digest: (data: string) => string;
  /** A digest of the code that processes pages: when it changes, every page is processed again. */
  codeVersion: string;
  pool: (site: SiteFacts, pages: number) => PagePool;
  /** Called as pages finish, for progress. */
  onPage?: (done: number, total: number) => void;
}

function declarationsByPage(root: ContentRoot, pageSources: Map<string, string>): { byPage: Map<string, CounterpartDeclaration[]>; file: VFile } {
  const file = new VFile({ path: COUNTERPARTS_FILE, cwd: root.contentDir });
  const byPage = new Map<string, CounterpartDeclaration[]>();
  const text = root.texts.get(COUNTERPARTS_FILE);
  if (text === undefined) return { byPage, file };
  for (const declaration of readCounterpartsFile(text, file, pageSources)) {
    byPage.set(declaration.pageId, [...(byPage.get(declaration.pageId) ?? []), declaration]);
  }
  return { byPage, file };
}

/** Two pages with one URL, or a page on a URL the site itself uses. */
function checkPageUrls(pages: { id: string; sourcePath: string }[], contentDir: string): VFile[] {
  const files: VFile[] = [];
  const seen = new Map<string, string>();
  for (const page of pages) {
    const file = new VFile({ path: page.sourcePath, cwd: contentDir });
    const first = seen.get(page.id);
    if (first !== undefined) {
      report(file, `this page would have the same URL as ${first}`, {
        rule: 'pages/duplicate-url',
        severity: 'error',
        fix: 'rename one of the two files (URLs ignore letter case, the name index, and characters such as # ? % and spaces)',
        place: { line: 1, column: 1 },
      });
    } else {
      seen.set(page.id, page.sourcePath);
    }
    const reserved = RESERVED_PAGE_IDS.find((r) => page.id === r.id || page.id.startsWith(`${r.id}/`));
    if (reserved) {
      report(file, `this page's URL /${page.id}/ is the site's own ${reserved.what}`, {
        rule: 'pages/reserved-url',
        severity: 'error',
        fix: 'rename the file or its folder',
        place: { line: 1, column: 1 },
      });
    }
    if (file.messages.length > 0) files.push(file);
  }
  return files;
}

export async function planContent(options: PlanOptions): Promise<ContentPlan> {
  const root = await readContentRoot(options.contentDir);
  const site: SiteFacts = { contentDir: root.contentDir, base: options.base, files: root.files };
  const pageList = root.pages.map((sourcePath) => ({ id: pageIdFromPath(sourcePath), sourcePath }));
  const pageSources = new Map(pageList.map((p) => [p.id, p.sourcePath]));
  const counterparts = declarationsByPage(root, pageSources);
  const siteKey = options.digest(JSON.stringify([options.codeVersion, options.base, root.files]));
  const pageDigest = (sourcePath: string, includes: string[], declarations: CounterpartDeclaration[]) =>
    options.digest(JSON.stringify([siteKey, root.texts.get(sourcePath), includes.map((i) => [i, root.texts.get(i)]), declarations]));

  const pages: PlannedPage[] = [];
  const changed: { id: string; sourcePath: string; slot: number }[] = [];
  for (const { id, sourcePath } of pageList) {
    const stored = options.stored.page(id);
    const declarations = counterparts.byPage.get(id) ?? [];
    const digest = pageDigest(sourcePath, stored?.data.includes ?? [], declarations);
    if (stored && stored.digest === digest && stored.data.sourcePath === sourcePath) {
      const data = stored.data;
      pages.push({ id, sourcePath, digest, changed: false, data, html: stored.html, duties: options.stored.duties(id), pairs: options.stored.pairs(id) });
    } else {
      changed.push({ id, sourcePath, slot: pages.length });
      pages.push({ id, sourcePath, digest, changed: true, data: undefined, html: '', duties: [], pairs: [] });
    }
  }

  const pageProblems = new Map<string, Diagnostic[]>();
  if (changed.length > 0) {
    const pool = options.pool(site, changed.length);
    let done = 0;
    try {
      await Promise.all(
        changed.map(async ({ id, sourcePath, slot }) => {
          const declarations = counterparts.byPage.get(id) ?? [];
          const result = await pool.process({ sourcePath, text: root.texts.get(sourcePath) ?? '', declarations });
          pageProblems.set(id, result.problems);
          pages[slot] = {
            id,
            sourcePath,
            // The digest stored with the page covers the includes it has now.
            digest: pageDigest(sourcePath, result.includes, declarations),
            changed: true,
            data: result.data && { ...result.data, headings: result.headings, includes: result.includes, problems: result.problems, tabs: result.tabs },
            html: result.html,
            duties: result.duties,
            pairs: result.pairs,
          };
          options.onPage?.(++done, changed.length);
        }),
      );
    } finally {
      await pool.close();
    }
  }

  const navigation = readNavigation(root, pages);
  const siteFiles = [...root.problems, counterparts.file, ...checkPageUrls(pageList, root.contentDir), ...navigation.files];
  const problems = uniqueDiagnostics([
    ...siteFiles.flatMap((f) => diagnosticsOf(f, displayPath(path.join(root.contentDir, f.path)))),
    ...pages.flatMap((page) => pageProblems.get(page.id) ?? page.data?.problems ?? []),
  ]);
  return {
    site,
    root,
    pages,
    navigation: navigation.tree,
    problems: sortDiagnostics(problems),
    hasErrors: problems.some((d) => d.severity === 'error'),
  };
}

/**
 * One load of the content root: which pages changed since the last load (by
 * digest), processing only those (in the page pool), and what belongs to the
 * whole site (page URLs, links to parts of pages, navigation,
 * counterparts.yaml), with every problem.
 * Unchanged pages are taken as the collections stored them.
 *
 * A page's digest covers all its inputs: its text, the files it includes, its
 * counterparts.yaml entries, which files exist (links are checked against
 * them), the base path, and the code that processes it.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import type { CounterpartPair } from '../duties/counterparts.ts';
import type { Duty } from '../duties/duty.ts';
import { diagnosticsOf, report } from '../markdown/messages.ts';
import type { FragmentLink, PageHeading } from '../markdown/pipeline.ts';
import type { NavNode } from '../navigation/build-navigation.ts';
import type { DocData } from '../schemas/front-matter.ts';
import { displayPath } from '../utils/content-root.ts';
import { type Diagnostic, sortDiagnostics, uniqueDiagnostics } from '../utils/diagnostics.ts';
import { checkFragmentLinks } from './check-fragment-links.ts';
import { readNavigation } from './read-navigation.ts';
import { publishAssets, type PublishedAsset } from './assets.ts';
import type { EarlyProcessing } from './early-processing.ts';
import type { PagePool } from './page-pool.ts';
import { pageTasks } from './page-tasks.ts';
import type { PageStore } from './page-store.ts';
import type { PageTask, SiteFacts } from './process-page.ts';
import { type ContentRoot, readContentRoot } from './read-content-root.ts';
import { RESERVED_PAGE_IDS } from './reserved-urls.ts';

/** The docs collection's data for a page: its front matter and what the site needs of it without parsing it again. */
export type StoredDocData = DocData & {
  /** Where its HTML is kept (page-store.ts). */
  htmlFile: string;
  headings: PageHeading[];
  /** Ids on the page besides its headings' and its duties' rows. */
  anchors: string[];
  /** Its links to parts of pages (check-fragment-links.ts). */
  fragmentLinks: FragmentLink[];
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
  /** The page's HTML, and what search indexes of it (read from the page store for an unchanged page). */
  html: () => string;
  searchHtml: () => string;
  duties: Duty[];
  pairs: CounterpartPair[];
}

export interface ContentPlan {
  site: SiteFacts;
  root: ContentRoot;
  pages: PlannedPage[];
  /** Images and media, as the site publishes them. */
  assets: PublishedAsset[];
  navigation: NavNode[];
  /** Every problem, of every file, sorted; stored problems of unchanged pages included. */
  problems: Diagnostic[];
  hasErrors: boolean;
}

/** What the collections hold from the last load. */
export interface StoredContent {
  page: (id: string) => { digest: string | undefined; data: StoredDocData } | undefined;
  responsibilities: (id: string) => { duties: Duty[]; pairs: CounterpartPair[] };
}

export interface PlanOptions {
  contentDir: string;
  base: string;
  stored: StoredContent;
  digest: (data: string) => string;
  /** A digest of the code that processes pages: when it changes, every page is processed again. */
  codeVersion: string;
  pool: (site: SiteFacts, pages: number) => PagePool;
  pageStore: PageStore;
  /**
   * Whether to remove the page versions this plan does not use. Not while
   * `astro dev` serves: until Astro has saved and reloaded its store (half a
   * second or more after an edit), pages still render from the old versions.
   */
  prune: boolean;
  /** Pages started before the load (early-processing.ts), whose results may serve. */
  early?: Promise<EarlyProcessing> | undefined;
  /** Called as pages finish, for progress. */
  onPage?: (done: number, total: number) => void;
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
    // Characters with a meaning in URLs (# ? % and the like) became "-": the page works, and its author is told.
    const asWritten = page.sourcePath.replace(/\.(md|ya?ml)$/i, '').replace(/(^|\/)index$/i, '').toLowerCase();
    if (asWritten !== page.id && asWritten !== '' && /[^\w./-]/.test(asWritten)) {
      report(file, `this page's URL is /${page.id}/: the characters of its file name that mean something in a URL became "-"`, {
        rule: 'pages/url-from-name',
        severity: 'warning',
        fix: 'rename the file with letters, digits and dashes only, so that its URL reads like its name',
        place: { line: 1, column: 1 },
      });
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
  const { site, tasks, counterpartsFile } = pageTasks(root, options.base);
  const siteKey = options.digest(JSON.stringify([options.codeVersion, options.base, root.files]));
  const pageDigest = (task: PageTask, includes: string[]) =>
    options.digest(JSON.stringify([siteKey, task.text, includes.map((i) => [i, root.texts.get(i)]), task.declarations]));

  const pages: PlannedPage[] = [];
  const changed: { task: (typeof tasks)[number]; slot: number }[] = [];
  for (const task of tasks) {
    const { id, sourcePath } = task;
    const stored = options.stored.page(id);
    const digest = pageDigest(task, stored?.data.includes ?? []);
    if (stored && stored.digest === digest && stored.data.sourcePath === sourcePath && options.pageStore.has(digest)) {
      const { duties, pairs } = options.stored.responsibilities(id);
      pages.push({ id, sourcePath, digest, changed: false, data: stored.data, html: () => options.pageStore.read(digest), searchHtml: () => options.pageStore.read(digest, 'search'), duties, pairs });
    } else {
      changed.push({ task, slot: pages.length });
      pages.push({ id, sourcePath, digest, changed: true, data: undefined, html: () => '', searchHtml: () => '', duties: [], pairs: [] });
    }
  }

  const pageProblems = new Map<string, Diagnostic[]>();
  if (changed.length > 0) {
    const early = await options.early;
    const started = changed.map(({ task }) => early?.take(site, task));
    const remaining = changed.filter((_, i) => !started[i]).map(({ task }) => task);
    const pool = remaining.length > 0 ? (early?.pool(site, remaining.length) ?? options.pool(site, remaining.length)) : undefined;
    const fromPool = pool?.processEach(remaining) ?? [];
    let done = 0;
    options.onPage?.(0, changed.length);
    // Each page is stored as soon as it is back, while the others are still being processed.
    const results = started.map((result) => result ?? fromPool.shift()!).map(async (pending, i) => {
      const result = await pending;
      // The digest stored with the page covers the includes it has now.
      const digest = pageDigest(changed[i].task, result.includes);
      if (result.data) options.pageStore.write(digest, { page: result.html, search: result.searchHtml });
      options.onPage?.(++done, changed.length);
      return { result, digest };
    });
    try {
      (await Promise.all(results)).forEach(({ result, digest }, i) => {
        const { task, slot } = changed[i];
        pageProblems.set(task.id, result.problems);
        pages[slot] = {
          id: task.id,
          sourcePath: task.sourcePath,
          digest,
          changed: true,
          data: result.data && {
            ...result.data,
            htmlFile: options.pageStore.fileFor(digest),
            headings: result.headings,
            anchors: result.anchors,
            fragmentLinks: result.fragmentLinks,
            includes: result.includes,
            problems: result.problems,
            tabs: result.tabs,
          },
          html: () => result.html,
          searchHtml: () => result.searchHtml,
          duties: result.duties,
          pairs: result.pairs,
        };
      });
    } finally {
      await Promise.all([pool?.close(), early?.close()]);
    }
  } else {
    // Nothing to process: a worker started for the changed pages is not needed.
    await (await options.early)?.close();
  }

  if (options.prune) options.pageStore.keepOnly(new Set(pages.map((p) => p.digest)));
  const navigation = readNavigation(root, pages);
  const assets = await publishAssets(root.contentDir, root.assets, options.pageStore.assetDir);
  const siteFiles = [...root.problems, counterpartsFile, ...checkPageUrls(tasks, root.contentDir), ...checkFragmentLinks(pages, root.contentDir), ...navigation.files, ...assets.problems];
  const problems = uniqueDiagnostics([
    ...siteFiles.flatMap((f) => diagnosticsOf(f, displayPath(path.join(root.contentDir, f.path)))),
    ...pages.flatMap((page) => pageProblems.get(page.id) ?? page.data?.problems ?? []),
  ]);
  return {
    site,
    root,
    pages,
    assets: assets.assets,
    navigation: navigation.tree,
    problems: sortDiagnostics(problems),
    hasErrors: problems.some((d) => d.severity === 'error'),
  };
}

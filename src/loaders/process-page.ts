/**
 * Everything one page needs, from its text to its HTML: parse once (with its
 * includes), read its front matter and duties from that tree, match its
 * counterpart declarations, render. A page depends only on its own text, the
 * files it includes, its entries in counterparts.yaml and which files exist,
 * so pages are processed independently, in worker threads (page-pool.ts),
 * and a page whose inputs did not change is not processed again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { COUNTERPARTS_FILE } from '../config.ts';
import { type CounterpartDeclaration, type CounterpartPair, pairsOfPage } from '../duties/counterparts.ts';
import type { Duty } from '../duties/duty.ts';
import rehypeDutyRows from '../duties/rehype-duty-rows.ts';
import remarkDuties from '../duties/remark-duties.ts';
import { diagnosticsOf } from '../markdown/messages.ts';
import { MAX_NESTING, tooDeep } from '../markdown/nesting.ts';
import { createPipeline, type FragmentLink, type MarkdownPipeline, type PageHeading } from '../markdown/pipeline.ts';
import { allSourceFiles } from '../markdown/sources.ts';
import { type DocData, toDocData } from '../schemas/front-matter.ts';
import { displayPath } from '../utils/content-root.ts';
import { type Diagnostic, uniqueDiagnostics } from '../utils/diagnostics.ts';
import { pageIdFromPath } from '../utils/slugs.ts';
import { readFrontMatter } from './read-front-matter.ts';
import rehypeSearchHtml from './rehype-search-html.ts';
import { unreadablePage } from './unreadable-page.ts';

/** What is the same for every page of one build. */
export interface SiteFacts {
  contentDir: string;
  base: string;
  /** Every file of the content root, by its path from the root (forward slashes). */
  files: string[];
}

export interface PageTask {
  /** The page's path from the content root. */
  sourcePath: string;
  text: string;
  /** Its entries in counterparts.yaml. */
  declarations: CounterpartDeclaration[];
}

export interface PageResult {
  id: string;
  sourcePath: string;
  /** Undefined when the front matter is missing or broken (the problems say why). */
  data: DocData | undefined;
  html: string;
  /** What search indexes of the page itself (rehype-search-html.ts). */
  searchHtml: string;
  headings: PageHeading[];
  /** The ids on the page other than its headings' and its duties' rows (stored with those): what else a link to a part of it may name. */
  anchors: string[];
  /** Its links to parts of pages, checked once every page is known (loaders/check-fragment-links.ts). */
  fragmentLinks: FragmentLink[];
  duties: Duty[];
  pairs: CounterpartPair[];
  /** The files it includes, directly or not, and other content files its HTML depends on (zone-pivot-groups.yml). */
  includes: string[];
  /** Every problem found in the page, in the files it includes and in its counterparts.yaml entries. */
  problems: Diagnostic[];
  /** Whether the page has tab sets (it then needs the tabs script). */
  tabs: boolean;
}

/** The pipeline of one build, with the loader's own plugins, for one thread. */
export function pagePipeline(site: SiteFacts): MarkdownPipeline {
  const files = new Set(site.files);
  return createPipeline({
    base: site.base,
    fileExists: (contentPath) => files.has(contentPath),
    readFile: (contentPath) => (files.has(contentPath) ? readFileSync(path.join(site.contentDir, contentPath), 'utf8') : undefined),
    remarkPlugins: [remarkDuties],
    rehypePlugins: [rehypeDutyRows, rehypeSearchHtml],
  });
}

export async function processPage(pipeline: MarkdownPipeline, site: SiteFacts, task: PageTask): Promise<PageResult> {
  const deep = tooDeep(task.text);
  if (deep) {
    return unreadablePage(site, task, `this line nests ${deep.depth > MAX_NESTING + 1 ? 'more than ' : ''}${MAX_NESTING} block quotes or lists inside each other`, `nest at most ${MAX_NESTING} levels`, deep);
  }
  try {
    return await processReadablePage(pipeline, site, task);
  } catch (error) {
    // The parser gives up on structures too deep for its stack (nested brackets, emphasis…).
    if (error instanceof RangeError) return unreadablePage(site, task, 'the page nests its markdown too deeply to be read', 'simplify the deepest nesting (lists, quotes, brackets)');
    throw error;
  }
}

async function processReadablePage(pipeline: MarkdownPipeline, site: SiteFacts, task: PageTask): Promise<PageResult> {
  const file = new VFile({ path: task.sourcePath, cwd: site.contentDir, value: task.text });
  const counterpartsFile = new VFile({ path: COUNTERPARTS_FILE, cwd: site.contentDir });
  const tree = await pipeline.parse(file);
  const frontMatter = readFrontMatter(tree, file);
  const duties = file.data.duties ?? [];
  file.data.counterpartPairs = pairsOfPage(duties, task.declarations, counterpartsFile);
  const html = await pipeline.render(tree, file);
  const headings = file.data.headings ?? [];
  const stored = new Set([...headings.map((h) => h.slug), ...duties.map((d) => d.anchor)]);
  const problems = uniqueDiagnostics(
    [...allSourceFiles(file), counterpartsFile].flatMap((f) => diagnosticsOf(f, displayPath(path.join(site.contentDir, f.path)))),
  );
  return {
    id: pageIdFromPath(task.sourcePath),
    sourcePath: task.sourcePath,
    data: frontMatter && toDocData(frontMatter, { heading: file.data.titleHeading, sourcePath: task.sourcePath }),
    html,
    searchHtml: file.data.searchHtml ?? '',
    headings,
    anchors: [...new Set(file.data.anchors ?? [])].filter((id) => !stored.has(id)),
    fragmentLinks: file.data.fragmentLinks ?? [],
    duties,
    pairs: file.data.counterpartPairs,
    // Files read besides includes (zone-pivot-groups.yml) count as includes: the page's digest covers their texts.
    includes: [...new Set([...(file.data.includedFiles ?? []).map((f) => f.path), ...(file.data.readFiles ?? [])])],
    problems,
    tabs: Boolean(file.data.learnTabs),
  };
}

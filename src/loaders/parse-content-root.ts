/**
 * Reads a whole content root once. Every page is parsed into one syntax tree;
 * its front matter and duties are read from that tree; the counterparts of
 * all duties are resolved; then the same trees are rendered to HTML. The TOC
 * becomes the navigation tree. All problems of all files are collected, so an
 * author sees every error in one run.
 */
import type { Root } from 'mdast';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { COUNTERPARTS_FILE } from '../config.ts';
import { automaticPairs, type CounterpartPair, counterpartsById, declaredPairs } from '../duties/counterparts.ts';
import type { Duty } from '../duties/duty.ts';
import { extractDuties } from '../duties/extract-duties.ts';
import { diagnosticsOf, report } from '../markdown/messages.ts';
import { type PageHeading, parseMarkdown, renderMarkdown, takeTitleHeading } from '../markdown/pipeline.ts';
import { navigationFromFolders, navigationFromToc, type NavNode } from '../navigation/build-navigation.ts';
import { parseTocMarkdown } from '../navigation/toc-md.ts';
import { parseTocYaml } from '../navigation/toc-yml.ts';
import { type DocData, type FrontMatter, toDocData } from '../schemas/front-matter.ts';
import { displayPath } from '../utils/content-root.ts';
import { listFiles } from '../utils/files.ts';
import { type Diagnostic, sortDiagnostics } from '../utils/diagnostics.ts';
import { pageIdFromPath } from '../utils/slugs.ts';
import { readFrontMatter } from './read-front-matter.ts';

export interface ParsedPage {
  id: string;
  /** Absolute path of the source file. */
  filePath: string;
  body: string;
  data: DocData;
  html: string;
  headings: PageHeading[];
}

export interface ParsedDuty extends Duty {
  /** The description cell as rendered on the article. */
  descriptionHtml: string;
  counterparts: string[];
}

export interface ParsedContent {
  contentDir: string;
  pages: ParsedPage[];
  duties: ParsedDuty[];
  pairs: CounterpartPair[];
  /** Images and other media, relative to the content root. */
  assets: string[];
  navigation: NavNode[];
  diagnostics: Diagnostic[];
}

/** A page between parsing and rendering. */
interface PageTree {
  id: string;
  sourcePath: string;
  filePath: string;
  text: string;
  file: VFile;
  tree: Root;
  frontMatter: FrontMatter | undefined;
  heading: string | undefined;
  duties: Duty[];
}

const TOC_FILES = ['TOC.md', 'toc.md', 'toc.yml', 'TOC.yml'];
const SKIPPED = /(^|\/)(\.|node_modules\/)/;
/** Files copied to the site beside the pages. */
const ASSET = /\.(png|jpe?g|gif|svg|webp|avif|ico|pdf|mp4|webm)$/i;

async function listContentFiles(contentDir: string): Promise<string[]> {
  return (await listFiles(contentDir)).filter((p) => !SKIPPED.test(p));
}

function isPage(relativePath: string): boolean {
  return /\.md$/i.test(relativePath) && !TOC_FILES.includes(relativePath);
}

async function parsePage(contentDir: string, sourcePath: string): Promise<PageTree> {
  const filePath = path.join(contentDir, sourcePath);
  const text = await readFile(filePath, 'utf8');
  const file = new VFile({ path: filePath, value: text });
  const tree = await parseMarkdown(file);
  const id = pageIdFromPath(sourcePath);
  const frontMatter = readFrontMatter(tree, file);
  const heading = takeTitleHeading(tree);
  return { id, sourcePath, filePath, text, file, tree, frontMatter, heading, duties: extractDuties(tree, file, id) };
}

function reportDuplicateIds(pages: PageTree[]): void {
  const seen = new Map<string, PageTree>();
  for (const page of pages) {
    const first = seen.get(page.id);
    if (!first) {
      seen.set(page.id, page);
      continue;
    }
    report(page.file, `this page would have the same URL as ${first.sourcePath}`, {
      rule: 'pages/duplicate-url',
      severity: 'error',
      fix: 'rename one of the two files (URLs ignore letter case and the name index)',
      place: { line: 1, column: 1 },
    });
  }
}

async function readCounterparts(contentDir: string, files: string[], pages: PageTree[], duties: Duty[]) {
  const pairs = automaticPairs(duties);
  if (!files.includes(COUNTERPARTS_FILE)) return { pairs, diagnostics: [] };
  const filePath = path.join(contentDir, COUNTERPARTS_FILE);
  const file = new VFile({ path: filePath });
  const pageSources = new Map(pages.map((p) => [p.id, p.sourcePath]));
  const declared = declaredPairs(await readFile(filePath, 'utf8'), file, duties, pageSources);
  const known = new Set(pairs.map((p) => `${p.microsoft}\0${p.customer}`));
  pairs.push(...declared.filter((p) => !known.has(`${p.microsoft}\0${p.customer}`)));
  return { pairs, diagnostics: diagnosticsOf(file, displayPath(filePath)) };
}

async function readNavigation(contentDir: string, files: string[], pages: ParsedPage[]) {
  const navPages = pages.map((p) => ({ id: p.id, title: p.data.title, sourcePath: p.data.sourcePath }));
  const tocFile = TOC_FILES.find((name) => files.includes(name));
  if (!tocFile) return { tree: navigationFromFolders(navPages), diagnostics: [] };
  const text = await readFile(path.join(contentDir, tocFile), 'utf8');
  const entries = tocFile.endsWith('.md') ? parseTocMarkdown(text) : parseTocYaml(text);
  const { tree, diagnostics } = navigationFromToc(entries, navPages, tocFile);
  const shown = displayPath(path.join(contentDir, tocFile));
  return { tree, diagnostics: diagnostics.map((d) => ({ ...d, file: shown })) };
}

export async function parseContentRoot(contentDir: string, base: string): Promise<ParsedContent> {
  const files = await listContentFiles(contentDir);
  const fileSet = new Set(files);
  const trees = await Promise.all(files.filter(isPage).map((sourcePath) => parsePage(contentDir, sourcePath)));
  reportDuplicateIds(trees);

  const allDuties = trees.flatMap((t) => t.duties);
  const counterparts = await readCounterparts(contentDir, files, trees, allDuties);
  const links = counterpartsById(counterparts.pairs);
  const dutiesById = new Map(allDuties.map((d) => [d.id, d]));
  const descriptions = new Map<string, string>();

  const pages: ParsedPage[] = [];
  for (const page of trees) {
    const { html, headings } = await renderMarkdown(
      page.tree,
      page.file,
      { sourcePath: page.sourcePath, base, fileExists: (p) => fileSet.has(p) },
      { base, duties: page.duties, dutiesById, counterparts: links, descriptions },
    );
    if (!page.frontMatter) continue;
    pages.push({
      id: page.id,
      filePath: page.filePath,
      body: page.text,
      data: toDocData(page.frontMatter, { heading: page.heading, sourcePath: page.sourcePath }),
      html,
      headings,
    });
  }

  const navigation = await readNavigation(contentDir, files, pages);
  const diagnostics = [
    ...trees.flatMap((t) => diagnosticsOf(t.file, displayPath(t.filePath))),
    ...counterparts.diagnostics,
    ...navigation.diagnostics,
  ];
  return {
    contentDir,
    pages,
    duties: allDuties.map((d) => ({ ...d, descriptionHtml: descriptions.get(d.id) ?? '', counterparts: links.get(d.id) ?? [] })),
    pairs: counterparts.pairs,
    assets: files.filter((f) => ASSET.test(f)),
    navigation: navigation.tree,
    diagnostics: sortDiagnostics(diagnostics),
  };
}

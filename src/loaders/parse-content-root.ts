/**
 * Reads a whole content root once: every page is parsed into one syntax tree,
 * its front matter validated, and the tree rendered to HTML; the TOC becomes
 * the navigation tree. All problems of all files are collected, so an author
 * sees every error in one run.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { diagnosticsOf, report } from '../markdown/messages.ts';
import { type PageHeading, parseMarkdown, renderMarkdown, takeTitleHeading } from '../markdown/pipeline.ts';
import { navigationFromFolders, navigationFromToc, type NavNode } from '../navigation/build-navigation.ts';
import { parseTocMarkdown } from '../navigation/toc-md.ts';
import { parseTocYaml } from '../navigation/toc-yml.ts';
import { type DocData, toDocData } from '../schemas/front-matter.ts';
import { displayPath } from '../utils/content-root.ts';
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

export interface ParsedContent {
  contentDir: string;
  pages: ParsedPage[];
  /** Images and other media, relative to the content root. */
  assets: string[];
  navigation: NavNode[];
  diagnostics: Diagnostic[];
}

const TOC_FILES = ['TOC.md', 'toc.md', 'toc.yml', 'TOC.yml'];
const SKIPPED = /(^|\/)(\.|node_modules\/)/;
/** Files copied to the site beside the pages. */
const ASSET = /\.(png|jpe?g|gif|svg|webp|avif|ico|pdf|mp4|webm)$/i;

async function listFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(contentDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((p) => !SKIPPED.test(p))
    .sort();
}

function isPage(relativePath: string): boolean {
  return /\.md$/i.test(relativePath) && !TOC_FILES.includes(relativePath);
}

async function parsePage(contentDir: string, sourcePath: string, base: string, files: Set<string>) {
  const filePath = path.join(contentDir, sourcePath);
  const text = await readFile(filePath, 'utf8');
  const file = new VFile({ path: filePath, value: text });
  const tree = await parseMarkdown(file);
  const frontMatter = readFrontMatter(tree, file);
  const heading = takeTitleHeading(tree);
  const { html, headings } = await renderMarkdown(tree, file, {
    sourcePath,
    base,
    fileExists: (p) => files.has(p),
  });
  const page: ParsedPage | undefined = frontMatter && {
    id: pageIdFromPath(sourcePath),
    filePath,
    body: text,
    data: toDocData(frontMatter, { heading, sourcePath }),
    html,
    headings,
  };
  return { page, diagnostics: diagnosticsOf(file, displayPath(filePath)) };
}

function reportDuplicateIds(pages: ParsedPage[]): Diagnostic[] {
  const seen = new Map<string, ParsedPage>();
  const diagnostics: Diagnostic[] = [];
  for (const page of pages) {
    const first = seen.get(page.id);
    if (!first) {
      seen.set(page.id, page);
      continue;
    }
    const file = new VFile({ path: page.filePath });
    report(file, `this page would have the same URL as ${first.data.sourcePath}`, {
      rule: 'pages/duplicate-url',
      severity: 'error',
      fix: 'rename one of the two files (URLs ignore letter case and the name index)',
      place: { line: 1, column: 1 },
    });
    diagnostics.push(...diagnosticsOf(file, displayPath(page.filePath)));
  }
  return diagnostics;
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
  const files = await listFiles(contentDir);
  const fileSet = new Set(files);
  const results = await Promise.all(
    files.filter(isPage).map((sourcePath) => parsePage(contentDir, sourcePath, base, fileSet)),
  );
  const pages = results.flatMap((r) => (r.page ? [r.page] : []));
  const navigation = await readNavigation(contentDir, files, pages);
  const diagnostics = [
    ...results.flatMap((r) => r.diagnostics),
    ...reportDuplicateIds(pages),
    ...navigation.diagnostics,
  ];
  return {
    contentDir,
    pages,
    assets: files.filter((f) => ASSET.test(f)),
    navigation: navigation.tree,
    diagnostics: sortDiagnostics(diagnostics),
  };
}

/**
 * The site's navigation tree, from the content root's TOC file (TOC.md or
 * toc.yml), or from its folders when it has none. Problems are messages on
 * the TOC file.
 */
import { VFile } from 'vfile';
import { report } from '../markdown/messages.ts';
import { navigationFromFolders, navigationFromToc, type NavNode, type NavPage } from '../navigation/build-navigation.ts';
import { parseTocMarkdown } from '../navigation/toc-md.ts';
import { parseTocYaml } from '../navigation/toc-yml.ts';
import type { ContentRoot } from './read-content-root.ts';

export function readNavigation(root: ContentRoot, pages: { id: string; sourcePath: string; data?: { title: string } }[]): { tree: NavNode[]; files: VFile[] } {
  const navPages: NavPage[] = pages.flatMap((p) => (p.data ? [{ id: p.id, title: p.data.title, sourcePath: p.sourcePath }] : []));
  if (!root.toc) return { tree: navigationFromFolders(navPages), files: [] };
  const toc = root.toc;
  const { entries, problems } = toc.endsWith('.md')
    ? { entries: parseTocMarkdown(root.texts.get(toc) ?? '', toc), problems: [] }
    : parseTocYaml(toc, { readText: (file) => root.texts.get(file) });
  const { tree, diagnostics } = navigationFromToc(entries, navPages);
  const files = new Map<string, VFile>();
  const fileOf = (name: string) => files.get(name) ?? files.set(name, new VFile({ path: name, cwd: root.contentDir })).get(name)!;
  for (const d of [...problems, ...diagnostics]) report(fileOf(d.file), d.message, { rule: d.rule, severity: d.severity, ...(d.fix ? { fix: d.fix } : {}), place: { line: d.line, column: d.column } });
  return { tree, files: [...files.values()] };
}

/**
 * The site's navigation tree, from the content root's TOC file (TOC.md or
 * toc.yml), or from its folders when it has none. Problems are messages on
 * the TOC file.
 */
import { VFile } from 'vfile';
import { navigationFromFolders, navigationFromToc, type NavNode, type NavPage } from '../navigation/build-navigation.ts';
import { parseTocMarkdown } from '../navigation/toc-md.ts';
import { parseTocYaml } from '../navigation/toc-yml.ts';
import type { ContentRoot } from './read-content-root.ts';

export function readNavigation(root: ContentRoot, pages: { id: string; sourcePath: string; data?: { title: string } }[]): { tree: NavNode[]; files: VFile[] } {
  const navPages: NavPage[] = pages.flatMap((p) => (p.data ? [{ id: p.id, title: p.data.title, sourcePath: p.sourcePath }] : []));
  if (!root.toc) return { tree: navigationFromFolders(navPages), files: [] };
  const toc = root.toc;
  const files = new Map<string, VFile>();
  const messages = (name: string) => files.get(name) ?? files.set(name, new VFile({ path: name, cwd: root.contentDir })).get(name)!;
  const entries = toc.endsWith('.md') ? parseTocMarkdown(root.texts.get(toc) ?? '', toc) : parseTocYaml(toc, { readText: (file) => root.texts.get(file) }, messages);
  const tree = navigationFromToc(entries, navPages, messages);
  return { tree, files: [...files.values()] };
}

/**
 * Reads a DocFX `TOC.md`: each heading is an entry, its level is its depth,
 * and a link in the heading is the page it opens:
 *
 *     # [Product](index.md)
 *     ## [Overview](intro/index.md)
 *     ### [Roles](intro/roles.md)
 */
import type { Heading, Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { TocEntry } from './toc-entry.ts';

export function parseTocMarkdown(markdown: string, file = 'TOC.md'): TocEntry[] {
  const tree = unified().use(remarkParse).parse(markdown);
  const roots: TocEntry[] = [];
  const open: { depth: number; entry: TocEntry }[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const heading = node as Heading;
    const link = heading.children.find((c): c is Link => c.type === 'link');
    const entry: TocEntry = {
      title: toString(heading).trim(),
      ...(link ? { href: link.url } : {}),
      file,
      line: heading.position?.start.line ?? 1,
      column: heading.position?.start.column ?? 1,
      children: [],
    };
    while (open.length > 0 && open.at(-1)!.depth >= heading.depth) open.pop();
    (open.at(-1)?.entry.children ?? roots).push(entry);
    open.push({ depth: heading.depth, entry });
  }
  return roots;
}

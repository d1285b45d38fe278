/**
 * Turns the triple-colon markers left by triple-colon-source.ts into
 * elements, as Microsoft Learn renders them, without JavaScript:
 *
 * - `:::image type="content|icon" source alt-text lightbox border:::` → an
 *   image (icon: decorative, empty alt), in a link to the full image with
 *   `lightbox`; `type="complex"` … `:::image-end:::` → a figure whose long
 *   description is a disclosure under the image;
 * - `:::row:::` / `:::column span="2":::` → a row of columns;
 * - `:::zone pivot="a,b"` and `::: moniker range="…"` → every variant shown,
 *   each a labelled section ("Pivot: a, b", "Version: >= 2"): the site has
 *   one version of each page, and a reader may need any of them;
 * - `:::code source language range:::` → a code block of that file (or
 *   lines); a file outside the content root is a warning and a note.
 *
 * An end with no start, or a start with no end, is an error at the marker.
 * Any other `:::name` left in text is a warning naming it, shown as written.
 */
import path from 'node:path/posix';
import type { Code, Html, Image, Link, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../messages.ts';
import { walk } from '../walk.ts';
import { type LearnMarker, markerOfComment } from './triple-colon-source.ts';

export interface LearnBlocksOptions {
  /** Reads a file by its path from the content root; undefined when there is none. */
  readFile: (contentPath: string) => string | undefined;
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);
/** A triple-colon form, through its closing colons if it has them. */
const UNKNOWN = /:::[ \t]*([a-z][a-z-]*)(?:[^:\n]|:(?!::))*(?::::)?/gi;

/** An element with children, rendered by remark-rehype from `data.hName`. */
function element(tagName: string, properties: Record<string, unknown>, children: RootContent[]): RootContent {
  return { type: 'learnElement', data: { hName: tagName, hProperties: properties }, children } as unknown as RootContent;
}

const text = (value: string): Text => ({ type: 'text', value });
const paragraph = (children: PhrasingContent[], className?: string): Paragraph => ({
  type: 'paragraph',
  children,
  ...(className ? { data: { hProperties: { className: [className] } } } : {}),
});

function imageOf(attributes: Record<string, string>): PhrasingContent {
  const decorative = attributes.type === 'icon';
  const image: Image = {
    type: 'image',
    url: attributes.source ?? '',
    alt: decorative ? '' : (attributes['alt-text'] ?? ''),
    data: { hProperties: { className: ['learn-image', ...(attributes.border === 'true' ? ['learn-image-border'] : [])] } },
  };
  if (!attributes.lightbox) return image;
  const link: Link = { type: 'link', url: attributes.lightbox, children: [image], data: { hProperties: { className: ['learn-lightbox'], title: 'Open the full image' } } };
  return link;
}

/** Lines `2-5` or `3` of a text, or all of it. */
function linesOf(text: string, range: string | undefined): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  if (!range) return lines.join('\n');
  return range
    .split(',')
    .flatMap((part) => {
      const [from, to] = part.split('-').map((n) => Number.parseInt(n, 10));
      return Number.isFinite(from) ? lines.slice(from - 1, Number.isFinite(to) ? to : from) : [];
    })
    .join('\n');
}

function codeBlock(marker: LearnMarker, comment: Html, file: VFile, options: LearnBlocksOptions): RootContent {
  const source = marker.attributes.source ?? '';
  const fromRoot = source.startsWith('~/');
  const target = path.normalize(fromRoot ? source.slice(2) : path.join(path.dirname(file.path), source));
  const content = target.startsWith('../') ? undefined : options.readFile(target);
  if (content === undefined) {
    if (fromRoot) {
      report(file, `the code sample ${source} is not in the content root, so it is not shown`, {
        rule: 'learn/code-outside-docset',
        severity: 'warning',
        node: comment,
        fix: 'copy the sample into the content root at that path to show it',
      });
      return paragraph([{ type: 'emphasis', children: [text(`A code sample from the wider documentation set (${source}) is not part of this site.`)] }]);
    }
    report(file, `the code sample ${source} does not exist`, { rule: 'learn/code-missing', severity: 'error', node: comment, fix: 'correct the source path, relative to this file' });
    return paragraph([{ type: 'inlineCode', value: marker.source }]);
  }
  const code: Code = { type: 'code', lang: marker.attributes.language ?? null, value: linesOf(content, marker.attributes.range) };
  return code;
}

function containerOf(marker: LearnMarker, children: RootContent[]): RootContent {
  const { name, attributes } = marker;
  if (name === 'row') return element('div', { className: ['learn-row'] }, children);
  if (name === 'column') {
    const span = /^\d$/.test(attributes.span ?? '') ? [`learn-column-span-${attributes.span}`] : [];
    return element('div', { className: ['learn-column', ...span] }, children);
  }
  if (name === 'image') {
    const summary = element('summary', {}, [text('Description of the image') as unknown as RootContent]);
    return element('figure', { className: ['learn-image-complex'] }, [paragraph([imageOf(attributes)]), element('details', {}, [summary, ...children])]);
  }
  const label = name === 'zone' ? `Pivot: ${(attributes.pivot ?? '').split(',').join(', ')}` : `Version: ${attributes.range ?? ''}`;
  return element('section', { className: [`learn-${name}`], ariaLabel: label }, [paragraph([text(label)], `learn-${name}-label`), ...children]);
}

/** Rebuilds a parent's children: containers gather what stands between their markers. */
function gather(parent: Parent, file: VFile, options: LearnBlocksOptions): void {
  const top: RootContent[] = [];
  const open: { marker: LearnMarker; comment: Html; items: RootContent[] }[] = [];
  const into = () => open.at(-1)?.items ?? top;
  const inPhrasing = PHRASING_PARENTS.has(parent.type);
  for (const child of parent.children as RootContent[]) {
    const marker = child.type === 'html' ? markerOfComment(child.value.trim()) : undefined;
    if (!marker) {
      into().push(child);
      continue;
    }
    const comment = child as Html;
    if (marker.role === 'leaf') {
      if (marker.name === 'code') into().push(codeBlock(marker, comment, file, options));
      else into().push(inPhrasing ? (imageOf(marker.attributes) as RootContent) : paragraph([imageOf(marker.attributes)]));
    } else if (marker.role === 'start') {
      open.push({ marker, comment, items: [] });
    } else if (open.at(-1)?.marker.name === marker.name) {
      const { marker: start, items } = open.pop()!;
      into().push(containerOf(start, items));
    } else {
      report(file, `"${marker.source}" ends a block that was not started here`, {
        rule: 'learn/unmatched-end',
        severity: 'error',
        node: comment,
        fix: `start it with :::${marker.name}::: above, or remove this line`,
      });
    }
  }
  // An unclosed block: an error, and its content shown where it stands.
  while (open.length > 0) {
    const { marker, comment, items } = open.pop()!;
    report(file, `"${marker.source}" is never closed`, { rule: 'learn/unclosed', severity: 'error', node: comment, fix: `end it with :::${marker.name}-end::: where its content ends` });
    into().push(...items);
  }
  parent.children = top as Parent['children'];
}

/** Warns about `:::name` forms left in text: extensions this generator does not know. */
function warnUnknown(tree: Root, file: VFile): void {
  walk(tree, (node: Node) => {
    if (node.type !== 'text') return;
    const { value, position } = node as Text;
    for (const match of value.matchAll(UNKNOWN)) {
      const before = value.slice(0, match.index);
      const line = (position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0);
      const column = before.includes('\n') ? before.length - before.lastIndexOf('\n') : (position?.start.column ?? 1) + before.length;
      report(file, `":::${match[1]}" is a Microsoft Learn extension this site does not render; it is shown as written`, {
        rule: 'learn/unknown-extension',
        severity: 'warning',
        node,
        place: { line, column },
        fix: 'rewrite it as markdown, or remove it',
      });
    }
  });
}

const remarkLearnBlocks: Plugin<[LearnBlocksOptions], Root> = (options) => (tree, file) => {
  if (!file.data.learnMarkers && !file.data.includedFiles && !String(file.value).includes(':::')) return;
  const parents: Parent[] = [];
  walk(tree, (node) => {
    if ('children' in node) parents.push(node as Parent);
  });
  // Innermost first, so that a container's content is final when it is gathered.
  for (const parent of parents.reverse()) gather(parent, file, options);
  warnUnknown(tree, file);
};

export default remarkLearnBlocks;

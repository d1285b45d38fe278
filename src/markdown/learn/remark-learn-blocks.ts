/**
 * Turns the triple-colon markers left by triple-colon-source.ts into
 * elements, as Microsoft Learn renders them, without JavaScript:
 *
 * - `:::image type="content|icon" source alt-text lightbox border:::` → an
 *   image (icon: decorative, empty alt), in a link to the full image with
 *   `lightbox`; `type="complex"` … `:::image-end:::` → a figure whose long
 *   description is a disclosure under the image. As on Learn, an image with
 *   no source is an error, and one with no alt text (but an icon) a warning;
 *   a `:::image` not written whole on one line is an error, shown as written;
 * - `:::row:::` / `:::column span="2":::` → a row of columns;
 * - `::: zone pivot="a,b"` and `::: moniker range="…"` → every variant shown,
 *   each a labelled section ("Pivot: A, B" with the pivots' titles from
 *   zone-pivot-groups.yml, see zone-pivots.ts; "Version: >= 2"): the site has
 *   one version of each page, and a reader may need any of them. A zone
 *   inside another is a warning (Learn does not nest zones), shown nested;
 * - `:::code source language range:::` → a code block of that file (or
 *   lines); a file outside the content root is a warning and a note.
 *
 * An end with no start, or a start with no end, is an error at the marker.
 * Any other `:::name` left in text is a warning naming it, shown as written.
 */
import path from 'node:path/posix';
import type { Code, Html, Image, Link, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../messages.ts';
import { walk } from '../walk.ts';
import { type LearnMarker, markerOfComment, parseAttributes } from './triple-colon-source.ts';
import { preparePivots, zoneLabel } from './zone-pivots.ts';

export interface LearnBlocksOptions {
  /** Reads a file by its path from the content root; undefined when there is none. */
  readFile: (contentPath: string) => string | undefined;
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);
/** A triple-colon form, through its closing colons if it has them. */
const UNKNOWN = /:::[ \t]*([a-z][a-z-]*)(?:[^:\n]|:(?!::))*(?::::)?/gi;
/** The zones built, with their start markers as written, and the files that have any: for nested zones. */
const zoneSources = new WeakMap<Node, string>();
const zonesBuilt = new WeakSet<VFile>();

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

/**
 * Where a marker was written: its comment's place, at the marker's own column
 * when it stood inside a line. The offset stays the comment's, which tells
 * the file it was written in (sources.ts): an included image's source is
 * relative to the included file, and its messages go there.
 */
function positionOf(marker: LearnMarker, comment: Html): Position | undefined {
  const at = comment.position;
  if (!at || marker.column === undefined) return at;
  return { start: { ...at.start, column: marker.column }, end: { ...at.end, line: at.start.line, column: marker.column + marker.source.length } };
}

/**
 * An `:::image:::` as an image, in a link to the full image with `lightbox`.
 * As on Learn, `source` is required, and `alt-text` too unless the image is an
 * icon (`type="icon"`: decorative, empty alt). With no source there is no
 * image: an error, and the marker shown as written.
 */
function imageOf(marker: LearnMarker, comment: Html, file: VFile): PhrasingContent {
  const { attributes } = marker;
  const position = positionOf(marker, comment);
  const source = attributes.source?.trim() ?? '';
  if (source === '') {
    report(file, `"${marker.source}" has ${attributes.source === undefined ? 'no source' : 'an empty source'}, so there is no image to show`, {
      rule: 'learn/image-no-source',
      severity: 'error',
      node: comment,
      place: position?.start,
      fix: 'add source="…" with the path of the image file, relative to this file',
    });
    return { type: 'inlineCode', value: marker.source, position };
  }
  const decorative = attributes.type === 'icon';
  const alt = attributes['alt-text']?.trim() ?? '';
  if (!decorative && alt === '') {
    report(file, `"${marker.source}" has no alt text, so readers who cannot see the image are not told what it shows`, {
      rule: 'learn/image-no-alt',
      severity: 'warning',
      node: comment,
      place: position?.start,
      fix: 'add alt-text="…" saying what the image shows (an image that only decorates is type="icon")',
    });
  }
  const image: Image = {
    type: 'image',
    url: source,
    alt: decorative ? '' : alt,
    position,
    data: { hProperties: { className: ['learn-image', ...(attributes.border === 'true' ? ['learn-image-border'] : [])] } },
  };
  if (!attributes.lightbox) return image;
  const link: Link = {
    type: 'link',
    url: attributes.lightbox,
    children: [image],
    position,
    data: { hProperties: { className: ['learn-lightbox'], title: 'Open the full image' } },
  };
  return link;
}

/**
 * Why a `:::image` left in text is not an image (triple-colon-source.ts reads
 * an image only when it is written whole on one line): its message and fix.
 */
function malformedImage(written: string): { reason: string; fix: string } {
  const example = ':::image type="content" source="media/a.png" alt-text="…":::';
  const shown = 'so no image is shown, and the text is shown as written';
  if ((written.match(/"/g)?.length ?? 0) % 2 === 1) {
    return { reason: `":::image" is malformed: a quoted value is never closed, ${shown}`, fix: `close the quoted value with " and end the image with ::: on the same line, e.g. ${example}` };
  }
  if (!written.endsWith(':::')) {
    return { reason: `":::image" is malformed: it does not end with ::: on its line, ${shown}`, fix: `end it with ::: on the same line, e.g. ${example}` };
  }
  if (parseAttributes(written.slice(3, -3)).type?.toLowerCase() === 'complex') {
    return {
      reason: `":::image type="complex"" must stand on a line of its own, ${shown}`,
      fix: 'put it on a line of its own, its long description on the lines below it, then :::image-end:::',
    };
  }
  return { reason: `":::image" is malformed, ${shown}`, fix: `write it as ${example}` };
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

/** A container from its start marker (`comment`) and the content up to its end. */
function containerOf(marker: LearnMarker, children: RootContent[], comment: Html, file: VFile): RootContent {
  const { name, attributes } = marker;
  if (name === 'row') return element('div', { className: ['learn-row'] }, children);
  if (name === 'column') {
    const span = /^\d$/.test(attributes.span ?? '') ? [`learn-column-span-${attributes.span}`] : [];
    return element('div', { className: ['learn-column', ...span] }, children);
  }
  if (name === 'image') {
    const summary = element('summary', {}, [text('Description of the image') as unknown as RootContent]);
    return element('figure', { className: ['learn-image-complex'] }, [paragraph([imageOf(marker, comment, file)]), element('details', {}, [summary, ...children])]);
  }
  const label = name === 'zone' ? zoneLabel(attributes.pivot ?? '', comment, file) : `Version: ${attributes.range ?? ''}`;
  return element('section', { className: [`learn-${name}`], ariaLabel: label }, [paragraph([text(label)], `learn-${name}-label`), ...children]);
}

/** A container's start and end lines as Learn spells them, for fixes. */
function markersOf(name: string): { start: string; end: string } {
  if (name === 'zone') return { start: '::: zone pivot="…"', end: '::: zone-end' };
  if (name === 'moniker') return { start: '::: moniker range="…"', end: '::: moniker-end' };
  return { start: `:::${name}:::`, end: `:::${name}-end:::` };
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
      else {
        const image = imageOf(marker, comment, file);
        into().push(inPhrasing ? (image as RootContent) : paragraph([image]));
      }
    } else if (marker.role === 'start') {
      open.push({ marker, comment, items: [] });
    } else if (open.at(-1)?.marker.name === marker.name) {
      const { marker: start, comment: startComment, items } = open.pop()!;
      const container = containerOf(start, items, startComment, file);
      // A container spans its markers; messages about it point at its start.
      if (startComment.position && comment.position) container.position = { start: startComment.position.start, end: comment.position.end };
      if (start.name === 'zone') {
        zoneSources.set(container, start.source);
        zonesBuilt.add(file);
      }
      into().push(container);
    } else {
      report(file, `"${marker.source}" ends a block that was not started here`, {
        rule: 'learn/unmatched-end',
        severity: 'error',
        node: comment,
        fix: `start it with ${markersOf(marker.name).start} above, or remove this line`,
      });
    }
  }
  // An unclosed block: an error, and its content shown where it stands.
  while (open.length > 0) {
    const { marker, comment, items } = open.pop()!;
    report(file, `"${marker.source}" is never closed`, { rule: 'learn/unclosed', severity: 'error', node: comment, fix: `end it with ${markersOf(marker.name).end} where its content ends` });
    into().push(...items);
  }
  parent.children = top as Parent['children'];
}

/** Warns about a zone inside another (Learn cannot nest zones); both stay shown, one inside the other. */
function warnNestedZones(node: Node, file: VFile, outer?: Node): void {
  for (const child of (node as Parent).children ?? []) {
    const zone = zoneSources.get(child);
    if (zone !== undefined && outer) {
      report(file, `"${zone}" starts inside the zone "${zoneSources.get(outer)}": Microsoft Learn does not nest zones; both are shown, one inside the other`, {
        rule: 'learn/nested-zone',
        severity: 'warning',
        node: child,
        fix: "move the outer zone's ::: zone-end above this line, so that the zones follow each other",
      });
    }
    if ('children' in child) warnNestedZones(child, file, zone !== undefined ? (outer ?? child) : outer);
  }
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
      if (match[1].toLowerCase() === 'image') {
        const { reason, fix } = malformedImage(match[0]);
        report(file, reason, { rule: 'learn/image-malformed', severity: 'error', node, place: { line, column }, fix });
        continue;
      }
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
  preparePivots(tree, file, options.readFile);
  // Innermost first, so that a container's content is final when it is gathered.
  for (const parent of parents.reverse()) gather(parent, file, options);
  if (zonesBuilt.has(file)) warnNestedZones(tree, file);
  warnUnknown(tree, file);
};

export default remarkLearnBlocks;

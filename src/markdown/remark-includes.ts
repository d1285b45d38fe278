/**
 * DocFX includes: `[!INCLUDE [title](path/to/file.md)]`. Alone in a paragraph
 * it is a block include: the paragraph is replaced by the blocks of the
 * included file. Inside text (a sentence, a table cell, a heading) it is an
 * inline include: the file's text takes its place. Paths are relative to the
 * file that writes the include, so an include can include another. The
 * included nodes keep their own positions (see sources.ts), so problems found
 * in them later name the included file and its lines.
 *
 * A missing file, a path outside the content root, an include of something
 * other than markdown, or an include cycle is an error at the include's
 * `[!INCLUDE`, which then stays as written, as text (its path is no link).
 */
import type { Link, Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import path from 'node:path/posix';
import type { Processor } from 'unified';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { type MessageOptions, report, writtenColumn } from './messages.ts';
import { adoptIncludedTree } from './sources.ts';

export interface IncludeOptions {
  /** Reads a file by its path from the content root; undefined when there is no such file. */
  readFile: (contentPath: string) => string | undefined;
}

/** `[!INCLUDE [title](path)]` written as one piece of text (GFM did not read the link, e.g. a path with spaces). */
const WHOLE = /\[!include\s*\[[^\]]*\]\(\s*<?([^)>]*?)>?\s*\)\]/i;
const OPENING = /\[!include\s*$/i;
const CLOSING = /^\s*\]/;
/** Include targets written in a file, found without parsing it (the loader uses this to tell includes from pages). */
export const INCLUDE_TARGETS = /\[!include\s*\[[^\]]*\]\(\s*<?([^)>]*?)>?\s*\)\]/gi;

interface Found {
  parent: Parent;
  /** The children of `parent` the include spans, and the text kept around it. */
  start: number;
  end: number;
  before: string;
  after: string;
  url: string;
  node: Nodes;
}

/** The includes among a parent's children, in order. */
function findIncludes(parent: Parent): Found[] {
  const found: Found[] = [];
  const children = parent.children as Nodes[];
  /**
   * The text before an include in `children[i]`. In `…] and [!INCLUDE`, the
   * text that closes the previous include opens this one: the previous one
   * then ends at its link and the text loses its `]`, so that no node is
   * spliced twice, and a failed include is left as written.
   */
  const textBefore = (i: number, text: Text, at: number): string => {
    const previous = found.at(-1);
    if (previous?.end !== i || previous.start === i) return text.value.slice(0, at);
    previous.end = i - 1;
    previous.after = '';
    const closed = CLOSING.exec(text.value)![0].length;
    text.value = text.value.slice(closed);
    return text.value.slice(0, at - closed);
  };
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type !== 'text') continue;
    const next = children[i + 1];
    const closing = children[i + 2];
    const opening = OPENING.exec(child.value);
    if (opening && next?.type === 'link' && closing?.type === 'text' && CLOSING.test(closing.value)) {
      found.push({
        parent,
        start: i,
        end: i + 2,
        before: textBefore(i, child, opening.index),
        after: closing.value.replace(CLOSING, ''),
        url: (next as Link).url,
        node: child,
      });
      // The closing text may open the next include.
      i += 1;
      continue;
    }
    const { value } = child;
    const whole = WHOLE.exec(value);
    if (whole) {
      found.push({
        parent,
        start: i,
        end: i,
        before: textBefore(i, child, whole.index),
        after: value.slice(whole.index + whole[0].length),
        url: whole[1],
        node: child,
      });
    }
  }
  return found;
}

/**
 * Where `[!INCLUDE` starts, for a message: found in the line as written, or
 * else the least column it can have, as parsed. A text value has lost what
 * the source line has (a quote's `>`, escapes), so the source line is
 * searched from that least column.
 */
function placeOf(include: Found, file: VFile): Pick<MessageOptions, 'place' | 'placeAsWritten'> {
  const start = include.node.position?.start;
  if (!start) return {};
  const { before } = include;
  const newline = before.lastIndexOf('\n');
  const line = start.line + (before.match(/\n/g)?.length ?? 0);
  const least = newline === -1 ? start.column - 1 + before.length : before.length - newline - 1;
  // The least column as parsed, where it is as written (Learn's markers may have changed the line: messages.ts).
  const at = (String(file.value).split('\n')[line - 1] ?? '').toLowerCase().indexOf('[!include', writtenColumn(file, line, least + 1) - 1);
  return at === -1 ? { place: { line, column: least + 1 } } : { placeAsWritten: { line, column: at + 1 } };
}

/**
 * An include that could not be read stays as written, as text: its path is
 * not a link for readers to follow (nor for the link check to report again).
 */
function keepAsWritten(include: Found): void {
  const { parent, start, end } = include;
  if (end === start) return;
  const link = parent.children[start + 1] as Link;
  // An include that ends at its link gave its `]` to the text of the next one (findIncludes).
  const closing = end === start + 1 ? ']' : '';
  parent.children[start + 1] = { type: 'text', value: `[${toString(link)}](${link.url})${closing}`, position: link.position };
}

/** A DocFX alert's marker, alone on its line (`[!NOTE]`, `[!IMPORTANT]`…). */
const ALERT_LINE = /^\s*\[![a-z]+\][ \t]*\r?\n\s*$/i;

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** The inline content of an included file, for an include inside text. */
function inlineContent(tree: Root, file: VFile, include: Found): PhrasingContent[] {
  const phrasing: PhrasingContent[] = [];
  for (const block of tree.children) {
    if (block.type === 'paragraph' || block.type === 'heading') {
      if (phrasing.length > 0) phrasing.push({ type: 'text', value: ' ' });
      phrasing.push(...block.children);
    } else if (block.type !== 'yaml' && block.type !== 'html') {
      report(file, `this include is inside text, so its ${block.type} cannot be shown here`, {
        rule: 'includes/block-in-text',
        severity: 'warning',
        fix: 'put the include on a line of its own, or keep the included file to one paragraph',
        node: include.node,
        ...placeOf(include, file),
      });
    }
  }
  return phrasing;
}

/**
 * A docset-root include (`~/…`) that is not in the content root: Learn shares
 * such files across docsets from other repositories. Not an error (the page
 * is right for Learn), but the reader is told that something stands here.
 */
function sharedElsewhere(include: Found, current: VFile, url: string): Root {
  report(current, `the shared include ${url} is not in the content root, so its text is missing here`, {
    rule: 'includes/outside-docset',
    severity: 'warning',
    node: include.node,
    ...placeOf(include, current),
    fix: 'copy the shared file into the content root at that path to show its text',
  });
  const note = `Shared content from the wider documentation set (${url}) is not part of this site.`;
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: note }] }] }] };
}

const remarkIncludes: Plugin<[IncludeOptions], Root> = function (options) {
  const processor = this as unknown as Processor<Root>;

  return (tree, page) => {
    /** Paragraphs that are block includes, and the blocks that replace them (replaced once every include is read). */
    const replacements = new Map<Parent, RootContent[]>();

    /** Expands the includes of `tree`, which was written in `current`. */
    const expand = (tree: Root, current: VFile, stack: string[]): void => {
      const includes: Found[] = [];
      visit(tree, (node) => {
        if ('children' in node && node.children.some((c) => c.type === 'text')) includes.push(...findIncludes(node as Parent));
      });
      // Last first, so that earlier indices stay valid.
      for (const include of includes.reverse()) {
        const included = load(include, current, stack);
        if (included) splice(include, included, current);
        else keepAsWritten(include);
      }
    };

    const load = (include: Found, current: VFile, stack: string[]): Root | undefined => {
      const fail = (reason: string, fix: string) => {
        report(current, reason, { rule: 'includes/unresolved', severity: 'error', fix, node: include.node, ...placeOf(include, current) });
        return undefined;
      };
      const url = include.url.trim();
      // `~/` is the docset's root: here, the content root.
      const fromDocsetRoot = url.startsWith('~/');
      let target: string;
      try {
        target = path.normalize(fromDocsetRoot ? decodeURI(url.slice(2)) : path.join(path.dirname(current.path), decodeURI(url)));
      } catch {
        return fail(`the include path "${include.url}" is not a valid path`, 'write the path of a markdown file, relative to this file');
      }
      if (target.startsWith('../') || path.isAbsolute(target)) {
        return fail(`the include "${include.url}" points outside the content root`, 'include only files inside the content root');
      }
      if (!/\.md$/i.test(target)) return fail(`the include "${include.url}" is not a markdown file`, 'include a .md file');
      if (stack.includes(target)) {
        return fail(`including ${target} here makes a cycle: ${[...stack, target].join(' → ')}`, 'remove one of the includes in the cycle');
      }
      const text = options.readFile(target);
      if (text === undefined && fromDocsetRoot) return sharedElsewhere(include, current, url);
      if (text === undefined) return fail(`the include file ${target} does not exist`, 'correct the path, or add the file');
      const file = new VFile({ path: target, cwd: current.cwd, value: text });
      const included = processor.parse(file) as Root;
      // DocFX ignores an included file's own front matter.
      if (included.children[0]?.type === 'yaml') included.children.shift();
      expand(included, file, [...stack, target]);
      adoptIncludedTree(page, file, included);
      return included;
    };

    const splice = (include: Found, included: Root, current: VFile): void => {
      const { parent, start, end, before, after } = include;
      const isBlockInclude =
        parent.type === 'paragraph' && start === 0 && end === parent.children.length - 1 && isBlank(before) && isBlank(after);
      if (isBlockInclude) {
        replacements.set(parent, included.children);
        return;
      }
      // `> [!IMPORTANT]` then `> [!INCLUDE …]`: the include is the alert's whole body, a block.
      const afterAlertMarker = parent.type === 'paragraph' && start === 0 && end === parent.children.length - 1 && isBlank(after) && ALERT_LINE.test(before);
      if (afterAlertMarker) {
        replacements.set(parent, [{ type: 'paragraph', children: [{ type: 'text', value: before.trim() }] }, ...included.children]);
        return;
      }
      const content: PhrasingContent[] = [
        ...(before ? [{ type: 'text', value: before } as Text] : []),
        ...inlineContent(included, current, include),
        ...(after ? [{ type: 'text', value: after } as Text] : []),
      ];
      (parent.children as PhrasingContent[]).splice(start, end - start + 1, ...content);
    };

    // Most pages include nothing: skip the walk over the whole tree.
    if (!/\[!include/i.test(String(page.value))) return;
    expand(tree, page, [page.path]);
    if (replacements.size === 0) return;
    visit(tree, 'paragraph', (paragraph, index, parent) => {
      const blocks = replacements.get(paragraph);
      if (!blocks || !parent || index === undefined) return;
      (parent.children as RootContent[]).splice(index, 1, ...blocks);
      return index;
    });
  };
};

export default remarkIncludes;

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
 * other than markdown, or an include cycle is an error at the include.
 */
import type { Link, Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import path from 'node:path/posix';
import type { Processor } from 'unified';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { report } from './messages.ts';
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
        before: child.value.slice(0, opening.index),
        after: closing.value.replace(CLOSING, ''),
        url: (next as Link).url,
        node: child,
      });
      i += 2;
      continue;
    }
    const whole = WHOLE.exec(child.value);
    if (whole) {
      found.push({
        parent,
        start: i,
        end: i,
        before: child.value.slice(0, whole.index),
        after: child.value.slice(whole.index + whole[0].length),
        url: whole[1],
        node: child,
      });
    }
  }
  return found;
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
      }
    };

    const load = (include: Found, current: VFile, stack: string[]): Root | undefined => {
      const fail = (reason: string, fix: string) => {
        report(current, reason, { rule: 'includes/unresolved', severity: 'error', fix, node: include.node });
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

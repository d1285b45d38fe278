/**
 * GFM table cells hold one line of text, so Microsoft Docs authors write line
 * breaks as `<br>`, paragraphs as `<br><br>` and bullet lists as `<br>- item`.
 * This plugin turns those runs into real paragraphs, line breaks and lists
 * inside the cell, so nothing literal is left and the structure is data.
 */
import type { Html, List, ListItem, Paragraph, PhrasingContent, Root, TableCell } from 'mdast';
import type { Plugin } from 'unified';
import { walk } from './walk.ts';

const BR = /^<br\s*\/?>$/i;
const BULLET = /^\s*[-*]\s+/;

export type CellBlock = Paragraph | List;

function isBreak(node: PhrasingContent): node is Html {
  return node.type === 'html' && BR.test(node.value.trim());
}

/** Splits a cell's inline content at each `<br>` into lines. */
function splitLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (isBreak(child)) lines.push([]);
    else lines.at(-1)!.push(child);
  }
  return lines;
}

function isBlank(line: PhrasingContent[]): boolean {
  return line.every((n) => n.type === 'text' && n.value.trim() === '');
}

function trimLine(line: PhrasingContent[]): PhrasingContent[] {
  const copy = line.map((n) => (n.type === 'text' ? { ...n } : n));
  const first = copy[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = copy.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return copy.filter((n) => n.type !== 'text' || n.value !== '');
}

function bulletText(line: PhrasingContent[]): PhrasingContent[] | undefined {
  const first = line[0];
  if (first?.type !== 'text' || !BULLET.test(first.value)) return undefined;
  return [{ ...first, value: first.value.replace(BULLET, '') }, ...line.slice(1)];
}

/**
 * The structure of a cell: a blank line (`<br><br>`) ends a paragraph, a
 * line starting with `- ` is a list item, other lines in a row are one
 * paragraph joined by line breaks.
 */
export function cellBlocks(children: PhrasingContent[]): CellBlock[] {
  const blocks: CellBlock[] = [];
  let paragraph: Paragraph | undefined;
  let list: List | undefined;
  for (const rawLine of splitLines(children)) {
    if (isBlank(rawLine)) {
      paragraph = undefined;
      list = undefined;
      continue;
    }
    const line = trimLine(rawLine);
    const bullet = bulletText(line);
    if (bullet) {
      paragraph = undefined;
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] };
        blocks.push(list);
      }
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: bullet }] };
      list.children.push(item);
    } else if (paragraph) {
      paragraph.children.push({ type: 'break' }, ...line);
    } else {
      list = undefined;
      paragraph = { type: 'paragraph', children: line };
      blocks.push(paragraph);
    }
  }
  return blocks;
}

export function hasLineBreaks(cell: TableCell): boolean {
  return cell.children.some(isBreak);
}

const remarkTableCellBlocks: Plugin<[], Root> = () => (tree, file) => {
  // Pages with no <br> have nothing to do (included text is part of the tree, not of the page's text, hence `includedFiles`).
  if (!file.data.includedFiles && !/<br/i.test(String(file.value))) return;
  walk(tree, (node) => {
    if (node.type !== 'tableCell') return;
    const cell = node as TableCell;
    if (!hasLineBreaks(cell)) return;
    // mdast-util-to-hast renders block nodes wherever they stand, so a cell can
    // hold paragraphs and lists even though GFM itself never makes them.
    cell.children = cellBlocks(cell.children) as unknown as PhrasingContent[];
  });
};

export default remarkTableCellBlocks;

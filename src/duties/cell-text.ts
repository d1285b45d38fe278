/**
 * The text of table cells, as duty data: names as one line of plain text,
 * descriptions as paragraphs and lists.
 */
import { phrasing } from 'hast-util-phrasing';
import type { Nodes, PhrasingContent, TableCell } from 'mdast';
import { DROPPED_WITH_CONTENT } from '../markdown/sanitize-schema.ts';
import type { DutyBlock } from './duty.ts';

const OPENS_DROPPED = new RegExp(`^<(${DROPPED_WITH_CONTENT.join('|')})\\b[^>]*>$`, 'i');
const CLOSES_DROPPED = new RegExp(`^</(${DROPPED_WITH_CONTENT.join('|')})\\s*>$`, 'i');

/** The children the page shows: without inline HTML that is never shown (`<script>…</script>`, see sanitize-schema.ts). */
function* shownChildren(children: Nodes[]): Generator<Nodes> {
  let dropping: string | undefined;
  for (const child of children) {
    if (child.type === 'html') {
      const value = child.value.trim();
      if (dropping) {
        if (CLOSES_DROPPED.exec(value)?.[1].toLowerCase() === dropping) dropping = undefined;
        continue;
      }
      dropping = OPENS_DROPPED.exec(value)?.[1].toLowerCase();
      if (dropping) continue;
    }
    if (!dropping) yield child;
  }
}

const TAG_NAME = /^<\/?([a-z][a-z0-9-]*)/i;

/**
 * Whether a tag of raw HTML in a cell starts or ends a line as the page shows
 * it (`<li>`, `</p>`, `<div>`, `<td>`, `<br>`): a block, not phrasing content.
 * Its text then stays apart from its neighbours' ("keeps: printers scanners",
 * not "keeps:printersscanners"), in names, descriptions and search alike.
 */
function separatesWords(html: string): boolean {
  const tagName = TAG_NAME.exec(html.trim())?.[1].toLowerCase();
  return tagName !== undefined && (tagName === 'br' || !phrasing({ type: 'element', tagName, properties: {}, children: [] }));
}

/**
 * Text of a node, as the page shows it: line breaks and the edges of blocks of
 * raw HTML count as spaces so words never run together, images by their alt
 * text, and text inside inline HTML the page never shows not at all.
 */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'html') return separatesWords(node.value) ? ' ' : '';
  if (node.type === 'image') return node.alt ?? '';
  if (!('children' in node)) return '';
  let text = '';
  for (const child of shownChildren(node.children as Nodes[])) text += plainText(child);
  return text;
}

export const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A description cell as blocks (remark-table-cell-blocks has made its paragraphs and lists). */
export function cellToBlocks(cell: TableCell): DutyBlock[] {
  const children = cell.children as unknown as Nodes[];
  const isBlock = children.some((c) => c.type === 'paragraph' || c.type === 'list');
  if (!isBlock) {
    const text = clean(plainText(cell));
    return text ? [{ type: 'paragraph', text }] : [];
  }
  return children.flatMap((child): DutyBlock[] => {
    if (child.type === 'list') {
      const items = child.children.map((item) => clean(plainText(item))).filter(Boolean);
      return items.length > 0 ? [{ type: 'list', items }] : [];
    }
    const text = clean(plainText(child));
    return text ? [{ type: 'paragraph', text }] : [];
  });
}

const LIST_TAG = /^<\s*(\/?)\s*(ul|ol|li)\b[^>]*>$/i;

/**
 * A task cell: the task's own words, and the items of an HTML list written
 * inside the cell (`Release updates<ul><li>[Windows](…)</li>…</ul>`, closed
 * or not, as Learn writers leave them). Line-break blocks from `<br>- ` lists
 * count the same way: the first paragraph names the task.
 */
export function taskCellParts(cell: TableCell): { name: string; description: DutyBlock[] } {
  const blocks = cellToBlocks(cell);
  const children = cell.children as PhrasingContent[];
  if (children.some((c) => (c as Nodes).type === 'paragraph' || (c as Nodes).type === 'list')) {
    const [first, ...rest] = blocks;
    return first?.type === 'paragraph' ? { name: first.text, description: rest } : { name: '', description: blocks };
  }
  let name = '';
  const items: string[] = [];
  let inItem = false;
  let seenList = false;
  for (const child of shownChildren(children as Nodes[])) {
    const tag = child.type === 'html' ? LIST_TAG.exec(child.value.trim()) : null;
    if (tag) {
      seenList = true;
      inItem = tag[2].toLowerCase() === 'li' && tag[1] === '';
      if (inItem) items.push('');
      continue;
    }
    const text = plainText(child as Nodes);
    if (inItem) items[items.length - 1] += text;
    else if (!seenList) name += text;
    else if (clean(text)) items.push(text);
  }
  const listItems = items.map(clean).filter(Boolean);
  return { name: clean(name), description: listItems.length > 0 ? [{ type: 'list', items: listItems }] : [] };
}

/**
 * Reads the duties of one page from its mdast tree: every row of every role
 * table becomes a Duty. Problems are reported on the page's file at the
 * row or cell they concern; a bad row is reported, never silently dropped.
 */
import { slug } from 'github-slugger';
import type { Heading, Nodes, Root, Table, TableCell } from 'mdast';
import type { VFile } from 'vfile';
import { OWNER_HEADINGS, type Owner } from '../config.ts';
import { report } from '../markdown/messages.ts';
import type { Duty, DutyBlock } from './duty.ts';
import { findPlaceholder, matchRoleHeader, ownerOfHeading } from './role-table.ts';

/** Text of a node, with line breaks as spaces so words never run together. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return node.children.map((c) => plainText(c as Nodes)).join('');
  return '';
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

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
      return [{ type: 'list', items: child.children.map((item) => clean(plainText(item))).filter(Boolean) }];
    }
    const text = clean(plainText(child));
    return text ? [{ type: 'paragraph', text }] : [];
  });
}

export function dutyAnchor(owner: Owner, name: string): string {
  return `duty-${owner}-${slug(name)}`;
}

const headingOptions = Object.entries(OWNER_HEADINGS)
  .map(([owner, names]) => `${owner}: "${names[0]}"`)
  .join(', ');

function tableDuties(table: Table, owner: Owner, section: string, pageId: string, file: VFile, seen: Set<string>): Duty[] {
  const [header, ...rows] = table.children;
  const duties: Duty[] = [];
  const namesInTable = new Map<string, number>();
  for (const row of rows) {
    const [nameCell, descriptionCell, ...extra] = row.children;
    const place = { line: row.position?.start.line ?? 1, column: row.position?.start.column ?? 1 };
    const name = nameCell ? clean(plainText(nameCell)) : '';
    if (extra.length > 0) {
      report(file, `this row has ${row.children.length} cells but the table has ${header.children.length} columns; the extra cells would be lost`, {
        rule: 'duties/extra-cells',
        severity: 'error',
        fix: 'escape a "|" inside a cell as "\\|", or move the extra text into the description cell',
        node: extra[0],
      });
      continue;
    }
    if (!name) {
      report(file, 'this role table row has no duty name', {
        rule: 'duties/empty-name',
        severity: 'error',
        fix: 'write the duty name in the first cell, or remove the row',
        place,
      });
      continue;
    }
    const description = descriptionCell ? cellToBlocks(descriptionCell) : [];
    if (description.length === 0) {
      report(file, `the duty "${name}" has no description`, {
        rule: 'duties/empty-description',
        severity: 'error',
        fix: 'describe the duty in the second cell, or remove the row',
        node: descriptionCell ?? row,
      });
      continue;
    }
    const key = name.toLowerCase();
    const firstLine = namesInTable.get(key);
    if (firstLine !== undefined) {
      report(file, `the duty "${name}" is listed twice in this table (first on line ${firstLine})`, {
        rule: 'duties/duplicate-name',
        severity: 'error',
        fix: 'merge the two rows, or give each duty its own name',
        node: nameCell,
      });
      continue;
    }
    namesInTable.set(key, place.line);
    const id = `${pageId}/${owner}/${slug(name)}`;
    if (seen.has(id)) {
      report(file, `the ${owner} duty "${name}" is already listed in another table of this page`, {
        rule: 'duties/duplicate-name',
        severity: 'error',
        fix: 'list each duty once per owner and page',
        node: nameCell,
      });
      continue;
    }
    seen.add(id);
    for (const cell of [nameCell, descriptionCell]) {
      const placeholder = findPlaceholder(plainText(cell));
      if (placeholder) {
        report(file, `"${placeholder}" is a placeholder: readers will see it as it is`, {
          rule: 'duties/placeholder',
          severity: 'warning',
          fix: 'write the missing text or link, or remove the placeholder',
          node: cell,
        });
      }
    }
    duties.push({ id, owner, name, description, doc: pageId, section, anchor: dutyAnchor(owner, name), ...place });
  }
  return duties;
}

/** The duties of a page, in source order. */
export function extractDuties(tree: Root, file: VFile, pageId: string): Duty[] {
  const duties: Duty[] = [];
  const seen = new Set<string>();
  // The headings enclosing the current point, outermost first.
  const headings: Heading[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      while (headings.length > 0 && headings.at(-1)!.depth >= node.depth) headings.pop();
      headings.push(node);
    }
    if (node.type !== 'table') continue;
    const headerCells = node.children[0]?.children.map((cell) => clean(plainText(cell))) ?? [];
    const match = matchRoleHeader(headerCells);
    if (!match) continue;
    if (match === 'misspelt') {
      report(file, `the role table header "${headerCells[0]}" is misspelt`, {
        rule: 'duties/header-spelling',
        severity: 'warning',
        fix: 'write "Role or responsibility | Description"',
        node: node.children[0].children[0],
      });
    }
    const heading = headings.at(-1);
    const section = heading ? clean(plainText(heading)) : '';
    // The nearest enclosing heading that names an owner: "## Your roles…" then "### Apps" still counts.
    const owner = headings
      .map((h) => ownerOfHeading(clean(plainText(h))))
      .findLast((o): o is Owner => o !== undefined);
    if (!owner) {
      report(file, `this looks like a role table, but its heading ${section ? `"${section}"` : '(none)'} does not tell whose duties they are`, {
        rule: 'duties/unknown-owner',
        severity: 'error',
        fix: `put the table under an owner heading (${headingOptions}), or map this heading to an owner in OWNER_HEADINGS in src/config.ts`,
        node,
      });
      continue;
    }
    duties.push(...tableDuties(node, owner, section, pageId, file, seen));
  }
  return duties;
}

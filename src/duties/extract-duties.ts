/**
 * Reads the duties of one page from its mdast tree, in both shapes:
 * - role tables (`Role or responsibility | Description` under an owner
 *   heading): every row is a duty of that owner;
 * - check-mark task matrices (task-matrix.ts): every checked party cell is a
 *   duty of that party, in the phase named by the heading above the table or by
 *   a phase row inside it.
 * The rows (or checked cells) get their permalink ids here, on the mdast, so
 * the rendered page and the data come from one parse. Problems are reported on
 * the file the row is written in, at the row or cell; a bad row is reported,
 * never silently dropped.
 */
import { slug } from 'github-slugger';
import type { Heading, Nodes, Root, Table, TableCell, TableRow } from 'mdast';
import { walk } from '../markdown/walk.ts';
import type { VFile } from 'vfile';
import { OWNER_HEADINGS, type Owner } from '../config.ts';
import { report } from '../markdown/messages.ts';
import { sourceFileOf } from '../markdown/sources.ts';
import { cellToBlocks, clean, plainText, taskCellParts } from './cell-text.ts';
import type { Duty, DutyBlock } from './duty.ts';
import { findPlaceholder, matchRoleHeader, ownerOfHeading } from './role-table.ts';
import { classifyMark, type Mark, matchTaskMatrixHeader, mostlyMarks, type TaskMatrixColumns } from './task-matrix.ts';
import { dutyAnchor } from './urls.ts';

const headingOptions = Object.entries(OWNER_HEADINGS)
  .map(([owner, names]) => `${owner}: "${names[0]}"`)
  .join(', ');

/** Adds an id and classes to the element a node becomes. */
function mark(node: TableRow | TableCell, id: string, className: string[]): void {
  const data = (node.data ??= {});
  data.hProperties = { ...data.hProperties, id, className };
}

/** What every duty of one page shares while it is read. */
class PageDuties {
  readonly duties: Duty[] = [];
  readonly file: VFile;
  readonly pageId: string;
  private readonly ids = new Map<string, number>();

  constructor(file: VFile, pageId: string) {
    this.file = file;
    this.pageId = pageId;
  }

  /** Adds a duty unless its id is taken, which is reported at `node`. */
  add(duty: Omit<Duty, 'id' | 'anchor' | 'source' | 'line' | 'column' | 'doc'>, slugText: string, row: TableRow, node: Nodes): Duty | undefined {
    const dutySlug = slug(slugText);
    if (dutySlug === '') {
      report(this.file, `the name "${duty.name}" has no letters or digits to make its link from`, {
        rule: 'duties/unnamable',
        severity: 'error',
        fix: 'name the duty with words',
        node,
      });
      return undefined;
    }
    const id = `${this.pageId}/${duty.owner}/${dutySlug}`;
    const firstLine = this.ids.get(id);
    const start = row.position?.start ?? { line: 1, column: 1 };
    if (firstLine !== undefined) {
      report(this.file, `the ${duty.owner} duty "${duty.name}" is listed twice on this page (first on line ${firstLine})`, {
        rule: 'duties/duplicate-name',
        severity: 'error',
        fix: 'merge the two rows, or give each duty its own name',
        node,
      });
      return undefined;
    }
    this.ids.set(id, start.line);
    const full: Duty = {
      ...duty,
      id,
      doc: this.pageId,
      anchor: dutyAnchor(duty.owner, dutySlug),
      source: sourceFileOf(this.file, row).path,
      line: start.line,
      column: start.column,
    };
    this.duties.push(full);
    return full;
  }

  warnPlaceholders(cells: (TableCell | undefined)[]): void {
    for (const cell of cells) {
      const placeholder = cell && findPlaceholder(plainText(cell));
      if (placeholder) {
        report(this.file, `"${placeholder}" is a placeholder: readers will see it as it is`, {
          rule: 'duties/placeholder',
          severity: 'warning',
          fix: 'write the missing text or link, or remove the placeholder',
          node: cell,
        });
      }
    }
  }
}

function roleTableDuties(table: Table, owner: Owner, section: string, page: PageDuties): void {
  const [header, ...rows] = table.children;
  for (const row of rows) {
    const [nameCell, descriptionCell, ...extra] = row.children;
    const name = nameCell ? clean(plainText(nameCell)) : '';
    if (extra.length > 0) {
      report(page.file, `this row has ${row.children.length} cells but the table has ${header.children.length} columns; the extra cells would be lost`, {
        rule: 'duties/extra-cells',
        severity: 'error',
        fix: 'escape a "|" inside a cell as "\\|", or move the extra text into the description cell',
        node: extra[0],
      });
      continue;
    }
    if (!name) {
      report(page.file, 'this role table row has no duty name', {
        rule: 'duties/empty-name',
        severity: 'error',
        fix: 'write the duty name in the first cell, or remove the row',
        node: row,
      });
      continue;
    }
    const description = descriptionCell ? cellToBlocks(descriptionCell) : [];
    if (description.length === 0) {
      report(page.file, `the duty "${name}" has no description`, {
        rule: 'duties/empty-description',
        severity: 'error',
        fix: 'describe the duty in the second cell, or remove the row',
        node: descriptionCell ?? row,
      });
      continue;
    }
    const duty = page.add({ owner, kind: 'role', name, description, section }, name, row, nameCell);
    if (!duty) continue;
    mark(row, duty.anchor, ['duty-row', `duty-${owner}`]);
    page.warnPlaceholders([nameCell, descriptionCell]);
  }
}

/** A row inside a task matrix that names a phase: a bold first cell and empty party cells. */
function isPhaseRow(row: TableRow, columns: TaskMatrixColumns): boolean {
  const [first, ...rest] = row.children;
  const strong = first?.children.length === 1 && first.children[0].type === 'strong';
  const partyCells = [columns.customer, ...columns.providers.map((p) => p.column)].map((c) => row.children[c]);
  return strong && rest.every((cell) => clean(plainText(cell)) === '') && partyCells.every((c) => !c || classifyMark(c) === 'empty');
}

function partyMarks(table: Table, columns: TaskMatrixColumns): Mark[] {
  const partyColumns = [columns.customer, ...columns.providers.map((p) => p.column)];
  return table.children
    .slice(1)
    .filter((row) => !isPhaseRow(row, columns))
    .flatMap((row) => partyColumns.map((c) => row.children[c]).filter((cell): cell is TableCell => cell !== undefined).map(classifyMark));
}

function taskMatrixDuties(table: Table, columns: TaskMatrixColumns, heading: string, page: PageDuties): void {
  const [header, ...rows] = table.children;
  const parties: { column: number; owner: Owner; provider?: string }[] = [
    { column: columns.customer, owner: 'customer' },
    ...columns.providers.map((p) => ({ column: p.column, owner: 'microsoft' as const, provider: p.name })),
  ];
  const manyProviders = columns.providers.length > 1;
  let phase = heading;
  for (const row of rows) {
    if (isPhaseRow(row, columns)) {
      phase = clean(plainText(row.children[0]));
      continue;
    }
    const [taskCell] = row.children;
    const { name, description } = taskCell ? taskCellParts(taskCell) : { name: '', description: [] as DutyBlock[] };
    const unread = parties.filter((p) => p.column >= row.children.length);
    if (row.children.length !== header.children.length) {
      const partyNames = unread.map((p) => `"${clean(plainText(header.children[p.column]))}"`).join(' and ');
      const consequence = unread.length > 0 ? `the missing cells are read as no check mark for ${partyNames}` : 'the extra cells are not read';
      report(page.file, `this row has ${row.children.length} cells but the table has ${header.children.length} columns: ${consequence}`, {
        rule: 'duties/task-cells',
        severity: 'warning',
        fix: 'give the row one cell per column: the task, then a check mark or nothing for each party',
        node: row,
      });
    }
    if (!name) {
      if (parties.some((p) => row.children[p.column] && classifyMark(row.children[p.column]) === 'yes')) {
        report(page.file, 'this task matrix row has check marks but no task', {
          rule: 'duties/empty-name',
          severity: 'error',
          fix: 'write the task in the first cell, or remove the row',
          node: row,
        });
      }
      continue;
    }
    let checked = 0;
    let unreadable = false;
    for (const party of parties) {
      const cell = row.children[party.column];
      if (!cell) continue;
      const cellMark = classifyMark(cell);
      if (cellMark === 'other') {
        unreadable = true;
        report(page.file, `"${clean(plainText(cell))}" is not a check mark: in a task matrix a party cell holds a check mark, a cross or nothing`, {
          rule: 'duties/task-mark',
          severity: 'error',
          fix: 'write :heavy_check_mark: for the party that does the task, and :x: or nothing for the others',
          node: cell,
        });
        continue;
      }
      if (cellMark !== 'yes') continue;
      checked += 1;
      // The slug says the provider (when a table has several), the phase (when there is one) and the task.
      const slugText = [manyProviders ? party.provider : undefined, phase, name].filter(Boolean).join(' ');
      const duty = page.add(
        { owner: party.owner, kind: 'task', name, description, section: heading, ...(phase ? { phase } : {}), ...(party.provider ? { provider: party.provider } : {}) },
        slugText,
        row,
        cell,
      );
      if (duty) mark(cell, duty.anchor, ['duty-cell', `duty-${party.owner}`]);
    }
    if (checked === 0 && !unreadable && row.children.length === header.children.length) {
      report(page.file, `the task "${name}" has no check mark: it is nobody's duty until it is fixed`, {
        rule: 'duties/task-unassigned',
        severity: 'warning',
        fix: 'put :heavy_check_mark: in the column of the party that does the task',
        node: row,
      });
    }
    page.warnPlaceholders([taskCell]);
  }
}

/** A header that reads like a responsibility table's, though not one we can read. */
function looksLikeDuties(headerCells: string[]): boolean {
  return /\b(role|responsibilit|dut(y|ies)|task)/i.test(headerCells[0] ?? '') || headerCells.slice(1).some((c) => /^description$/i.test(c));
}

/** The duties of a page, in source order; their rows (or cells) get their permalink ids. */
export function extractDuties(tree: Root, file: VFile, pageId: string): Duty[] {
  const page = new PageDuties(file, pageId);
  // The headings before the current point, outermost first.
  const headings: Heading[] = [];
  walk(tree, (visited) => {
    const node = visited as Nodes;
    if (node.type === 'heading') {
      while (headings.length > 0 && headings.at(-1)!.depth >= node.depth) headings.pop();
      headings.push(node);
      return;
    }
    if (node.type !== 'table') return;
    const table = node;
    const headerCells = table.children[0]?.children.map((cell) => clean(plainText(cell))) ?? [];
    const heading = headings.at(-1);
    const section = heading ? clean(plainText(heading)) : '';
    const columns = matchTaskMatrixHeader(headerCells);
    if (columns && mostlyMarks(partyMarks(table, columns))) {
      taskMatrixDuties(table, columns, section, page);
      return;
    }
    const match = matchRoleHeader(headerCells);
    const owner = headings.map((h) => ownerOfHeading(clean(plainText(h)))).findLast((o): o is Owner => o !== undefined);
    if (!match) {
      if (owner && looksLikeDuties(headerCells)) {
        report(file, `this table is under an owner heading, but its header "${headerCells.join(' | ')}" is not a role table's, so its rows are not read as duties`, {
          rule: 'duties/not-a-role-table',
          severity: 'warning',
          fix: 'head a role table "Role or responsibility | Description", with two columns; or a check-mark table "Task | Your responsibility | <provider>"',
          node: table.children[0],
        });
      }
      return;
    }
    if (match === 'misspelt') {
      report(file, `the role table header "${headerCells[0]}" is misspelt`, {
        rule: 'duties/header-spelling',
        severity: 'warning',
        fix: 'write "Role or responsibility | Description"',
        node: table.children[0].children[0],
      });
    }
    // The nearest enclosing heading that names an owner: "## Your roles…" then "### Apps" still counts.
    if (!owner) {
      report(file, `this looks like a role table, but its heading ${section ? `"${section}"` : '(none)'} does not tell whose duties they are`, {
        rule: 'duties/unknown-owner',
        severity: 'error',
        fix: `put the table under an owner heading (${headingOptions}), or map this heading to an owner in OWNER_HEADINGS in src/config.ts`,
        node: table,
      });
      return;
    }
    roleTableDuties(table, owner, section, page);
  });
  return page.duties;
}

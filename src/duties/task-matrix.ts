/**
 * Check-mark task matrices, the second shape of responsibility table:
 *
 *     | Task                      | Your responsibility | Windows Autopatch |
 *     | Review the prerequisites  | :heavy_check_mark:  | :x:               |
 *
 * The first column names a task; the others are parties, one of them the
 * customer's (CUSTOMER_COLUMN_HEADERS in src/config.ts), the rest the
 * provider's. A party cell holds a check mark (a duty of that party), a cross
 * or nothing (none). A table is read as a task matrix only when it has a
 * customer column and most of its party cells are marks, so an ordinary table
 * that happens to have a "Customer" column stays an ordinary table.
 */
import type { Image, Nodes, TableCell } from 'mdast';
import { CUSTOMER_COLUMN_HEADERS } from '../config.ts';
import { NO_SHORTCODES, YES_SHORTCODES } from '../markdown/learn/check-marks.ts';
import { clean, plainText } from './cell-text.ts';
import { normalizeText } from './role-table.ts';

export interface TaskMatrixColumns {
  customer: number;
  /** The provider's columns and their names, e.g. `[{ column: 2, name: 'Windows Autopatch' }]`. */
  providers: { column: number; name: string }[];
}

const customerHeaders = new Set(CUSTOMER_COLUMN_HEADERS.map(normalizeText));

/** The party columns of a header row, when one of them is the customer's. */
export function matchTaskMatrixHeader(headerCells: string[]): TaskMatrixColumns | undefined {
  if (headerCells.length < 3) return undefined;
  const customer = headerCells.findIndex((cell, i) => i > 0 && customerHeaders.has(normalizeText(cell)));
  if (customer === -1) return undefined;
  const providers = headerCells
    .map((name, column) => ({ column, name }))
    .filter(({ column, name }) => column > 0 && column !== customer && name !== '');
  return providers.length > 0 ? { customer, providers } : undefined;
}

export type Mark = 'yes' | 'no' | 'empty' | 'other';

/** Symbols and emoji shortcodes of a check mark, and of a cross. */
const YES_TEXT = new Set(['✔', '✔️', '✔︎', '✓', '✅', '☑', '☑️', '🗸', 'x', 'yes', 'y', '●', '•', ...YES_SHORTCODES.map((n) => `:${n}:`)]);
const NO_TEXT = new Set(['❌', '❎', '✗', '✘', '✖', '✖️', '⛔', '🚫', 'no', 'n', '-', '–', '—', 'n/a', 'na', '➖', ...NO_SHORTCODES.map((n) => `:${n}:`)]);
/** What a check-mark image is called or named after (mmd-2018: `![yes](images/checkmark.png)`). */
const YES_IMAGE = /check|tick|\byes\b/i;
const NO_IMAGE = /cross|\bno\b|x-?mark/i;

function images(node: Nodes): Image[] {
  if (node.type === 'image') return [node];
  return 'children' in node ? node.children.flatMap((c) => images(c as Nodes)) : [];
}

/** What a party cell says: a check mark, a cross, nothing, or something else. */
export function classifyMark(cell: TableCell): Mark {
  const text = clean(plainText(cell)).toLowerCase();
  const [image] = images(cell);
  if (image && text === clean(image.alt ?? '').toLowerCase()) {
    const named = `${image.alt ?? ''} ${image.url}`;
    if (YES_IMAGE.test(named)) return 'yes';
    if (NO_IMAGE.test(named)) return 'no';
    return 'other';
  }
  if (text === '') return 'empty';
  if (YES_TEXT.has(text)) return 'yes';
  if (NO_TEXT.has(text)) return 'no';
  return 'other';
}

/** Whether most of a table's party cells are marks: then it is a task matrix. */
export function mostlyMarks(marks: Mark[]): boolean {
  const filled = marks.filter((m) => m !== 'empty');
  const checks = filled.filter((m) => m === 'yes');
  return checks.length > 0 && filled.filter((m) => m !== 'other').length >= filled.length / 2;
}

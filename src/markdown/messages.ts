/**
 * Problems are reported the unified way, as messages on the file being
 * processed. `report` gives every message a rule id, a severity and a
 * suggested fix, and puts it on the file the node was written in (a page, or
 * a file it includes: see sources.ts). `diagnosticsOf` turns a file's messages
 * into plain Diagnostics that can cross threads and be stored.
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Diagnostic, Severity } from '../utils/diagnostics.ts';
import { sourceFileOf } from './sources.ts';

export const SOURCE = 'roles-docs';

declare module 'vfile' {
  interface DataMap {
    /**
     * How Learn's markers changed lines before parsing, by line: from parsed
     * column `from` on, a column is `shift` more as written. Dedenting a
     * `:::column:::`'s content shifts the whole line (`from` 1); an inline
     * `:::image …:::` (a longer comment) or `:::no-loc text="x":::` (its text)
     * shifts what follows it.
     */
    learnShifts: Record<number, { from: number; shift: number }[]>;
  }
}

type Place = { line: number; column: number };

export interface MessageOptions {
  rule: string;
  severity: Severity;
  fix?: string;
  node?: Node;
  /** A place as parsed (as nodes have it). */
  place?: Place;
  /** A place found in the text as written (nothing to add back). */
  placeAsWritten?: Place;
}

/** The column as written of a column as parsed: what rewriting Learn's markers took from the line, added back. */
export function writtenColumn(file: VFile, line: number, column: number): number {
  const shifts = file.data.learnShifts?.[line] ?? [];
  return column + shifts.reduce((sum, { from, shift }) => (from <= column ? sum + shift : sum), 0);
}

/** Where a node was written: its file (the page, or a file it includes) and its line and column there. */
export function writtenAt(file: VFile, node: Node | undefined, place?: Place): { file: VFile; place: Place | undefined } {
  const target = sourceFileOf(file, node);
  const start = place ?? node?.position?.start;
  return { file: target, place: start ? { line: start.line, column: writtenColumn(target, start.line, start.column) } : undefined };
}

export function report(file: VFile, reason: string, options: MessageOptions): void {
  const { file: target, place } = options.placeAsWritten ? { file: sourceFileOf(file, options.node), place: options.placeAsWritten } : writtenAt(file, options.node, options.place);
  const message = target.message(reason, { place, ruleId: options.rule, source: SOURCE });
  message.fatal = options.severity === 'error';
  if (options.fix) message.note = options.fix;
}

export function diagnosticsOf(file: VFile, displayName: string): Diagnostic[] {
  return file.messages.map((m) => ({
    severity: m.fatal ? 'error' : 'warning',
    file: displayName,
    line: m.line ?? 1,
    column: m.column ?? 1,
    rule: m.ruleId ?? 'content',
    message: m.reason,
    ...(m.note ? { fix: m.note } : {}),
  }));
}

/**
 * The tree transforms report problems the unified way, as messages on the
 * file being processed. These helpers give every message a rule id, a
 * severity and a suggested fix, and turn them into Diagnostics.
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Diagnostic, Severity } from '../utils/diagnostics.ts';

export const SOURCE = 'roles-docs';

export interface MessageOptions {
  rule: string;
  severity: Severity;
  fix?: string;
  node?: Node;
  place?: { line: number; column: number };
}

export function report(file: VFile, reason: string, options: MessageOptions): void {
  const message = file.message(reason, {
    place: options.place ?? options.node?.position,
    ruleId: options.rule,
    source: SOURCE,
  });
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

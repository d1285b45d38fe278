/**
 * Content diagnostics: the errors and warnings an author sees.
 *
 * Every problem found in `content/` becomes a Diagnostic with the file, line,
 * column, the rule it broke and a suggested fix. They are formatted for people,
 * never as stack traces.
 */
import { channel } from 'node:diagnostics_channel';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Path of the file, relative to the project root where possible. */
  file: string;
  line: number;
  column: number;
  /** Stable rule id, e.g. `front-matter/ms-date`. */
  rule: string;
  message: string;
  fix?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column} ${d.severity} [${d.rule}] ${d.message}`;
  return d.fix ? `${head}\n    fix: ${d.fix}` : head;
}

/** Every problem, errors first, one after the other (for the full report file). */
export function formatReport(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const lines = [...errors, ...warnings].map(formatDiagnostic);
  lines.push(countLine(errors.length, warnings.length));
  return lines.join('\n');
}

function countLine(errors: number, warnings: number): string {
  return `${errors} content error(s), ${warnings} warning(s).`;
}

/**
 * Problems grouped by rule, for the terminal: errors first, each rule with its
 * first few places (each a full `file:line:column severity [rule] message`
 * line that editors can follow) and its fix once, when all its places share
 * one. What is left out is counted; the full report holds it.
 */
export function formatGrouped(diagnostics: readonly Diagnostic[], { places = 5, reportFile = '' } = {}): string {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of [...diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))) {
    const key = `${d.severity} ${d.rule}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const lines: string[] = [];
  for (const group of groups.values()) {
    const shown = group.slice(0, places);
    const sharedFix = group.every((d) => d.fix === group[0].fix) ? group[0].fix : undefined;
    for (const d of shown) lines.push(sharedFix === undefined ? formatDiagnostic(d) : formatDiagnostic({ ...d, fix: undefined }));
    if (group.length > shown.length) lines.push(`    … and ${group.length - shown.length} more [${group[0].rule}]${reportFile ? ` (all in ${reportFile})` : ''}`);
    if (sharedFix) lines.push(`    fix: ${sharedFix}`);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  lines.push(countLine(errors, diagnostics.length - errors));
  return lines.join('\n');
}

/** Thrown when content has errors. Its message is the whole, readable report. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(formatGrouped(diagnostics, { places: 10 }));
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
    // The report is the message; a stack trace would only hide it.
    this.stack = this.message;
  }
}

/**
 * Astro runs content loaders inside its own module graph, so the build script
 * cannot import the loader's state. A process-wide diagnostics channel carries
 * the findings from the loader to whoever listens (the build script lists the
 * warnings at the end of the build).
 */
export const DIAGNOSTICS_CHANNEL = 'roles-docs:content-diagnostics';

export function publishDiagnostics(diagnostics: readonly Diagnostic[]): void {
  channel(DIAGNOSTICS_CHANNEL).publish(diagnostics);
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Each problem once (a file included twice reports its problems twice). */
export function uniqueDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.rule}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

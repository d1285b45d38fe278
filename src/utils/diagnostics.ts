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

export function formatReport(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const lines = [...errors, ...warnings].map(formatDiagnostic);
  lines.push(`${errors.length} content error(s), ${warnings.length} warning(s).`);
  return lines.join('\n');
}

/** Thrown when content has errors. Its message is the whole, readable report. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(formatReport(diagnostics));
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

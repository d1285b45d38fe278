import type { VFile } from 'vfile';
import { report } from '../markdown/messages.ts';
import type { Severity } from '../utils/diagnostics.ts';

/** One entry of a DocFX table of contents, before it is matched to pages. */
export interface TocEntry {
  title: string;
  /** The link as written, relative to `file`; absent for a plain section title. */
  href?: string;
  /** The TOC file the entry is written in (a TOC may include another), from the content root. */
  file: string;
  line: number;
  column: number;
  /** `expanded: true` in a toc.yml: the section starts open. */
  expanded?: boolean;
  children: TocEntry[];
}

/** The message file of a TOC file, by its path from the content root: problems are reported on it, as on pages. */
export type TocMessages = (file: string) => VFile;

/** Reports a problem where it is written in a TOC file. */
export function reportToc(messages: TocMessages, at: { file: string; line: number; column: number }, severity: Severity, rule: string, reason: string, fix: string): void {
  report(messages(at.file), reason, { rule, severity, fix, place: { line: at.line, column: at.column } });
}

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

/** A problem in a TOC file, where it is written. */
export interface TocProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  fix: string;
  severity: 'error' | 'warning';
}

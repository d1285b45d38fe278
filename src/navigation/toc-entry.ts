/** One entry of a DocFX table of contents, before it is matched to pages. */
export interface TocEntry {
  title: string;
  /** The linked file, relative to the content root; absent for a plain section title. */
  href?: string;
  line: number;
  column: number;
  children: TocEntry[];
}

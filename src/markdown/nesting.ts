/**
 * How deeply a markdown text nests block quotes and lists, read from the
 * starts of its lines before it is parsed: thousands of levels (`>>>>…`, a
 * list indented step by step) would exhaust the parser's stack. Real pages
 * nest a few levels; MAX_NESTING leaves ample room.
 */
export const MAX_NESTING = 100;

const MARKER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/** The first line that nests deeper than MAX_NESTING, if any. */
export function tooDeep(text: string): { line: number; column: number; depth: number } | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let rest = lines[i];
    const indent = /^ */.exec(rest)![0].length;
    let depth = Math.floor(indent / 2);
    let match: RegExpExecArray | null;
    while ((match = MARKER.exec(rest)) && depth <= MAX_NESTING) {
      depth += 1;
      rest = rest.slice(match[0].length);
    }
    if (depth > MAX_NESTING) return { line: i + 1, column: 1, depth };
  }
  return undefined;
}

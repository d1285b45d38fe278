/**
 * Reads and validates a page's YAML front matter. Problems are reported on
 * the page's file at the line of the key they concern.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { report } from '../markdown/messages.ts';
import { frontMatterOf } from '../markdown/pipeline.ts';
import { type FrontMatter, frontMatterSchema } from '../schemas/front-matter.ts';
import { yamlErrorText } from '../utils/yaml-nodes.ts';

/** Line (in the page) of each top-level key of the front matter. */
function keyLines(document: ReturnType<typeof parseDocument>, lineCounter: LineCounter, firstLine: number) {
  const lines = new Map<string, number>();
  if (!isMap(document.contents)) return lines;
  for (const pair of document.contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      lines.set(String(pair.key.value), firstLine - 1 + lineCounter.linePos(pair.key.range[0]).line);
    }
  }
  return lines;
}

/** What to do about a front matter key whose value is wrong. */
const KEY_FIXES: Record<string, string> = {
  title: 'write the page title as text after `title:`',
  description: 'write a one-sentence summary as text after `description:` (in quotes if it holds `: ` or ` #`)',
  keywords: 'write `keywords: first, second` or a list of words, one `- word` per line',
  'ms.date': 'write the date as MM/DD/YYYY, e.g. `ms.date: 06/06/2018`',
};

/** Whether the page starts a front matter block that no `---` line ends. */
const unclosedFrontMatter = (text: string) => /^\uFEFF?---[ \t]*\r?\n/.test(text) && !/\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.test(text);

export function readFrontMatter(tree: Root, file: VFile): FrontMatter | undefined {
  /** Reports an error that leaves the page without front matter data. */
  const stop = (reason: string, rule: string, fix: string, line: number): undefined => {
    report(file, reason, { rule, severity: 'error', fix, place: { line, column: 1 } });
    return undefined;
  };
  const block = frontMatterOf(tree);
  if (!block && unclosedFrontMatter(String(file.value))) {
    return stop('the front matter is not closed: no `---` line ends it, so the page is read as having none', 'front-matter/unclosed', 'add a line `---` after the last front matter key', 1);
  }
  if (!block) return stop('the page has no front matter', 'front-matter/missing', 'start the file with a `---` block holding at least `title: Your page title`', 1);
  const lineCounter = new LineCounter();
  // A key given twice is an error: YAML would silently keep the second.
  // Lines may end with CR alone (classic Mac OS), as markdown allows; YAML does not: read them as LF (offsets stay the same).
  const document = parseDocument(block.yaml.replace(/\r(?!\n)/g, '\n'), { lineCounter, uniqueKeys: true });
  const [yamlError] = document.errors;
  if (yamlError) {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    // The parser's message names a line of its own, counted from the front matter's first line: the report gives the page's.
    const reason = yamlErrorText(yamlError.message);
    report(file, `the front matter is not valid YAML: ${reason}`, {
      rule: 'front-matter/yaml',
      severity: 'error',
      fix: yamlError.code === 'DUPLICATE_KEY' ? 'keep one line for each key' : 'quote values that contain `:` or `#`, indent with spaces (not tabs), and indent lists consistently',
      place: { line: block.firstLine - 1 + line, column: col },
    });
    return undefined;
  }
  if (document.contents !== null && !isMap(document.contents)) {
    return stop('the front matter must be `key: value` lines, not a list or a single value', 'front-matter/shape', 'write one `key: value` line per key, starting with `title: Your page title`', block.firstLine);
  }
  const lines = keyLines(document, lineCounter, block.firstLine);
  let values: unknown;
  try {
    // A few aliases are normal; thousands (a "billion laughs" file) are an attack on the build.
    values = document.toJS({ maxAliasCount: 50 }) ?? {};
  } catch {
    return stop('the front matter repeats its YAML aliases (*name) too many times', 'front-matter/yaml', 'write the values out instead of referring to them with aliases', block.firstLine);
  }
  const result = frontMatterSchema.safeParse(values);
  if (result.success) {
    if (result.data.description === '') {
      report(file, 'the description is empty: search results and link previews will show none', {
        rule: 'front-matter/empty-description',
        severity: 'warning',
        fix: 'write a one-sentence summary of the page after `description:`',
        place: { line: lines.get('description') ?? block.firstLine - 1, column: 1 },
      });
    }
    return result.data;
  }
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    report(file, `front matter \`${key}\`: ${issue.message}`, {
      rule: `front-matter/${key.replace(/^ms\./, 'ms-') || 'shape'}`,
      severity: 'error',
      fix: KEY_FIXES[key] ?? 'check the value: quote text that holds `: ` or ` #`',
      place: { line: lines.get(key) ?? block.firstLine - 1, column: 1 },
    });
  }
  return undefined;
}

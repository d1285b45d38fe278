/**
 * Runs plugins alone on a markdown fixture, the way the unified plugins test
 * themselves: remark-parse and remark-gfm, the plugins under test, then
 * straight to HTML (no sanitizing, no URL rewriting), so a test can compare
 * the exact output.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';

export interface FixtureMessage {
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  /** The file the message is on: the page, or an included file. */
  file: string;
}

export interface FixtureResult {
  html: string;
  file: VFile;
  messages: FixtureMessage[];
}

/** The messages on the page and on the files it includes (src/markdown/sources.ts). */
function messagesOf(file: VFile): FixtureMessage[] {
  return [file, ...(file.data.includedFiles ?? [])].flatMap((f) => f.messages).map((m) => ({
    line: m.line ?? 0,
    column: m.column ?? 0,
    rule: m.ruleId ?? '',
    severity: m.fatal ? 'error' : 'warning',
    message: m.reason,
    file: m.file || file.path,
  }));
}

export async function renderFixture(
  markdown: string,
  remarkPlugins: PluggableList,
  { path = 'page.md', rehypePlugins = [] as PluggableList, data = {} as VFile['data'] } = {},
): Promise<FixtureResult> {
  const file = new VFile({ path, value: markdown, data });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypePlugins)
    .use(rehypeStringify, { allowDangerousHtml: true });
  const html = String(await processor.process(file)).trim();
  return { html, file, messages: messagesOf(file) };
}

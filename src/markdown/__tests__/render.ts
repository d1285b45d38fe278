import { VFile } from 'vfile';
import { parseMarkdown, renderMarkdown } from '../pipeline.ts';

/** Renders markdown as a page at `sourcePath` would be, for tests. */
export async function render(markdown: string, { sourcePath = 'page.md', files = [] as string[] } = {}) {
  const file = new VFile({ path: sourcePath, value: markdown });
  const tree = await parseMarkdown(file);
  const files_ = new Set(files);
  const { html, headings } = await renderMarkdown(tree, file, {
    sourcePath,
    base: '/',
    fileExists: (p) => files_.has(p),
  });
  return { html, headings, messages: file.messages, tree };
}

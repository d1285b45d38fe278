import { VFile } from 'vfile';
import { createPipeline } from '../pipeline.ts';

/**
 * Renders markdown as the site renders a page at `sourcePath` (the whole
 * pipeline, without the loader's own plugins), for tests.
 */
export async function render(markdown: string, { sourcePath = 'page.md', files = [] as string[], texts = {} as Record<string, string> } = {}) {
  const known = new Set([...files, ...Object.keys(texts)]);
  const pipeline = createPipeline({ base: '/', fileExists: (p) => known.has(p), readFile: (p) => texts[p] });
  const file = new VFile({ path: sourcePath, value: markdown });
  const tree = await pipeline.parse(file);
  const html = await pipeline.render(tree, file);
  return { html, headings: file.data.headings ?? [], messages: file.messages, tree, file };
}

/** Parses markdown as a page (the pipeline's parse step only). */
export async function parse(markdown: string, sourcePath = 'page.md') {
  const pipeline = createPipeline({ base: '/', fileExists: () => false, readFile: () => undefined });
  const file = new VFile({ path: sourcePath, value: markdown });
  return { tree: await pipeline.parse(file), file };
}

// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import searchIndex from './src/integrations/search-index.ts';

// See src/config.ts for what each variable does.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';
// OUT_DIR lets tests and the benchmark build several sites side by side; each
// gets its own cache so that their content stores do not mix.
const outDir = process.env.OUT_DIR || 'dist';
const cacheKey = outDir.replace(/[^\w-]+/g, '_');

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  build: { format: 'directory' },
  // Content pages are rendered by the content loader's own unified pipeline
  // (src/markdown/pipeline.ts). This processor serves the project's own .md
  // and .mdx pages, with GFM like the content.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  // searchIndex() runs Pagefind after the build; keep it last so it sees every page.
  integrations: [mdx(), ...(site ? [sitemap()] : []), searchIndex()],
  devToolbar: { enabled: false },
});

// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

// See src/config.ts for what each variable does.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  build: { format: 'directory' },
  // Content pages are rendered by the content loader's own unified pipeline
  // (src/markdown/pipeline.ts). This processor serves the project's own .md
  // and .mdx pages, with GFM like the content.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [mdx(), ...(site ? [sitemap()] : [])],
  devToolbar: { enabled: false },
});

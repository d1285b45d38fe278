// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { inlineScripts } from './src/integrations/inline-scripts.ts';
import rolesDocs from './src/integrations/roles-docs.ts';
import searchIndex from './src/integrations/search-index.ts';
import { basePathSetting, cacheDirSetting, outDirSetting, siteUrlSetting } from './src/utils/build-settings.ts';

const site = siteUrlSetting();

// A typed object rather than astro/config's defineConfig(), which returns it as it is: that
// module also loads svgo and Astro's font providers, a third of a second at every start.
/** @type {import('astro').AstroUserConfig} */
export default {
  site,
  base: basePathSetting(),
  outDir: outDirSetting(),
  cacheDir: cacheDirSetting(),
  // Several pages at a time, so that writing one page's file overlaps rendering the next.
  build: { format: 'directory', concurrency: 4 },
  // Content pages are rendered by the content loader's own unified pipeline
  // (src/markdown/pipeline.ts). This processor serves the project's own .md
  // and .mdx pages, with GFM like the content.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  // searchIndex() writes the search index after the build; keep it last so it sees every page.
  // The sitemap needs the public origin; without one, its module is not even loaded.
  integrations: [rolesDocs(), mdx(), ...(site ? [(await import('@astrojs/sitemap')).default()] : []), searchIndex()],
  devToolbar: { enabled: false },
  vite: { plugins: [inlineScripts()] },
  // Astro's experimental incremental build stays off: it writes a second copy of every page
  // into its cache, which cost a cold build of 1,000 pages about 2 s and 80 MB of memory, and a
  // rebuild waits for the search index anyway (the content loader already reuses unchanged pages).
};

/**
 * The markdown pipeline. A page is parsed once into an mdast tree
 * (`parse`: remark-parse with remark-gfm, then the Microsoft Docs and Learn
 * transforms), the caller reads what it needs from that tree and from
 * `file.data`, and the same tree is rendered to HTML (`render`).
 *
 * This module knows nothing of duties, navigation or search: the loader hands
 * its own plugins in (`remarkPlugins`, `rehypePlugins`), and plugins return
 * what they find through typed `file.data`, as Astro's own remark plugins do.
 * One processor serves every page: per-page facts travel on the VFile, whose
 * `path` is the page's path from the content root.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root as MdastRoot, Yaml } from 'mdast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import type { VFile } from 'vfile';
import rehypeCollectHeadings, { HEADING_ANCHOR_CLASS } from './rehype-collect-headings.ts';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.ts';
import rehypeReportRemovedHtml from './rehype-report-removed-html.ts';
import rehypeResolveUrls from './rehype-resolve-urls.ts';
import rehypeTidyHtml from './rehype-tidy-html.ts';
import rehypeWrapTables from './rehype-wrap-tables.ts';
import remarkDocfxAlerts from './remark-docfx-alerts.ts';
import remarkIncludes from './remark-includes.ts';
import remarkLearnBlocks from './learn/remark-learn-blocks.ts';
import remarkLearnDiv from './learn/remark-learn-div.ts';
import remarkLearnEmoji from './learn/remark-learn-emoji.ts';
import remarkLearnSource from './learn/remark-learn-source.ts';
import remarkLearnTabs from './learn/remark-learn-tabs.ts';
import remarkLiteralHtml from './remark-literal-html.ts';
import remarkReferencePlaces from './remark-reference-places.ts';
import remarkStripComments from './remark-strip-comments.ts';
import remarkTableCellBlocks from './remark-table-cell-blocks.ts';
import remarkTitleHeading from './remark-title-heading.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export type { PageHeading } from './rehype-collect-headings.ts';
export type { FragmentLink } from './rehype-resolve-urls.ts';

export interface PipelineOptions {
  /** Site base path, e.g. `/` or `/docs/`. */
  base: string;
  /** Whether a path from the content root names a file there (for link checks). */
  fileExists: (contentPath: string) => boolean;
  /** Reads a file by its path from the content root (for includes); undefined when there is none. */
  readFile: (contentPath: string) => string | undefined;
  /** Run on the mdast after the Microsoft Docs transforms, e.g. to read data from tables. */
  remarkPlugins?: PluggableList;
  /** Run on the HTML tree after URLs are resolved and headings have ids. */
  rehypePlugins?: PluggableList;
}

export interface MarkdownPipeline {
  /** Parses a page (its VFile holds the text) and applies the Microsoft Docs transforms. */
  parse: (file: VFile) => Promise<MdastRoot>;
  /**
   * Renders a parsed page to HTML; `file.data.headings` lists its headings,
   * `file.data.anchors` every id on it, and `file.data.fragmentLinks` its links to parts of pages.
   */
  render: (tree: MdastRoot, file: VFile) => Promise<string>;
}

export function createPipeline(options: PipelineOptions): MarkdownPipeline {
  const parser = unified()
    .use(remarkParse)
    .use(remarkLearnSource)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkIncludes, { readFile: options.readFile })
    .use(remarkLearnBlocks, { readFile: options.readFile })
    .use(remarkLearnTabs)
    .use(remarkLearnDiv)
    .use(remarkLearnEmoji)
    .use(remarkTitleHeading)
    .use(remarkLiteralHtml)
    .use(remarkTableCellBlocks)
    .use(remarkDocfxAlerts)
    .use(options.remarkPlugins ?? [])
    .use(remarkStripComments)
    .use(remarkReferencePlaces);

  const renderer = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawWhenNeeded)
    .use(rehypeReportRemovedHtml)
    .use(rehypeSanitize, sanitizeSchema)
    // Tidied first: a link it removes (an empty one) is not checked, nor reported.
    .use(rehypeTidyHtml)
    .use(rehypeResolveUrls, { base: options.base, fileExists: options.fileExists })
    .use(rehypeWrapTables)
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      test: ['h2', 'h3', 'h4'],
      properties: (heading: Element) => ({
        className: [HEADING_ANCHOR_CLASS],
        ariaLabel: `Link to this section: ${hastToString(heading)}`,
      }),
      content: { type: 'text', value: '#' },
    })
    .use(options.rehypePlugins ?? [])
    .use(rehypeCollectHeadings);

  const stringifier = unified().use(rehypeStringify);

  return {
    parse: async (file) => parser.run(parser.parse(file), file),
    render: async (tree, file) => stringifier.stringify((await renderer.run(tree, file)) as HastRoot),
  };
}

/** The front matter block, with the line its YAML starts on. */
export function frontMatterOf(tree: MdastRoot): { yaml: string; firstLine: number } | undefined {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return undefined;
  return { yaml: (node as Yaml).value, firstLine: (node.position?.start.line ?? 1) + 1 };
}

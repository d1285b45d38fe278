/**
 * The markdown pipeline. A page is parsed once into an mdast tree
 * (`parseMarkdown`); loaders read data from that tree (front matter, role
 * tables) and then render the same tree to HTML (`renderMarkdown`).
 */
import type { Element, Root as HastRoot } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString as hastToString } from 'hast-util-to-string';
import type { Heading, Root as MdastRoot, Yaml } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import rehypeDutyRows, { type DutyRowsOptions } from '../duties/rehype-duty-rows.ts';
import rehypeResolveUrls, { type ResolveUrlsOptions } from './rehype-resolve-urls.ts';
import remarkDocfxAlerts from './remark-docfx-alerts.ts';
import remarkLiteralHtml from './remark-literal-html.ts';
import rehypeWrapTables from './rehype-wrap-tables.ts';
import remarkTableCellBlocks from './remark-table-cell-blocks.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkLiteralHtml)
  .use(remarkTableCellBlocks)
  .use(remarkDocfxAlerts);

/** Parses a page and applies the Microsoft Docs transforms. */
export async function parseMarkdown(file: VFile): Promise<MdastRoot> {
  return parser.run(parser.parse(file), file);
}

/** The front matter block, with the line its YAML starts on. */
export function frontMatterOf(tree: MdastRoot): { yaml: string; firstLine: number } | undefined {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return undefined;
  return { yaml: (node as Yaml).value, firstLine: (node.position?.start.line ?? 1) + 1 };
}

/**
 * Takes the page's leading `# Heading` out of the body, so the layout can show
 * it as the page title above the description and date. Its words are kept.
 */
export function takeTitleHeading(tree: MdastRoot): string | undefined {
  const index = tree.children.findIndex((node) => node.type !== 'yaml' && node.type !== 'html');
  const node = tree.children[index];
  if (node?.type !== 'heading' || (node as Heading).depth !== 1) return undefined;
  tree.children.splice(index, 1);
  return mdastToString(node);
}

function rendererFor(options: ResolveUrlsOptions, dutyRows: DutyRowsOptions | undefined) {
  const renderer = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeResolveUrls, options)
    .use(rehypeWrapTables)
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      test: ['h2', 'h3', 'h4'],
      properties: (heading: Element) => ({
        className: ['heading-anchor'],
        ariaLabel: `Link to this section: ${hastToString(heading)}`,
      }),
      content: { type: 'text', value: '#' },
    });
  return dutyRows ? renderer.use(rehypeDutyRows, dutyRows) : renderer;
}

const stringifier = unified().use(rehypeStringify);

export function collectHeadings(tree: HastRoot): PageHeading[] {
  const headings: PageHeading[] = [];
  visit(tree, 'element', (element: Element) => {
    const depth = headingRank(element);
    if (!depth || typeof element.properties.id !== 'string') return;
    const text = hastToString({
      ...element,
      children: element.children.filter((c) => !(c.type === 'element' && c.tagName === 'a' && (c.properties.className as string[] | undefined)?.includes('heading-anchor'))),
    }).trim();
    headings.push({ depth, slug: element.properties.id, text });
  });
  return headings;
}

export async function renderMarkdown(
  tree: MdastRoot,
  file: VFile,
  options: ResolveUrlsOptions,
  dutyRows?: DutyRowsOptions,
): Promise<{ html: string; headings: PageHeading[] }> {
  const hast = (await rendererFor(options, dutyRows).run(tree, file)) as HastRoot;
  return { html: stringifier.stringify(hast), headings: collectHeadings(hast) };
}

/**
 * Rewrites the URLs authors wrote for the source tree into URLs of the built
 * site: `../get-started/apps.md#top` → `/get-started/apps/#top`, and
 * `images/a.png` → `/intro/images/a.png` (images are copied beside the pages).
 * Works on the HTML tree, so links in raw HTML blocks are rewritten too.
 * A relative link to a file that does not exist is reported, not hidden.
 */
import type { Element, Root } from 'hast';
import path from 'node:path/posix';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { joinBase, pageIdFromPath, pageUrl } from '../utils/slugs.ts';
import { splitUrl } from '../utils/urls.ts';
import { report } from './messages.ts';

export interface ResolveUrlsOptions {
  /** The page's path in the content root, with forward slashes. */
  sourcePath: string;
  /** Site base path, e.g. `/` or `/docs/`. */
  base: string;
  /** Whether a path (relative to the content root) names a file there. */
  fileExists: (contentPath: string) => boolean;
}

const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };
const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** The site URL for a relative URL in a page, or undefined when it is not a relative URL. */
export function resolveRelativeUrl(url: string, options: ResolveUrlsOptions): { url: string; target: string } | undefined {
  if (url === '' || url.startsWith('#') || url.startsWith('/') || EXTERNAL.test(url)) return undefined;
  const { pathname, suffix } = splitUrl(url);
  const target = path.normalize(path.join(path.dirname(options.sourcePath), decodeURI(pathname)));
  if (/\.md$/i.test(target)) return { url: pageUrl(options.base, pageIdFromPath(target)) + suffix, target };
  return { url: joinBase(options.base, target) + suffix, target };
}

const rehypeResolveUrls: Plugin<[ResolveUrlsOptions], Root> = (options) => (tree, file) => {
  visit(tree, 'element', (element: Element) => {
    const attribute = URL_ATTRIBUTES[element.tagName];
    const value = attribute ? element.properties[attribute] : undefined;
    if (typeof value !== 'string') return;
    const resolved = resolveRelativeUrl(value.trim(), options);
    if (!resolved) return;
    if (resolved.target.startsWith('..') || !options.fileExists(resolved.target)) {
      report(file, `"${value}" points at ${resolved.target}, which is not in the content root`, {
        rule: 'links/missing-target',
        severity: 'warning',
        fix: 'correct the path, or add the missing file to the content root',
        node: element,
      });
      return;
    }
    element.properties[attribute] = resolved.url;
  });
};

export default rehypeResolveUrls;

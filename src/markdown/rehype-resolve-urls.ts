/**
 * Rewrites the URLs authors wrote for the source tree into URLs of the built
 * site: `../get-started/apps.md#top` → `/get-started/apps/#top`, and
 * `images/a.png` → `/intro/images/a.png` (images are copied beside the pages).
 * Works on the HTML tree, so links in raw HTML blocks are rewritten too. A URL
 * is relative to the file it was written in, which for included text is the
 * included file (see sources.ts); a URL of a link written by reference is
 * written where it is defined, and its problems are reported there
 * (remark-reference-places.ts). A link to a file that does not exist is
 * reported, and its words are shown without the link (the address as
 * written would lead readers to "page not found"); an image keeps its
 * address, and shows its alt text. A link from the docset root (`/azure/…`,
 * `~/…`), as Learn writes links to other docsets and to its generated
 * reference pages, leads to the page of the content root at that path, or,
 * when there is none, to Microsoft Learn, with a warning. A link to a part of
 * a page of the content root (`apps.md#setup`, `#setup`) is listed in
 * `file.data.fragmentLinks`: whether that page has such a part is known only
 * once every page is rendered, so the loader checks it.
 */
import type { Element, Root } from 'hast';
import path from 'node:path/posix';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

import { LEARN_SITE } from '../config.ts';
import { joinBase, pageIdFromPath, pageUrl } from '../utils/slugs.ts';
import { DOCSET_ROOT, splitUrl } from '../utils/urls.ts';
import { report, writtenAt } from './messages.ts';
import { sourceFileOf } from './sources.ts';
import { walk } from './walk.ts';

export interface ResolveUrlsOptions {
  /** Site base path, e.g. `/` or `/docs/`. */
  base: string;
  /** Whether a path (relative to the content root) names a file there. */
  fileExists: (contentPath: string) => boolean;
}

/** A link to a part of a page of the content root, as `file.data.fragmentLinks` lists it. */
export interface FragmentLink {
  /** The id of the page it leads to. */
  page: string;
  /** The fragment, decoded: the id of the element it names. */
  fragment: string;
  /** The link as written. */
  written: string;
  /** The file it is written in (the page, or a file it includes), by its path from the content root. */
  source: string;
  line: number;
  column: number;
}

declare module 'vfile' {
  interface DataMap {
    fragmentLinks: FragmentLink[];
  }
}

/**
 * The id a URL's fragment names, if it names one to check: not `#top` (the
 * top of any page, by the HTML standard), not a text fragment (`#:~:text=`),
 * not a tab choice (`#tab/bash`: the tabs script reads it, it is no id).
 */
function fragmentOf(url: string): string | undefined {
  const at = url.indexOf('#');
  if (at === -1) return undefined;
  let fragment = url.slice(at + 1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // A stray "%" stays as written: no id has it either.
  }
  if (fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:') || fragment.startsWith('tab/')) return undefined;
  return fragment;
}

const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/** A link whose target is not in the content root: its words stay, the link (and its tooltip) goes. */
function unlink(element: Element, attribute: string): void {
  if (element.tagName !== 'a') return;
  delete element.properties[attribute];
  delete element.properties.title;
}
const SHOWN_AS_TEXT = 'until then, a link shows its words without the link';
const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/**
 * The site URL for a relative URL written in the file at `sourcePath` (relative
 * to the content root), or undefined when it is not a relative URL.
 */
export function resolveRelativeUrl(url: string, sourcePath: string, base: string): { url: string; target: string } | undefined {
  if (url === '' || url.startsWith('#') || url.startsWith('/') || EXTERNAL.test(url)) return undefined;
  const { pathname, suffix } = splitUrl(url);
  // Each segment decoded whole, so that %23 or %3F name a file with # or ? in its name.
  const target = path.normalize(path.join(path.dirname(sourcePath), pathname.split('/').map(decodeURIComponent).join('/')));
  if (/\.md$/i.test(target)) return { url: pageUrl(base, pageIdFromPath(target)) + suffix, target };
  return { url: joinBase(base, target.split('/').map(encodeURIComponent).join('/')) + suffix, target };
}

/**
 * A docset-root URL (`/azure/vms/overview?tabs=cli#top`, `~/intro/roles.md`): the site URL of
 * the page or file of the content root at that path, or else where Learn serves it. A path
 * that climbs above the root (`~/../x`) leads nowhere: `aboveRoot`, and the URL as written.
 */
export function resolveDocsetRootUrl(
  url: string,
  base: string,
  fileExists: (contentPath: string) => boolean,
): { url: string; inContent: boolean; aboveRoot?: boolean; page?: string } | undefined {
  if (!DOCSET_ROOT.test(url)) return undefined;
  const { pathname, suffix } = splitUrl(url.replace(/^~/, ''));
  const written = pathname.split('/').map(decodeURIComponent).join('/').replace(/^\/+|\/+$/g, '');
  const target = written === '' ? '' : path.normalize(written).replace(/^\.$/, '');
  if (target === '..' || target.startsWith('../')) return { url, inContent: false, aboveRoot: true };
  const pages = target === '' ? ['index.md'] : [/\.md$/i.test(target) ? target : `${target}.md`, `${target}/index.md`];
  const page = pages.find(fileExists);
  if (page) return { url: pageUrl(base, pageIdFromPath(page)) + suffix, inContent: true, page };
  if (target !== '' && fileExists(target)) return { url: joinBase(base, target.split('/').map(encodeURIComponent).join('/')) + suffix, inContent: true };
  const learnPath = pathname.replace(/\.md$/i, '');
  return { url: `${LEARN_SITE}${learnPath}${suffix}`, inContent: false };
}

/** Where an element's URL is written: the definition of a link or image written by reference (remark-reference-places.ts), else the element. */
function urlWrittenAt(file: VFile, element: Element): Node {
  const definition = file.data.definitionPlaces?.get(element.position?.start.offset ?? -1);
  return definition ? { type: 'definition', position: definition } : element;
}

const rehypeResolveUrls: Plugin<[ResolveUrlsOptions], Root> = (options) => (tree, file) => {
  const fragmentLinks: FragmentLink[] = [];
  /** Lists a link to `pagePath` (a page of the content root) when it names a part of it. */
  const listFragment = (element: Element, urlNode: Node, written: string, pagePath: string) => {
    const fragment = element.tagName === 'a' ? fragmentOf(written) : undefined;
    if (fragment === undefined) return;
    const { file: source, place } = writtenAt(file, urlNode);
    fragmentLinks.push({ page: pageIdFromPath(pagePath), fragment, written, source: source.path, line: place?.line ?? 1, column: place?.column ?? 1 });
  };
  walk(tree, (node) => {
    if (node.type !== 'element') return;
    const element = node as Element;
    const attribute = URL_ATTRIBUTES[element.tagName];
    const value = attribute ? element.properties[attribute] : undefined;
    if (typeof value !== 'string') return;
    const urlNode = urlWrittenAt(file, element);
    let resolved: ReturnType<typeof resolveRelativeUrl>;
    try {
      const fromRoot = resolveDocsetRootUrl(value.trim(), options.base, options.fileExists);
      if (fromRoot?.aboveRoot) {
        report(file, `"${value}" climbs above the docset root, out of the content root`, {
          rule: 'links/missing-target',
          severity: 'warning',
          fix: `correct the path: from the docset root (~/ or /), ../ cannot go higher; ${SHOWN_AS_TEXT}`,
          node: urlNode,
        });
        unlink(element, attribute);
        return;
      }
      if (fromRoot) {
        element.properties[attribute] = fromRoot.url;
        if (fromRoot.page) listFragment(element, urlNode, value.trim(), fromRoot.page);
        if (!fromRoot.inContent) {
          report(file, `"${value}" leads outside the content root, to another Learn docset or a reference page`, {
            rule: 'links/outside-docset',
            severity: 'warning',
            fix: `it is shown as a link to ${fromRoot.url.split(/[?#]/)[0]}; add the page to the content root to publish it here`,
            node: urlNode,
          });
        }
        return;
      }
      resolved = resolveRelativeUrl(value.trim(), sourceFileOf(file, urlNode).path, options.base);
    } catch {
      report(file, `"${value}" is not a valid URL: a "%" must start an escape such as %20`, {
        rule: 'links/bad-url',
        severity: 'error',
        fix: 'write a space as %20 and a percent sign as %25, or remove the stray "%"',
        node: urlNode,
      });
      return;
    }
    if (!resolved) {
      if (value.trim().startsWith('#')) listFragment(element, urlNode, value.trim(), file.path);
      return;
    }
    if (resolved.target.startsWith('..') || !options.fileExists(resolved.target)) {
      report(file, `"${value}" points at ${resolved.target}, which is not in the content root`, {
        rule: 'links/missing-target',
        severity: 'warning',
        fix: `correct the path, or add the missing file to the content root; ${SHOWN_AS_TEXT}`,
        node: urlNode,
      });
      unlink(element, attribute);
      return;
    }
    element.properties[attribute] = resolved.url;
    if (/\.md$/i.test(resolved.target)) listFragment(element, urlNode, value.trim(), resolved.target);
  });
  file.data.fragmentLinks = fragmentLinks;
};

export default rehypeResolveUrls;

/**
 * Makes a built page work from disk (file://): every site URL in it becomes
 * relative, and names index.html where it pointed at a folder. Anything that
 * would be loaded from the network (an <img> or <iframe> with an http(s)
 * source, as in mmd-2018's hub page) is replaced by a plain link to it (a
 * remote icon, which only decorates, is dropped), and
 * remote candidates of a `srcset` are dropped, so that opening the bundle
 * never leaves the disk.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { relativeFile, sitePathToFile } from './site-paths.ts';

export interface OfflineUrlsOptions {
  /** The page's file, from the bundle's root, e.g. `duties/a/index.html`. */
  pageFile: string;
  /** Whether a path from the bundle's root (no leading slash) is a folder. */
  isDirectory: (path: string) => boolean;
}

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster'];
const LOADED_FROM_SOURCE = new Set(['img', 'iframe', 'video', 'audio', 'source', 'embed']);
const REMOTE = /^(?:https?:)?\/\//i;
const DECORATIVE_ICON = /\/icons?\/[^?#]+\.svg(?:[?#]|$)/i;

function externalLink(element: Element, url: string): Element {
  const label = String(element.properties.alt ?? element.properties.title ?? '').trim();
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: url, className: ['offline-external'] },
    children: [{ type: 'text', value: label ? `${label} (online only)` : 'Online content (not in the offline edition)' }],
  };
}

/** A `srcset` with its site URLs made relative and its remote candidates left out; undefined when none is left. */
function offlineSrcset(srcset: string, relative: (url: string) => string): string | undefined {
  const candidates = srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .filter(([url]) => url && !REMOTE.test(url) && !/^[a-z][a-z\d+.-]*:/i.test(url))
    .map(([url, ...descriptor]) => [url.startsWith('/') ? relative(url) : url, ...descriptor].join(' '));
  return candidates.length > 0 ? candidates.join(', ') : undefined;
}

const rehypeOfflineUrls: Plugin<[OfflineUrlsOptions], Root> = ({ pageFile, isDirectory }) => (tree) => {
  const relative = (url: string) => relativeFile(pageFile, sitePathToFile(url, isDirectory));
  visit(tree, 'element', (element, index, parent) => {
    const srcset = element.properties.srcSet;
    if (srcset !== undefined) {
      const kept = offlineSrcset(Array.isArray(srcset) ? srcset.join(', ') : String(srcset), relative);
      if (kept) element.properties.srcSet = kept;
      else delete element.properties.srcSet;
    }
    const source = element.properties.src;
    if (LOADED_FROM_SOURCE.has(element.tagName) && typeof source === 'string' && REMOTE.test(source) && parent && index !== undefined) {
      // A remote icon (Learn's hub cards: …/media/icons/x.svg) is decorative: it goes; other content becomes a link to it.
      if (element.tagName === 'img' && DECORATIVE_ICON.test(source)) {
        parent.children.splice(index, 1);
        return index;
      }
      parent.children[index] = externalLink(element, source);
      return;
    }
    const searchBundle = element.properties.dataSearchBundle;
    if (typeof searchBundle === 'string' && searchBundle.startsWith('/')) {
      // The search loader's folder (src/search/search-loader.js); the mark
      // tells it to read the index from offline-search.js.
      element.properties.dataSearchBundle = relativeFile(pageFile, searchBundle.slice(1));
      element.properties.dataSearchEmbedded = '';
    }
    for (const attribute of URL_ATTRIBUTES) {
      const value = element.properties[attribute];
      if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) continue;
      element.properties[attribute] = relative(value);
    }
  });
};

export default rehypeOfflineUrls;

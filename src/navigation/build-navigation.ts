/**
 * The site's navigation tree. A DocFX `TOC.md` or `toc.yml` at the content
 * root defines its order and titles; pages it does not list are added under
 * "More pages" so that every page stays reachable. Without a TOC, the folder
 * structure defines the tree.
 */
import path from 'node:path/posix';
import { LEARN_SITE } from '../config.ts';
import type { Severity } from '../utils/diagnostics.ts';
import { pageIdFromPath } from '../utils/slugs.ts';
import { DOCSET_ROOT } from '../utils/urls.ts';
import { reportToc, type TocEntry, type TocMessages } from './toc-entry.ts';

export interface NavNode {
  title: string;
  /** The page this entry opens (a docs id); absent for a plain section title. */
  id?: string;
  /** An external link, when the TOC points outside the site. */
  href?: string;
  /** The TOC says the section starts open (`expanded: true`). */
  expanded?: boolean;
  children: NavNode[];
}

export interface NavPage {
  id: string;
  title: string;
  sourcePath: string;
}

const SCHEME = /^([a-z][a-z\d+.-]*):/i;
/** Schemes a TOC may link to; anything else (javascript:, data:, vbscript:…) could run on the site. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The tree a TOC's entries give; problems are reported on `messages`, where each entry is written. */
export function navigationFromToc(entries: TocEntry[], pages: NavPage[], messages: TocMessages): NavNode[] {
  const known = new Set(pages.map((p) => p.id));
  const listed = new Set<string>();
  const problem = (entry: TocEntry, severity: Severity, rule: string, reason: string, fix: string) => reportToc(messages, entry, severity, rule, reason, fix);

  const convert = (entry: TocEntry): NavNode => {
    const node: NavNode = { title: entry.title, ...(entry.expanded ? { expanded: true } : {}), children: entry.children.map(convert) };
    const href = entry.href?.trim();
    if (!href) return node;
    const scheme = SCHEME.exec(href)?.[1].toLowerCase();
    if (scheme) {
      if (SAFE_SCHEMES.has(scheme)) return { ...node, href };
      problem(entry, 'error', 'toc/unsafe-link', `the table of contents links to a ${scheme}: address, which a reader's click would run`, 'link to a page, or to an http(s) address');
      return node;
    }
    if (href.startsWith('//')) return { ...node, href: `https:${href}` };
    if (DOCSET_ROOT.test(href)) {
      const learnPath = href.replace(/^~/, '').split('?')[0];
      problem(entry, 'warning', 'toc/outside-docset', `the table of contents links to ${href.split('?')[0]}, outside the content root`, `it is shown as a link to ${LEARN_SITE}${learnPath}; add the page to the content root to publish it here`);
      return { ...node, href: `${LEARN_SITE}${learnPath}` };
    }
    const target = path.normalize(path.join(path.dirname(entry.file), href.split(/[?#]/)[0]));
    const id = pageIdFromPath(target);
    if (known.has(id) && /\.(md|yml)$/i.test(target)) {
      listed.add(id);
      return { ...node, id };
    }
    problem(entry, 'warning', 'toc/missing-page', `the table of contents links to ${href}, which is not a page in the content root`, 'correct the link, or remove the entry');
    return node;
  };

  const tree = entries.map(convert);
  const unlisted = pages.filter((p) => !listed.has(p.id)).sort(byTitle);
  if (unlisted.length > 0) {
    const more: NavNode = { title: 'More pages', children: unlisted.map(leaf) };
    // A TOC with one root (the product's home page) keeps everything under it.
    (tree.length === 1 ? tree[0].children : tree).push(more);
  }
  return tree;
}

function leaf(page: NavPage): NavNode {
  return { title: page.title, id: page.id, children: [] };
}

function byTitle(a: { title: string }, b: { title: string }): number {
  return a.title.localeCompare(b.title, 'en');
}

function prettyFolderName(folder: string): string {
  const words = folder.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function navigationFromFolders(pages: NavPage[]): NavNode[] {
  interface Folder { node: NavNode; folders: Map<string, Folder> }
  const root: Folder = { node: { title: '', children: [] }, folders: new Map() };
  const folderAt = (dir: string): Folder => {
    if (dir === '.' || dir === '') return root;
    const parent = folderAt(path.dirname(dir));
    const name = path.basename(dir);
    let folder = parent.folders.get(name);
    if (!folder) {
      folder = { node: { title: prettyFolderName(name), children: [] }, folders: new Map() };
      parent.folders.set(name, folder);
    }
    return folder;
  };
  for (const page of pages) {
    const isIndex = /(^|\/)index\.md$/i.test(page.sourcePath);
    const dir = path.dirname(page.sourcePath);
    if (isIndex && dir !== '.') {
      Object.assign(folderAt(dir).node, { title: page.title, id: page.id });
    } else {
      folderAt(dir).node.children.push(leaf(page));
    }
  }
  const finish = (folder: Folder): NavNode => {
    folder.node.children.sort(byTitle);
    const subfolders = [...folder.folders.values()].map(finish).sort(byTitle);
    folder.node.children.push(...subfolders);
    return folder.node;
  };
  return finish(root).children;
}

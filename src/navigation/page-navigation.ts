/**
 * What one page shows of the navigation tree: breadcrumbs, previous/next,
 * and a sidebar. The sidebar shows the top level, the current page's
 * ancestors and a window of siblings around each of them, open; and the
 * first pages (two levels) of every other section shown, closed (a
 * disclosure the reader opens), so that a page of another section is two
 * clicks away. A page's
 * HTML stays small however many pages the site has; the full tree is on the
 * contents page.
 */
import type { NavNode } from './build-navigation.ts';

export interface NavLink {
  title: string;
  id: string;
}

export interface SidebarList {
  items: SidebarItem[];
  /** Entries left out before and after the shown ones, to keep the page small. */
  hiddenBefore: number;
  hiddenAfter: number;
}

export interface SidebarItem {
  title: string;
  id?: string;
  href?: string;
  current: boolean;
  /** Children: all the way down along the current page's path; one level, closed, elsewhere. */
  children?: SidebarList;
  /** Whether the section starts open: it holds the current page, or the TOC says `expanded`. */
  open?: boolean;
}

/** Items shown around the current one at each level of the sidebar. */
export const SIDEBAR_WINDOW = 7;
/** Pages listed in a closed section (the rest are on the contents page). */
export const CLOSED_SECTION_ITEMS = 6;
/**
 * Pages listed in all the closed sections of one level together: a site of a
 * few sections lists CLOSED_SECTION_ITEMS under each, one of many sections
 * fewer (at least one), so that every page's sidebar stays about the same size.
 */
export const CLOSED_SECTIONS_BUDGET = 30;

/** The chain of nodes from a top-level node down to the page's node. */
export function pathTo(tree: NavNode[], id: string): NavNode[] | undefined {
  for (const node of tree) {
    if (node.id === id) return [node];
    const below = pathTo(node.children, id);
    if (below) return [node, ...below];
  }
  return undefined;
}

/** Every page of the tree in navigation order, with the title of the section it is in. */
function pagesWithSections(tree: NavNode[]): (NavLink & { section?: string })[] {
  const links: (NavLink & { section?: string })[] = [];
  const walk = (nodes: NavNode[], section: string | undefined) => {
    for (const node of nodes) {
      if (node.id !== undefined) links.push({ title: node.title, id: node.id, section });
      walk(node.children, node.title);
    }
  };
  walk(tree, undefined);
  return links;
}

export function flatten(tree: NavNode[]): NavLink[] {
  return pagesWithSections(tree).map(({ title, id }) => ({ title, id }));
}

/**
 * A flat list of links where two pages share a title (two "Overview"s, say)
 * cannot tell them apart: each of those gets its section's title, or its
 * path when the section does not tell either.
 */
export function distinctLinks(tree: NavNode[]): (NavLink & { context?: string })[] {
  const links = pagesWithSections(tree);
  const byTitle = Map.groupBy(links, (link) => link.title.toLowerCase());
  return links.map(({ title, id, section }) => {
    const namesakes = byTitle.get(title.toLowerCase()) ?? [];
    if (namesakes.length < 2) return { title, id };
    const sectionsTell = section !== undefined && new Set(namesakes.map((n) => n.section)).size === namesakes.length;
    return { title, id, context: sectionsTell ? section : id };
  });
}

export function prevNext(order: NavLink[], id: string): { prev?: NavLink; next?: NavLink } {
  const index = order.findIndex((link) => link.id === id);
  if (index === -1) return {};
  return { prev: order[index - 1], next: order[index + 1] };
}

export function breadcrumbs(tree: NavNode[], id: string): NavLink[] {
  return (pathTo(tree, id) ?? [])
    .slice(0, -1)
    .filter((node): node is NavNode & { id: string } => node.id !== undefined)
    .map((node) => ({ title: node.title, id: node.id }));
}

function windowAround<T>(items: T[], focus: number): { shown: T[]; before: number; after: number } {
  const size = SIDEBAR_WINDOW * 2 + 1;
  if (items.length <= size) return { shown: items, before: 0, after: 0 };
  const start = Math.max(0, Math.min(focus - SIDEBAR_WINDOW, items.length - size));
  return { shown: items.slice(start, start + size), before: start, after: items.length - start - size };
}

const itemOf = (node: NavNode, id: string | undefined): SidebarItem => ({
  title: node.title,
  ...(node.id !== undefined ? { id: node.id } : {}),
  ...(node.href ? { href: node.href } : {}),
  current: node.id !== undefined && node.id === id,
});

/** Levels of a closed section listed under it (open inside it: opening the section shows them all). */
const CLOSED_SECTION_DEPTH = 2;

/** A section off the current page's path: its first pages, and theirs, to CLOSED_SECTION_DEPTH levels. */
function closedSection(node: NavNode, id: string | undefined, listed: number, depth = 1): SidebarList {
  const shown = node.children.slice(0, listed);
  const items = shown.map((child): SidebarItem => {
    const item = itemOf(child, id);
    if (child.children.length === 0 || depth >= CLOSED_SECTION_DEPTH) return item;
    return { ...item, open: true, children: closedSection(child, id, listed, depth + 1) };
  });
  return { items, hiddenBefore: 0, hiddenAfter: node.children.length - shown.length };
}

function sidebarList(nodes: NavNode[], trail: NavNode[], id: string | undefined): SidebarList {
  const [onTrail, ...rest] = trail;
  const { shown, before, after } = windowAround(nodes, onTrail ? nodes.indexOf(onTrail) : 0);
  const closedSections = shown.filter((node) => node.children.length > 0 && node !== onTrail).length;
  const listed = Math.max(1, Math.min(CLOSED_SECTION_ITEMS, Math.floor(CLOSED_SECTIONS_BUDGET / Math.max(1, closedSections))));
  const items = shown.map((node): SidebarItem => {
    const item = itemOf(node, id);
    if (node.children.length === 0) return item;
    if (node === onTrail) return { ...item, open: true, children: sidebarList(node.children, rest, id) };
    return { ...item, open: node.expanded === true, children: closedSection(node, id, listed) };
  });
  return { items, hiddenBefore: before, hiddenAfter: after };
}

export function sidebar(tree: NavNode[], id: string | undefined): SidebarList {
  const trail = (id !== undefined && pathTo(tree, id)) || [];
  // A tree with a single root (the product's home page) is shown from its children.
  if (tree.length === 1 && tree[0].children.length > 0) return sidebarList(tree[0].children, trail.slice(1), id);
  return sidebarList(tree, trail, id);
}

/** Everything a page shows of the navigation; `order` is `flatten(tree)`, passed in when many pages share one tree. */
export function navigationFor(tree: NavNode[], id: string | undefined, order: NavLink[] = flatten(tree)) {
  const around = id === undefined ? {} : prevNext(order, id);
  return {
    sidebar: sidebar(tree, id),
    breadcrumbs: id === undefined ? [] : breadcrumbs(tree, id),
    ...around,
  };
}

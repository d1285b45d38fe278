/**
 * What one page shows of the navigation tree: breadcrumbs, previous/next,
 * and a sidebar. The sidebar shows the top level, the current page's
 * ancestors and a window of siblings around each of them, so a page's HTML
 * stays small however many pages the site has; the full tree is on the
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
  /** Children, shown only along the current page's path. */
  children?: SidebarList;
}

/** Items shown around the current one at each level of the sidebar. */
export const SIDEBAR_WINDOW = 7;

/** The chain of nodes from a top-level node down to the page's node. */
export function pathTo(tree: NavNode[], id: string): NavNode[] | undefined {
  for (const node of tree) {
    if (node.id === id) return [node];
    const below = pathTo(node.children, id);
    if (below) return [node, ...below];
  }
  return undefined;
}

export function flatten(tree: NavNode[]): NavLink[] {
  const links: NavLink[] = [];
  const walk = (nodes: NavNode[]) => {
    for (const node of nodes) {
      if (node.id !== undefined) links.push({ title: node.title, id: node.id });
      walk(node.children);
    }
  };
  walk(tree);
  return links;
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

function sidebarList(nodes: NavNode[], trail: NavNode[], id: string | undefined): SidebarList {
  const [onTrail, ...rest] = trail;
  const { shown, before, after } = windowAround(nodes, onTrail ? nodes.indexOf(onTrail) : 0);
  const items = shown.map((node): SidebarItem => ({
    title: node.title,
    ...(node.id !== undefined ? { id: node.id } : {}),
    ...(node.href ? { href: node.href } : {}),
    current: node.id !== undefined && node.id === id,
    ...(node === onTrail && node.children.length > 0 ? { children: sidebarList(node.children, rest, id) } : {}),
  }));
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

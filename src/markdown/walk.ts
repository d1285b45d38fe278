/**
 * Walks a syntax tree (mdast or hast) depth-first, parents before children,
 * calling `visitor` on every node; the visitor returns SKIP not to go into a
 * node's children. The same as unist-util-visit for these plugins' needs,
 * without its per-node bookkeeping: unist-util-visit creates a function and a
 * list of parents for every node, and a page's pipeline walks its whole tree
 * about a dozen times; on the large tables of a 1,000-page site this walk
 * takes a third of the time. Visitors may change a node's own properties and
 * children, not its siblings (use unist-util-visit for that).
 */
import type { Node, Parent } from 'unist';

export const SKIP = 'skip';

export function walk<T extends Node>(node: T, visitor: (node: Node, parent: Parent | undefined) => typeof SKIP | void, parent?: Parent): void {
  if (visitor(node, parent) === SKIP) return;
  const children = (node as unknown as Parent).children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) walk(children[i], visitor, node as unknown as Parent);
}

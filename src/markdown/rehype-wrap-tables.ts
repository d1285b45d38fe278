/**
 * Wraps each table in a focusable, labelled scroll container, so a wide
 * table scrolls sideways on a phone instead of widening the page, and
 * keyboard users can scroll it too.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const rehypeWrapTables: Plugin<[], Root> = () => (tree) => {
  let count = 0;
  visit(tree, 'element', (table: Element, index, parent) => {
    if (table.tagName !== 'table' || !parent || index === undefined) return;
    count += 1;
    const wrapper: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: `Table ${count}` },
      children: [table],
    };
    parent.children[index] = wrapper;
    return SKIP;
  });
};

export default rehypeWrapTables;

/**
 * Marks up the role table rows of a rendered page: each duty's row gets its
 * anchor, its name links to the duty's own page, and a line under the name
 * links to its counterpart(s) ("Your part: …"). Rows are matched to duties by
 * their source line, so the page and the duties come from one parse. The
 * rendered description cell of each duty is handed back for the duty pages.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { OWNER_LABELS } from '../config.ts';
import { joinBase, pageUrl } from '../utils/slugs.ts';
import type { Duty } from './duty.ts';

export interface DutyRowsOptions {
  base: string;
  /** The duties of this page. */
  duties: Duty[];
  /** Every duty of the site, by id (counterparts may be on other pages). */
  dutiesById: Map<string, Duty>;
  counterparts: Map<string, string[]>;
  /** Receives each duty's rendered description. */
  descriptions: Map<string, string>;
}

export function dutyPageUrl(base: string, id: string): string {
  return joinBase(base, `duties/${id}/`);
}

export function dutyRowUrl(base: string, duty: Duty): string {
  return `${pageUrl(base, duty.doc)}#${duty.anchor}`;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function counterpartLine(duty: Duty, options: DutyRowsOptions): Element | undefined {
  const others = (options.counterparts.get(duty.id) ?? []).map((id) => options.dutiesById.get(id)!);
  if (others.length === 0) return undefined;
  const label = OWNER_LABELS[others[0].owner].part;
  const links = others.flatMap((other, i): ElementContent[] => [
    ...(i > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
    element('a', { href: dutyRowUrl(options.base, other) }, [{ type: 'text', value: other.name }]),
  ]);
  return element('span', { className: ['counterpart-line'] }, [{ type: 'text', value: `${label}: ` }, ...links]);
}

const rehypeDutyRows: Plugin<[DutyRowsOptions], Root> = (options) => (tree) => {
  const byLine = new Map(options.duties.map((d) => [d.line, d]));
  visit(tree, 'element', (row: Element) => {
    if (row.tagName !== 'tr' || !row.position) return;
    const duty = byLine.get(row.position.start.line);
    if (!duty) return;
    const [nameCell, descriptionCell] = row.children.filter((c): c is Element => c.type === 'element');
    row.properties.id = duty.anchor;
    row.properties.className = ['duty-row', `duty-${duty.owner}`];
    options.descriptions.set(duty.id, toHtml(descriptionCell.children));
    const name = element('a', { className: ['duty-name'], href: dutyPageUrl(options.base, duty.id) }, nameCell.children);
    const counterpart = counterpartLine(duty, options);
    nameCell.children = counterpart ? [name, counterpart] : [name];
  });
};

export default rehypeDutyRows;

/**
 * Learn's tabs: headings that are only a link to `#tab/<id>` start a tab, a
 * run of them is one tab set, and a thematic break (`---`) ends it:
 *
 *     # [Bash](#tab/bash)
 *     …
 *     # [PowerShell](#tab/powershell)
 *     …
 *     ---
 *
 * Without JavaScript the set is every panel, each under its title, in order.
 * The tabs script (tabs-script.ts) turns it into tabs that work with the
 * keyboard, and keeps the same choice (`#tab/windows`, or the first part of a
 * dependent id `#tab/windows/cmd`) in every set on the page.
 * `file.data.learnTabs` tells the page it needs that script.
 */
import type { Heading, Link, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { walk } from '../walk.ts';

declare module 'vfile' {
  interface DataMap {
    /** Whether the page has tab sets. */
    learnTabs: boolean;
  }
}

const TAB_LINK = /^#tab\/(.+)$/;

/** The tab a heading starts: `# [Bash](#tab/bash)`. */
function tabOf(node: RootContent): { id: string; title: string } | undefined {
  if (node.type !== 'heading') return undefined;
  const children = (node as Heading).children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (children.length !== 1 || children[0].type !== 'link') return undefined;
  const match = TAB_LINK.exec((children[0] as Link).url);
  return match ? { id: match[1], title: toString(children[0]) } : undefined;
}

const slug = (id: string) => id.toLowerCase().replace(/[^a-z0-9/-]+/g, '-');

function tabSet(tabs: { id: string; title: string; content: RootContent[] }[], index: number): RootContent {
  const panels = tabs.map((tab, i) => ({
    type: 'learnElement',
    data: { hName: 'section', hProperties: { className: ['tab-panel'], dataTab: slug(tab.id), ariaLabelledby: `tabs-${index}-${i}` } },
    children: [
      { type: 'paragraph', data: { hProperties: { className: ['tab-title'], id: `tabs-${index}-${i}` } }, children: [{ type: 'text', value: tab.title }] },
      ...tab.content,
    ],
  }));
  return { type: 'learnElement', data: { hName: 'div', hProperties: { className: ['tabs'], dataTabSet: '' } }, children: panels } as unknown as RootContent;
}

const remarkLearnTabs: Plugin<[], Root> = () => (tree, file) => {
  if (!file.data.includedFiles && !String(file.value).includes('#tab/')) return;
  let sets = 0;
  walk(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    const out: RootContent[] = [];
    let tabs: { id: string; title: string; content: RootContent[] }[] = [];
    const close = () => {
      if (tabs.length > 0) out.push(tabSet(tabs, sets++));
      tabs = [];
    };
    for (const child of parent.children as RootContent[]) {
      const tab = tabOf(child);
      if (tab) tabs.push({ ...tab, content: [] });
      else if (tabs.length > 0 && child.type === 'thematicBreak') close();
      else if (tabs.length > 0) tabs.at(-1)!.content.push(child);
      else out.push(child);
    }
    close();
    parent.children = out as Parent['children'];
  });
  if (sets > 0) file.data.learnTabs = true;
};

export default remarkLearnTabs;

import remarkFrontmatter from 'remark-frontmatter';
import { describe, expect, it } from 'vitest';
import remarkDocfxAlerts from '../remark-docfx-alerts.ts';
import remarkIncludes from '../remark-includes.ts';
import { renderFixture } from './fixture.ts';

const files: Record<string, string> = {
  'includes/note.md': '---\nms.topic: include\n---\n\nShared **text**.\n',
  'includes/word.md': 'shared',
  'includes/loop-a.md': '[!INCLUDE [b](loop-b.md)]',
  'includes/loop-b.md': '[!INCLUDE [a](loop-a.md)]',
};
const run = (markdown: string, plugins: unknown[] = []) =>
  renderFixture(markdown, [[remarkFrontmatter, ['yaml']], [remarkIncludes, { readFile: (p: string) => files[p] }], ...(plugins as [])]);

describe('[!INCLUDE]', () => {
  it('a block include: the file in place of the line, without its front matter', async () => {
    expect((await run('Before.\n\n[!INCLUDE [note](includes/note.md)]\n\nAfter.')).html).toBe('<p>Before.</p>\n<p>Shared <strong>text</strong>.</p>\n<p>After.</p>');
  });

  it('an inline include: the text in the sentence', async () => {
    expect((await run('Some [!INCLUDE [w](includes/word.md)] words.')).html).toBe('<p>Some shared words.</p>');
  });

  it('the whole body of an alert: a block inside the alert', async () => {
    const { html, messages } = await run('> [!IMPORTANT]\n> [!INCLUDE [note](includes/note.md)]', [remarkDocfxAlerts]);
    expect(html).toBe('<div class="callout callout-important" role="note">\n<p class="callout-title">Important</p>\n<p>Shared <strong>text</strong>.</p>\n</div>');
    expect(messages).toEqual([]);
  });

  it('a missing include or a cycle is an error where the include is written', async () => {
    expect((await run('Text.\n\n[!INCLUDE [x](includes/none.md)]')).messages.map((m) => [m.file, m.line, m.column, m.rule, m.severity])).toEqual([
      ['page.md', 3, 1, 'includes/unresolved', 'error'],
    ]);
    const cycle = (await run('[!INCLUDE [a](includes/loop-a.md)]')).messages;
    expect(cycle.map((m) => [m.file, m.line, m.rule])).toEqual([['includes/loop-b.md', 1, 'includes/unresolved']]);
    expect(cycle[0].message).toMatch(/cycle: page\.md → includes\/loop-a\.md → includes\/loop-b\.md → includes\/loop-a\.md/);
  });

  it('a shared include from the docset root that is not in the content root: a warning, and a note in its place', async () => {
    const { html, messages } = await run('[!INCLUDE [shared](~/reusable-content/x.md)]');
    expect(html).toBe('<p><em>Shared content from the wider documentation set (~/reusable-content/x.md) is not part of this site.</em></p>');
    expect(messages.map((m) => [m.line, m.column, m.rule, m.severity])).toEqual([[1, 1, 'includes/outside-docset', 'warning']]);
  });
});

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
  'includes/inner-missing.md': 'Shared, then [!INCLUDE [n](nope.md)] here.',
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

  it('two inline includes in one sentence: both read, the text between them kept once', async () => {
    const { html, messages } = await run('A [!INCLUDE [w](includes/word.md)] and [!INCLUDE [w](includes/word.md)] end.');
    expect(html).toBe('<p>A shared and shared end.</p>');
    expect(messages).toEqual([]);
    const failed = await run('A [!INCLUDE [w](includes/word.md)] and [!INCLUDE [n](none.md)] end.');
    expect(failed.html).toBe('<p>A shared and [!INCLUDE [n](none.md)] end.</p>');
    expect(failed.messages.map((m) => [m.line, m.column, m.rule])).toEqual([[1, 40, 'includes/unresolved']]);
    const both = await run('[!INCLUDE [a](a.md)] [!INCLUDE [b](b.md)]');
    expect(both.html).toBe('<p>[!INCLUDE [a](a.md)] [!INCLUDE [b](b.md)]</p>');
    expect(both.messages.map((m) => [m.line, m.column, m.rule])).toEqual([
      [1, 22, 'includes/unresolved'],
      [1, 1, 'includes/unresolved'],
    ]);
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

  it('a failed include is one error at its [!INCLUDE, and stays as written, with no link to follow', async () => {
    const { html, messages } = await run('Inline [!INCLUDE [nothere](nothere-inc.md)] here.');
    expect(html).toBe('<p>Inline [!INCLUDE [nothere](nothere-inc.md)] here.</p>');
    expect(messages.map((m) => [m.file, m.line, m.column, m.rule, m.severity, m.message])).toEqual([
      ['page.md', 1, 8, 'includes/unresolved', 'error', 'the include file nothere-inc.md does not exist'],
    ]);
  });

  it('the column of a failed include counts what the text lost: a quote\'s ">", escapes', async () => {
    const { messages } = await run('> [!NOTE]\n> See [!include [x](includes/none.md)] here.\n\nAn \\*escaped\\* [!INCLUDE [y](none.md)]');
    expect(messages.map((m) => [m.line, m.column, m.rule])).toEqual([
      [4, 16, 'includes/unresolved'],
      [2, 7, 'includes/unresolved'],
    ]);
  });

  it('an include outside the content root: one error, the path kept as text (never a link to Learn)', async () => {
    const { html, messages } = await run('[!INCLUDE [up](../../etc/passwd)]\n\n[!INCLUDE [root](~/../../etc/passwd)]');
    expect(html).toBe('<p>[!INCLUDE [up](../../etc/passwd)]</p>\n<p>[!INCLUDE [root](~/../../etc/passwd)]</p>');
    expect(messages.map((m) => [m.line, m.column, m.rule, m.severity, m.message])).toEqual([
      [3, 1, 'includes/unresolved', 'error', 'the include "~/../../etc/passwd" points outside the content root'],
      [1, 1, 'includes/unresolved', 'error', 'the include "../../etc/passwd" points outside the content root'],
    ]);
  });

  it('a failed include inside an included file: the error is on that file, at its column', async () => {
    const { html, messages } = await run('[!INCLUDE [inner](includes/inner-missing.md)]');
    expect(html).toBe('<p>Shared, then [!INCLUDE [n](nope.md)] here.</p>');
    expect(messages.map((m) => [m.file, m.line, m.column, m.rule, m.message])).toEqual([
      ['includes/inner-missing.md', 1, 14, 'includes/unresolved', 'the include file includes/nope.md does not exist'],
    ]);
  });

  it('a shared include from the docset root that is not in the content root: a warning, and a note in its place', async () => {
    const { html, messages } = await run('[!INCLUDE [shared](~/reusable-content/x.md)]');
    expect(html).toBe('<p><em>Shared content from the wider documentation set (~/reusable-content/x.md) is not part of this site.</em></p>');
    expect(messages.map((m) => [m.line, m.column, m.rule, m.severity])).toEqual([[1, 1, 'includes/outside-docset', 'warning']]);
  });
});

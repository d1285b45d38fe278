import { describe, expect, it } from 'vitest';
import remarkLearnBlocks from '../learn/remark-learn-blocks.ts';
import remarkLearnSource from '../learn/remark-learn-source.ts';
import { renderFixture } from './fixture.ts';

const files: Record<string, string> = { 'snippets/a.sh': 'one\ntwo\nthree\n' };
const run = (markdown: string) => renderFixture(markdown, [remarkLearnSource, [remarkLearnBlocks, { readFile: (p: string) => files[p] }]]);

describe('triple-colon images', () => {
  it('a content image with lightbox and border: the image in a link to the full one', async () => {
    const { html } = await run(':::image type="content" source="media/a.png" alt-text="A screenshot." lightbox="media/a-big.png" border="true":::');
    expect(html).toBe('<p><a href="media/a-big.png" class="learn-lightbox" title="Open the full image"><img src="media/a.png" alt="A screenshot." class="learn-image learn-image-border"></a></p>');
  });

  it('an icon inside text: decorative, with an empty alt', async () => {
    const { html } = await run('Click :::image type="icon" source="media/i.svg"::: to open.');
    expect(html).toBe('<p>Click <img src="media/i.svg" alt="" class="learn-image"> to open.</p>');
  });

  it('a complex image keeps its long description in a disclosure', async () => {
    const { html } = await run(':::image type="complex" source="media/c.png" alt-text="Chart.":::\nThe chart shows **growth**.\n:::image-end:::');
    expect(html).toBe(
      '<figure class="learn-image-complex"><p><img src="media/c.png" alt="Chart." class="learn-image"></p><details><summary>Description of the image</summary><p>The chart shows <strong>growth</strong>.</p></details></figure>',
    );
  });
});

describe('triple-colon containers', () => {
  it('rows and columns, their indented content read as markdown', async () => {
    const { html, messages } = await run(':::row:::\n    :::column span="2":::\n        Left **text**.\n    :::column-end:::\n    :::column:::\n        Right.\n    :::column-end:::\n:::row-end:::');
    expect(html).toBe('<div class="learn-row"><div class="learn-column learn-column-span-2"><p>Left <strong>text</strong>.</p></div><div class="learn-column"><p>Right.</p></div></div>');
    expect(messages).toEqual([]);
  });

  it('zone pivots and monikers: every variant shown, each labelled', async () => {
    expect((await run('::: zone pivot="dnf,yum"\n\nInstall with dnf.\n\n::: zone-end')).html).toBe(
      '<section class="learn-zone" aria-label="Pivot: dnf, yum"><p class="learn-zone-label">Pivot: dnf, yum</p><p>Install with dnf.</p></section>',
    );
    expect((await run('::: moniker range=">= v2"\nNew text.\n::: moniker-end')).html).toBe(
      '<section class="learn-moniker" aria-label="Version: >= v2"><p class="learn-moniker-label">Version: >= v2</p><p>New text.</p></section>',
    );
  });

  it('an unclosed block or a stray end is an error at its marker, and its content is kept', async () => {
    const { html, messages } = await run(':::row:::\n  text\n:::column-end:::');
    expect(html).toBe('<p>text</p>');
    expect(messages.map((m) => [m.line, m.column, m.rule, m.severity])).toEqual([
      [3, 1, 'learn/unmatched-end', 'error'],
      [1, 1, 'learn/unclosed', 'error'],
    ]);
  });

  it('leaves markers inside fenced code alone', async () => {
    const { html, messages } = await run('```\n:::row:::\n```');
    expect(html).toBe('<pre><code>:::row:::\n</code></pre>');
    expect(messages).toEqual([]);
  });
});

describe('other triple-colon forms', () => {
  it('no-loc: the text, as written', async () => {
    expect((await run('Use :::no-loc text="Azure *CLI*"::: here.')).html).toBe('<p>Use Azure *CLI* here.</p>');
  });

  it('code: the lines of the file, or a note and a warning for a shared sample outside the content root', async () => {
    expect((await run(':::code language="bash" source="snippets/a.sh" range="2-3":::')).html).toBe('<pre><code class="language-bash">two\nthree\n</code></pre>');
    const shared = await run(':::code source="~/elsewhere/x.sh":::');
    expect(shared.html).toBe('<p><em>A code sample from the wider documentation set (~/elsewhere/x.sh) is not part of this site.</em></p>');
    expect(shared.messages.map((m) => [m.line, m.column, m.rule, m.severity])).toEqual([[1, 1, 'learn/code-outside-docset', 'warning']]);
    expect((await run(':::code source="missing.sh":::')).messages.map((m) => [m.rule, m.severity])).toEqual([['learn/code-missing', 'error']]);
  });

  it('an unknown form is a warning where it stands (columns as written, before dedenting), shown as written', async () => {
    const { html, messages } = await run(':::row:::\n    :::column:::\n        See :::widget x::: here.\n    :::column-end:::\n:::row-end:::');
    expect(html).toBe('<div class="learn-row"><div class="learn-column"><p>See :::widget x::: here.</p></div></div>');
    expect(messages.map((m) => [m.line, m.column, m.rule, m.severity])).toEqual([[3, 13, 'learn/unknown-extension', 'warning']]);
  });
});

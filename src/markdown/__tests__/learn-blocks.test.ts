import { describe, expect, it } from 'vitest';
import remarkLearnBlocks from '../learn/remark-learn-blocks.ts';
import remarkLearnSource from '../learn/remark-learn-source.ts';
import { renderFixture } from './fixture.ts';

const files: Record<string, string> = { 'snippets/a.sh': 'one\ntwo\nthree\n' };
const run = (markdown: string) => renderFixture(markdown, [remarkLearnSource, [remarkLearnBlocks, { readFile: (p: string) => files[p] }]]);
/** Messages in the order of the text (the plugin reports inner blocks first). */
const inOrder = <T extends { line: number; column: number }>(messages: T[]) => [...messages].sort((a, b) => a.line - b.line || a.column - b.column);

describe('triple-colon images', () => {
  it('a content image with lightbox and border: the image in a link to the full one', async () => {
    const { html } = await run(':::image type="content" source="media/a.png" alt-text="A screenshot." lightbox="media/a-big.png" border="true":::');
    expect(html).toBe('<p><a href="media/a-big.png" class="learn-lightbox" title="Open the full image"><img src="media/a.png" alt="A screenshot." class="learn-image learn-image-border"></a></p>');
  });

  it('an icon inside text: decorative, with an empty alt, and no alt text needed', async () => {
    const { html, messages } = await run('Click :::image type="icon" source="media/i.svg"::: to open.');
    expect(html).toBe('<p>Click <img src="media/i.svg" alt="" class="learn-image"> to open.</p>');
    expect(messages).toEqual([]);
  });

  it('no source, or an empty one: an error at the image, and the image shown as written, never an empty src', async () => {
    const { html, messages } = await run('Para.\n\n:::image type="content" alt-text="No source":::\n\nSee   :::image type="content" source="" alt-text="Empty":::');
    expect(html).toBe('<p>Para.</p>\n<p><code>:::image type="content" alt-text="No source":::</code></p>\n<p>See   <code>:::image type="content" source="" alt-text="Empty":::</code></p>');
    expect(inOrder(messages).map((m) => [m.line, m.column, m.rule, m.severity, m.message])).toEqual([
      [3, 1, 'learn/image-no-source', 'error', '":::image type="content" alt-text="No source":::" has no source, so there is no image to show'],
      [5, 7, 'learn/image-no-source', 'error', '":::image type="content" source="" alt-text="Empty":::" has an empty source, so there is no image to show'],
    ]);
    expect(messages[0]).toMatchObject({ file: 'page.md' });
  });

  it('no alt text: a warning at the image (but for an icon), which is still shown', async () => {
    const { html, messages } = await run(':::image type="content" source="media/x.png":::\n\nA :::image source="media/y.png" alt-text=" ":::\n\n:::image type="complex" source="media/c.png":::\nLong.\n:::image-end:::');
    expect(html).toBe(
      '<p><img src="media/x.png" alt="" class="learn-image"></p>\n<p>A <img src="media/y.png" alt="" class="learn-image"></p>\n<figure class="learn-image-complex"><p><img src="media/c.png" alt="" class="learn-image"></p><details><summary>Description of the image</summary><p>Long.</p></details></figure>',
    );
    expect(inOrder(messages).map((m) => [m.line, m.column, m.rule, m.severity])).toEqual([
      [1, 1, 'learn/image-no-alt', 'warning'],
      [3, 3, 'learn/image-no-alt', 'warning'],
      [5, 1, 'learn/image-no-alt', 'warning'],
    ]);
  });

  it('a complex image with no source: an error at its start, its description kept', async () => {
    const { html, messages } = await run(':::image type="complex" alt-text="Chart.":::\nLong.\n:::image-end:::');
    expect(html).toBe(
      '<figure class="learn-image-complex"><p><code>:::image type="complex" alt-text="Chart.":::</code></p><details><summary>Description of the image</summary><p>Long.</p></details></figure>',
    );
    expect(messages.map((m) => [m.line, m.column, m.rule, m.severity])).toEqual([[1, 1, 'learn/image-no-source', 'error']]);
  });

  it('an image is placed where it is written: after other markers of its line, in columns as written before dedenting', async () => {
    const { messages } = await run(':::row:::\n    :::column:::\n        A :::no-loc text="X"::: and :::image type="content" source="m/a.png"::: here.\n    :::column-end:::\n:::row-end:::');
    expect(messages.map((m) => [m.line, m.column, m.rule])).toEqual([[3, 37, 'learn/image-no-alt']]);
  });

  it('an image that is not whole on one line: an error naming what is wrong, shown as written', async () => {
    const { html, messages } = await run(
      'Para.\n\n:::image type="content" source="media/x.png" alt-text="Unterminated\n\nIn text :::image source="media/x.png" alt-text="x"\n\nText :::image type="complex" source="c.png" alt-text="C"::: inline.',
    );
    expect(html).toBe(
      '<p>Para.</p>\n<p>:::image type="content" source="media/x.png" alt-text="Unterminated</p>\n<p>In text :::image source="media/x.png" alt-text="x"</p>\n<p>Text :::image type="complex" source="c.png" alt-text="C"::: inline.</p>',
    );
    expect(inOrder(messages).map((m) => [m.line, m.column, m.rule, m.severity, m.message])).toEqual([
      [3, 1, 'learn/image-malformed', 'error', '":::image" is malformed: a quoted value is never closed, so no image is shown, and the text is shown as written'],
      [5, 9, 'learn/image-malformed', 'error', '":::image" is malformed: it does not end with ::: on its line, so no image is shown, and the text is shown as written'],
      [7, 6, 'learn/image-malformed', 'error', '":::image type="complex"" must stand on a line of its own, so no image is shown, and the text is shown as written'],
    ]);
    expect(messages.every((m) => m.rule !== 'learn/unknown-extension')).toBe(true);
  });

  it('an image in a code span is code, as written', async () => {
    const { html, messages } = await run('Write `:::image type="content" source="a.png" alt-text="x":::` for an image.');
    expect(html).toBe('<p>Write <code>:::image type="content" source="a.png" alt-text="x":::</code> for an image.</p>');
    expect(messages).toEqual([]);
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

describe('zones and monikers: markers as Learn spells them, nested zones', () => {
  const problems = (result: Awaited<ReturnType<typeof run>>) => result.file.messages.map((m) => [m.line, m.column, m.ruleId, m.fatal ? 'error' : 'warning', m.reason, m.note]);

  it('an unclosed zone or moniker: the fix spells its end as Learn does', async () => {
    const zone = await run('::: zone pivot="dnf"\n\nInstall with dnf.');
    expect(zone.html).toBe('<p>Install with dnf.</p>');
    expect(problems(zone)).toEqual([[1, 1, 'learn/unclosed', 'error', '"::: zone pivot="dnf"" is never closed', 'end it with ::: zone-end where its content ends']]);
    const moniker = await run('::: moniker range=">= v2"\nNew text.');
    expect(problems(moniker)).toEqual([[1, 1, 'learn/unclosed', 'error', '"::: moniker range=">= v2"" is never closed', 'end it with ::: moniker-end where its content ends']]);
  });

  it('a stray zone or moniker end: the fix spells its start as Learn does', async () => {
    expect(problems(await run('Text.\n\n::: zone-end'))).toEqual([
      [3, 1, 'learn/unmatched-end', 'error', '"::: zone-end" ends a block that was not started here', 'start it with ::: zone pivot="…" above, or remove this line'],
    ]);
    expect(problems(await run('::: moniker-end'))).toEqual([
      [1, 1, 'learn/unmatched-end', 'error', '"::: moniker-end" ends a block that was not started here', 'start it with ::: moniker range="…" above, or remove this line'],
    ]);
  });

  it('a zone inside another: a warning at the inner zone, both shown with every word', async () => {
    const result = await run('::: zone pivot="a"\n\nZone A text.\n\n::: zone pivot="b"\n\nNested zone B text.\n\n::: zone-end\n\n::: zone-end');
    expect(result.html).toBe(
      '<section class="learn-zone" aria-label="Pivot: a"><p class="learn-zone-label">Pivot: a</p><p>Zone A text.</p>' +
        '<section class="learn-zone" aria-label="Pivot: b"><p class="learn-zone-label">Pivot: b</p><p>Nested zone B text.</p></section></section>',
    );
    expect(problems(result)).toEqual([
      [
        5,
        1,
        'learn/nested-zone',
        'warning',
        '"::: zone pivot="b"" starts inside the zone "::: zone pivot="a"": Microsoft Learn does not nest zones; both are shown, one inside the other',
        "move the outer zone's ::: zone-end above this line, so that the zones follow each other",
      ],
    ]);
  });

  it('a zone nested deeper (in a list item, in a column): the warning at its marker as written', async () => {
    const inList = await run('::: zone pivot="a"\n\n- Item.\n\n  ::: zone pivot="b"\n\n  Inner.\n\n  ::: zone-end\n\n::: zone-end');
    expect(inList.messages.map((m) => [m.line, m.column, m.rule])).toEqual([[5, 3, 'learn/nested-zone']]);
    expect(inList.html).toContain('<p>Inner.</p>');
    const inColumn = await run('::: zone pivot="a"\n\n:::row:::\n    :::column:::\n        ::: zone pivot="b"\n\n        Inner.\n\n        ::: zone-end\n    :::column-end:::\n:::row-end:::\n\n::: zone-end');
    expect(inColumn.messages.map((m) => [m.line, m.column, m.rule])).toEqual([[5, 9, 'learn/nested-zone']]);
    expect(inColumn.html).toContain('<p>Inner.</p>');
  });

  it('zones one after another, and a moniker in a zone: no warning', async () => {
    const result = await run('::: zone pivot="a"\n\nA.\n\n::: moniker range=">= v2"\n\nNew.\n\n::: moniker-end\n\n::: zone-end\n\n::: zone pivot="b"\n\nB.\n\n::: zone-end');
    expect(result.messages).toEqual([]);
    expect(result.html).toBe(
      '<section class="learn-zone" aria-label="Pivot: a"><p class="learn-zone-label">Pivot: a</p><p>A.</p>' +
        '<section class="learn-moniker" aria-label="Version: >= v2"><p class="learn-moniker-label">Version: >= v2</p><p>New.</p></section></section>\n' +
        '<section class="learn-zone" aria-label="Pivot: b"><p class="learn-zone-label">Pivot: b</p><p>B.</p></section>',
    );
  });
});

import { describe, expect, it } from 'vitest';
import rehypeRawWhenNeeded from '../rehype-raw-when-needed.ts';
import remarkStripComments from '../remark-strip-comments.ts';
import { renderFixture } from './fixture.ts';
import { render } from './render.ts';

describe('remark-strip-comments', () => {
  it('closes an anchor closed as in XHTML, so that it is an empty anchor, not the start of one that holds the rest', async () => {
    const { html } = await renderFixture('<a name="sc"/>\n\n## After\n\nSome <a id="inline" /> [link](#after) text.', [remarkStripComments], { rehypePlugins: [rehypeRawWhenNeeded] });
    expect(html).toBe('<a name="sc"></a>\n<h2>After</h2>\n<p>Some <a id="inline"></a> <a href="#after">link</a> text.</p>');
  });

  it('places what follows a rewritten anchor in its block as written, and leaves what follows an inline one alone', async () => {
    const markdown = '<p><a name="x"/><a href="gone.md">g</a> <a name="y"/><img src="gone.png"></p>\n\nText <a name="z"/> [link](gone2.md)';
    const { messages } = await render(markdown);
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['links/missing-target', 1, 17],
      ['links/missing-target', 1, 54],
      ['links/missing-target', 3, 20],
    ]);
  });
});

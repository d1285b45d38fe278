import { describe, expect, it } from 'vitest';
import rehypeRawWhenNeeded from '../rehype-raw-when-needed.ts';
import remarkStripComments from '../remark-strip-comments.ts';
import { renderFixture } from './fixture.ts';

describe('remark-strip-comments', () => {
  it('closes an anchor closed as in XHTML, so that it is an empty anchor, not the start of one that holds the rest', async () => {
    const { html } = await renderFixture('<a name="sc"/>\n\n## After\n\nSome <a id="inline" /> [link](#after) text.', [remarkStripComments], { rehypePlugins: [rehypeRawWhenNeeded] });
    expect(html).toBe('<a name="sc"></a>\n<h2>After</h2>\n<p>Some <a id="inline"></a> <a href="#after">link</a> text.</p>');
  });
});

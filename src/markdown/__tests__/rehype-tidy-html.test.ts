import { describe, expect, it } from 'vitest';
import rehypeRawWhenNeeded from '../rehype-raw-when-needed.ts';
import rehypeTidyHtml from '../rehype-tidy-html.ts';
import { renderFixture } from './fixture.ts';

describe('rehype-tidy-html', () => {
  it('makes an H1 in the content an H2 (the page title is the one H1) and drops links with nothing in them', async () => {
    const { html } = await renderFixture('<h1>Documentation and resources</h1>\n\n<ul><li><a href="#home"></a><a href="#x"><img src="i.png" alt="Icon"></a> <a href="#y">Text</a></li></ul>', [], { rehypePlugins: [rehypeRawWhenNeeded, rehypeTidyHtml] });
    expect(html).toBe('<h2>Documentation and resources</h2>\n<ul><li><a href="#x"><img src="i.png" alt="Icon"></a> <a href="#y">Text</a></li></ul>');
  });

  it('keeps an empty anchor that names a place links lead to, as a target only', async () => {
    const { html } = await renderFixture('<a name="bkmk-setup"></a> <a id="set-up"></a>\n## Set up\n\n<p><a id="legacy"></a><a href="#z" id="both"></a>Text</p>', [], { rehypePlugins: [rehypeRawWhenNeeded, rehypeTidyHtml] });
    // A paragraph of anchors alone gives way to them: no empty paragraph before the heading.
    expect(html).toBe('<a name="bkmk-setup"></a><a id="set-up"></a>\n<h2>Set up</h2>\n<p><a id="legacy"></a><a id="both"></a>Text</p>');
  });

  it('drops an anchor with an empty name, and ends a heading\'s words where its text ends, before an anchor', async () => {
    const { html } = await renderFixture('## Setup steps <a id="s2"></a>\n\n## Icon <img src="i.png" alt="i">\n\nText <a name=""></a>', [], { rehypePlugins: [rehypeRawWhenNeeded, rehypeTidyHtml] });
    expect(html).toBe('<h2>Setup steps<a id="s2"></a></h2>\n<h2>Icon <img src="i.png" alt="i"></h2>\n<p>Text </p>');
  });

  it('makes an empty header cell an ordinary cell', async () => {
    const { html } = await renderFixture('<table><tr><th></th><th>Microsoft will:</th></tr></table>', [], { rehypePlugins: [rehypeRawWhenNeeded, rehypeTidyHtml] });
    expect(html).toBe('<table><tbody><tr><td></td><th>Microsoft will:</th></tr></tbody></table>');
  });
});

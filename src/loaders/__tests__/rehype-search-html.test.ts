import { describe, expect, it } from 'vitest';
import rehypeRawWhenNeeded from '../../markdown/rehype-raw-when-needed.ts';
import { renderFixture } from '../../markdown/__tests__/fixture.ts';
import rehypeSearchHtml from '../rehype-search-html.ts';

const searchHtml = async (markdown: string) => (await renderFixture(markdown, [], { rehypePlugins: [rehypeRawWhenNeeded, rehypeSearchHtml] })).file.data.searchHtml;

describe('rehype-search-html', () => {
  it('keeps the cells, rows and items of raw HTML apart, and the words of a line together', async () => {
    const html = await searchHtml('<table><tr><th>Update type</th><th>Test ring</th></tr><tr><td>Quality<br>updates</td><td>0 <b>da</b>ys</td></tr></table>\n\n<ul><li>One</li><li>Two</li></ul>');
    expect(html).toBe(
      '\n<table>\n<tbody>\n<tr>\n<th>Update type</th>\n\n<th>Test ring</th>\n</tr>\n\n<tr>\n<td>Quality<br>\nupdates</td>\n\n<td>0 <b>da</b>ys</td>\n</tr>\n</tbody>\n</table>\n\n\n' +
        '<ul>\n<li>One</li>\n\n<li>Two</li>\n</ul>\n',
    );
  });

  it('leaves out responsibility tables, counterpart disclosures and heading anchors', async () => {
    const html = await searchHtml(
      '<h2 id="a">Setup<a class="heading-anchor" href="#a">#</a></h2><div class="table-scroll"><table class="duty-table"><tr><td>x</td></tr></table></div><div>Text<details class="counterpart"><summary>Your part</summary></details></div>',
    );
    expect(html).toBe('\n<h2 id="a">Setup</h2>\n\n<div>Text</div>\n');
  });
});

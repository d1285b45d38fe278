import { describe, expect, it } from 'vitest';
import { parse, render } from './render.ts';

describe('pipeline', () => {
  it('gives headings ids and collects them', async () => {
    const { html, headings } = await render("## Microsoft's roles\n\n### Details");
    expect(html).toContain('<h2 id="microsofts-roles">');
    expect(headings).toEqual([
      { depth: 2, slug: 'microsofts-roles', text: "Microsoft's roles" },
      { depth: 3, slug: 'details', text: 'Details' },
    ]);
  });

  it('lists every id on the page, and the names of <a name> anchors, as the parts a link can lead to', async () => {
    const { file } = await render('## Set up\n\n<a name="legacy-name"></a>Old anchor.\n\n<p><span id="note">Note</span></p>\n\n## Set up');
    expect(file.data.anchors).toEqual(['set-up', 'legacy-name', 'note', 'set-up-1']);
    // An anchor that ends a heading does not end its id with "-".
    expect((await render('## Setup steps <a id="s2"></a>')).headings).toEqual([{ depth: 2, slug: 'setup-steps', text: 'Setup steps' }]);
  });

  it('wraps tables in a focusable scroll region', async () => {
    const { html } = await render('a | b\n--- | ---\n1 | 2');
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Table 1"><table>');
  });

  it('takes the leading # heading out of the body as the page title', async () => {
    const { tree, file } = await parse('---\ntitle: T\n---\n\n# Page title\n\nBody');
    expect(file.data.titleHeading).toBe('Page title');
    expect(tree.children.some((n) => n.type === 'heading')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { render } from './render.ts';

const table = (cell: string) => `Role | Description\n--- | ---\nApps | ${cell}\n`;

describe('remark-table-cell-blocks', () => {
  it('leaves a cell without <br> as it is', async () => {
    const { html } = await render(table('Plain text.'));
    expect(html).toContain('<td>Plain text.</td>');
  });

  it('turns <br>- runs into a bullet list', async () => {
    const { html } = await render(table('Includes:<br>- Email<br>- Mailboxes<br><br>Then more.'));
    expect(html).toMatch(/<td><p>Includes:<\/p><ul>\s*<li>Email<\/li>\s*<li>Mailboxes<\/li>\s*<\/ul><p>Then more.<\/p><\/td>/);
    expect(html).not.toMatch(/&#x3C;br|&lt;br/);
  });

  it('turns <br><br> into paragraphs and a single <br> into a line break', async () => {
    const { html } = await render(table('One<br>two<br><br>Three'));
    expect(html).toContain('<p>One<br>\ntwo</p><p>Three</p>');
  });

  it('keeps inline formatting and links inside list items', async () => {
    const { html } = await render(table('See:<br>- **bold** and [link](https://example.com)'));
    expect(html).toContain('<li><strong>bold</strong> and <a href="https://example.com">link</a></li>');
  });

  it('accepts <br/> and <BR /> spellings', async () => {
    const { html } = await render(table('a<br/>b<BR />c'));
    expect(html).toContain('<p>a<br>\nb<br>\nc</p>');
  });
});

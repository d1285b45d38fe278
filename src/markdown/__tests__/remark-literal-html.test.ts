import { describe, expect, it } from 'vitest';
import { isLiteralPlaceholder } from '../remark-literal-html.ts';
import { render } from './render.ts';

describe('remark-literal-html', () => {
  it('tells placeholders from HTML tags', () => {
    expect(isLiteralPlaceholder('<tenant>')).toBe(true);
    expect(isLiteralPlaceholder('<your-domain>')).toBe(true);
    expect(isLiteralPlaceholder('<br>')).toBe(false);
    expect(isLiteralPlaceholder('<a href="x">')).toBe(false);
    expect(isLiteralPlaceholder('<!-- comment -->')).toBe(false);
  });

  it('shows an inline placeholder as text', async () => {
    const { html } = await render('Sign in at https://<tenant>.sharepoint.com today.');
    expect(html).toContain('&#x3C;tenant>');
    expect(html).not.toContain('<tenant>');
  });

  it('shows a placeholder inside a table cell as text', async () => {
    const { html } = await render('a | b\n--- | ---\nx | <tenant>.onmicrosoft.com<br>other');
    expect(html).toContain('&#x3C;tenant>.onmicrosoft.com');
  });

  it('keeps a placeholder that stands alone on a line', async () => {
    const { html } = await render('Before\n\n<tenant>\n\nAfter');
    expect(html).toContain('&#x3C;tenant>');
  });
});

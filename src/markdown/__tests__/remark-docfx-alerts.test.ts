import { describe, expect, it } from 'vitest';
import { render } from './render.ts';

describe('remark-docfx-alerts', () => {
  it.each([
    ['NOTE', 'Note'],
    ['TIP', 'Tip'],
    ['IMPORTANT', 'Important'],
    ['WARNING', 'Warning'],
    ['CAUTION', 'Caution'],
  ])('renders [!%s] as a labelled callout', async (kind, label) => {
    const { html } = await render(`> [!${kind}]\n> Read this first.`);
    expect(html).toContain(`<div class="callout callout-${kind.toLowerCase()}" role="note">`);
    expect(html).toContain(`<p class="callout-title">${label}</p>`);
    expect(html).toContain('Read this first.');
    expect(html).not.toContain(`[!${kind}]`);
  });

  it('accepts the marker without a space after >', async () => {
    const { html } = await render('>[!NOTE]\n>Do not remove the user.');
    expect(html).toContain('callout-note');
    expect(html).toContain('Do not remove the user.');
  });

  it('leaves an ordinary quote alone', async () => {
    const { html } = await render('> Just a quote.');
    expect(html).toContain('<blockquote>');
    expect(html).not.toContain('callout');
  });
});

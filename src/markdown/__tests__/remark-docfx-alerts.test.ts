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

describe('remark-docfx-alerts: a marker on a later line of a quote', () => {
  const note = '<div class="callout callout-note" role="note">\n<p class="callout-title">Note</p>\n';
  const tip = '<div class="callout callout-tip" role="note">\n<p class="callout-title">Tip</p>\n';

  it('starts a new alert, as in DocFX: a note, then a tip', async () => {
    const { html, messages, tree } = await render('> [!NOTE]\n> Note text.\n> [!TIP]\n> Tip text.');
    expect(html).toBe(`${note}<p>Note text.</p>\n</div>\n${tip}<p>Tip text.</p>\n</div>`);
    expect(messages).toEqual([]);
    // The tip starts at its marker, as written (for messages about its content).
    expect(tree.children.map((quote) => [quote.position?.start, quote.position?.end])).toEqual([
      [
        { line: 1, column: 1, offset: 0 },
        { line: 2, column: 13, offset: 22 },
      ],
      [
        { line: 3, column: 3, offset: 25 },
        { line: 4, column: 12, offset: 43 },
      ],
    ]);
  });

  it('after an empty quote line, after inline markup, indented, and in a nested quote', async () => {
    const { html, messages } = await render('> [!NOTE]\n> Note *text*.\n>   [!TIP]\n> Tip.\n>\n> More tip.\n>\n> [!WARNING]\n> > [!NOTE]\n> > Inner.\n> > [!CAUTION]\n> > Careful.');
    expect(html).toBe(
      `${note}<p>Note <em>text</em>.</p>\n</div>\n${tip}<p>Tip.</p>\n<p>More tip.</p>\n</div>\n` +
        '<div class="callout callout-warning" role="note">\n<p class="callout-title">Warning</p>\n' +
        `${note}<p>Inner.</p>\n</div>\n<div class="callout callout-caution" role="note">\n<p class="callout-title">Caution</p>\n<p>Careful.</p>\n</div>\n</div>`,
    );
    expect(messages).toEqual([]);
  });

  it('after a plain quote: the quote, then the alert', async () => {
    const { html } = await render('> Quoted.\n> [!TIP]\n> Tip.');
    expect(html).toBe(`<blockquote>\n<p>Quoted.</p>\n</blockquote>\n${tip}<p>Tip.</p>\n</div>`);
  });

  it('is text within a line or in code', async () => {
    const { html, messages } = await render('> [!NOTE]\n> Write [!TIP] on its own line.\n>\n> ```\n> [!TIP]\n> ```');
    expect(html).toBe(`${note}<p>Write [!TIP] on its own line.</p>\n<pre><code>[!TIP]\n</code></pre>\n</div>`);
    expect(messages).toEqual([]);
  });
});

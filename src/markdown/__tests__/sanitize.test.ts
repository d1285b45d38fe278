import { describe, expect, it } from 'vitest';
import { render } from './render.ts';

describe('raw HTML sanitizing', () => {
  it('removes scripts, event handlers and javascript: URLs', async () => {
    const { html } = await render(
      '<div class="card" onclick="steal()"><script>alert(1)</script><a href="javascript:alert(1)">x</a><img src="x.png" onerror="bad()"></div>',
    );
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:/i);
    expect(html).toContain('class="card"');
  });

  it('hides HTML comments', async () => {
    const { html } = await render('Visible\n\n<!-- secret note -->\n\nAlso visible');
    expect(html).not.toContain('secret note');
    expect(html).toContain('Also visible');
  });

  it('keeps author ids so their #links work', async () => {
    const { html } = await render('<a href="#home">Home</a>\n\n<ul id="home"><li>x</li></ul>');
    expect(html).toContain('id="home"');
  });
});

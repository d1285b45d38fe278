import { describe, expect, it } from 'vitest';
import remarkLearnTabs from '../learn/remark-learn-tabs.ts';
import { renderFixture } from './fixture.ts';

describe('tabs', () => {
  it('a run of tab headings up to --- is one tab set: every panel under its title', async () => {
    const { html, file } = await renderFixture('# [Bash](#tab/bash)\n\nRun `ls`.\n\n# [PowerShell](#tab/ps)\n\nRun `dir`.\n\n---\n\nAfter.', [remarkLearnTabs]);
    expect(html).toBe(
      '<div class="tabs" data-tab-set=""><section class="tab-panel" data-tab="bash" aria-labelledby="tabs-0-0"><p class="tab-title" id="tabs-0-0">Bash</p><p>Run <code>ls</code>.</p></section><section class="tab-panel" data-tab="ps" aria-labelledby="tabs-0-1"><p class="tab-title" id="tabs-0-1">PowerShell</p><p>Run <code>dir</code>.</p></section></div>\n<p>After.</p>',
    );
    expect(file.data.learnTabs).toBe(true);
  });

  it('keeps dependent tab ids whole, and leaves ordinary headings and links alone', async () => {
    const { html } = await renderFixture('## [Windows](#tab/windows/cmd)\n\nA.\n\n---\n\n## [Heading](#section)', [remarkLearnTabs]);
    expect(html).toBe(
      '<div class="tabs" data-tab-set=""><section class="tab-panel" data-tab="windows/cmd" aria-labelledby="tabs-0-0"><p class="tab-title" id="tabs-0-0">Windows</p><p>A.</p></section></div>\n<h2><a href="#section">Heading</a></h2>',
    );
  });
});

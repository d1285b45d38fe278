import { describe, expect, it } from 'vitest';
import remarkLearnDiv from '../learn/remark-learn-div.ts';
import { renderFixture } from './fixture.ts';

const run = (markdown: string) => renderFixture(markdown, [remarkLearnDiv]);

describe('[!div] and [!VIDEO]', () => {
  it('a next-step action: a div of that class around the link', async () => {
    expect((await run('> [!div class="nextstepaction"]\n> [Next step](next.md)')).html).toBe('<div class="nextstepaction">\n<p><a href="next.md">Next step</a></p>\n</div>');
  });

  it('a checklist: a div of that class around the list', async () => {
    expect((await run('> [!div class="checklist"]\n> * One\n> * Two')).html).toBe('<div class="checklist">\n<ul>\n<li>One</li>\n<li>Two</li>\n</ul>\n</div>');
  });

  it('a video: a link to it, never an embedded frame', async () => {
    const expected = '<p class="learn-video"><a href="https://learn.microsoft.com/video">Watch the video</a></p>';
    expect((await run('> [!VIDEO https://learn.microsoft.com/video]')).html).toBe(expected);
    expect((await run('[!VIDEO https://learn.microsoft.com/video]')).html).toBe(expected);
  });

  it('another [!WORD] is a warning naming it, shown as written; alerts and includes are not', async () => {
    const { html, messages } = await run('[!WIDGET something]\n\n> [!NOTE]\n> A note.');
    expect(html).toBe('<p>[!WIDGET something]</p>\n<blockquote>\n<p>[!NOTE]\nA note.</p>\n</blockquote>');
    expect(messages.map((m) => [m.line, m.column, m.rule, m.severity])).toEqual([[1, 1, 'learn/unknown-extension', 'warning']]);
  });
});

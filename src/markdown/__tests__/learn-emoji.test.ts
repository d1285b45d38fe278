import { describe, expect, it } from 'vitest';
import remarkLearnEmoji from '../learn/remark-learn-emoji.ts';
import { renderFixture } from './fixture.ts';

describe('emoji shortcodes', () => {
  it('check marks and crosses: the symbols, named Yes and No', async () => {
    const { html } = await renderFixture('| Task | You | Microsoft |\n|---|---|---|\n| A | :heavy_check_mark: | :x: |', [remarkLearnEmoji]);
    expect(html).toBe(
      '<table>\n<thead>\n<tr>\n<th>Task</th>\n<th>You</th>\n<th>Microsoft</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>A</td>\n<td><span class="emoji" role="img" aria-label="Yes">✔️</span></td>\n<td><span class="emoji" role="img" aria-label="No">❌</span></td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it('others: named by their description; unknown words and code left alone', async () => {
    const { html } = await renderFixture('Done :tada: and :notanemoji: and `:x:`', [remarkLearnEmoji]);
    expect(html).toBe('<p>Done <span class="emoji" role="img" aria-label="party popper">🎉</span> and :notanemoji: and <code>:x:</code></p>');
  });
});

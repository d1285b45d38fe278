/**
 * Emoji shortcodes (`:heavy_check_mark:`, `:x:`, `:warning:`…) as the symbols
 * GitHub and Learn show, from gemoji's list. Each is an image to assistive
 * technology, with a name: "Yes" and "No" for check marks and crosses (what
 * they mean in a task matrix), else the emoji's own description. The symbol
 * stays the element's text, so that readers of the tree (the task matrix)
 * see it. Unknown `:words:` and code are left alone.
 */
import { gemoji } from 'gemoji';
import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Plugin } from 'unified';
import { NO_SHORTCODES, YES_SHORTCODES } from './check-marks.ts';

const byName = new Map(gemoji.flatMap((entry) => entry.names.map((name) => [name, entry] as const)));
const YES = new Set(YES_SHORTCODES);
const NO = new Set(NO_SHORTCODES);
const SHORTCODE = /:([a-z0-9_+-]+):/g;

export function emojiLabel(name: string): string | undefined {
  if (YES.has(name)) return 'Yes';
  if (NO.has(name)) return 'No';
  return byName.get(name)?.description;
}

const remarkLearnEmoji: Plugin<[], Root> = () => (tree, file) => {
  if (!file.data.includedFiles && !/:[a-z0-9_+-]+:/.test(String(file.value))) return;
  findAndReplace(tree, [
    SHORTCODE,
    (whole: string, name: string) => {
      const entry = byName.get(name);
      if (!entry) return false;
      return {
        type: 'learnElement',
        data: { hName: 'span', hProperties: { className: ['emoji'], role: 'img', ariaLabel: emojiLabel(name) } },
        children: [{ type: 'text', value: entry.emoji }],
      } as never;
    },
  ]);
};

export default remarkLearnEmoji;

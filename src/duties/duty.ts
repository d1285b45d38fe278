/** A duty: one row of a role table, as typed data. */
import { z } from 'astro/zod';

export const ownerSchema = z.enum(['microsoft', 'customer']);

export const dutyBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string().min(1) }),
  z.object({ type: z.literal('list'), items: z.array(z.string().min(1)).min(1) }),
]);

export type DutyBlock = z.output<typeof dutyBlockSchema>;

export const dutyFields = {
  /** `<page id>/<owner>/<name slug>`: duties belong to their page. */
  id: z.string(),
  owner: ownerSchema,
  name: z.string().min(1),
  /** The description cell as paragraphs and bullet lists (from `<br>` and `<br>- `). */
  description: z.array(dutyBlockSchema).min(1),
  /** The docs id of the page the duty is written on. */
  doc: z.string(),
  /** The heading above the role table. */
  section: z.string(),
  /** The id of the duty's table row in the article. */
  anchor: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
};

export type Duty = {
  [K in keyof typeof dutyFields]: z.output<(typeof dutyFields)[K]>;
};

export function descriptionText(blocks: DutyBlock[]): string {
  return blocks.map((b) => (b.type === 'paragraph' ? b.text : b.items.map((i) => `- ${i}`).join('\n'))).join('\n\n');
}

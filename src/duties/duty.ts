/**
 * A duty: one row of a role table, or one checked party of a row of a
 * check-mark task matrix, as typed data.
 */
import { z } from 'astro/zod';

export const ownerSchema = z.enum(['microsoft', 'customer']);

export const dutyBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string().min(1) }),
  z.object({ type: z.literal('list'), items: z.array(z.string().min(1)).min(1) }),
]);

export type DutyBlock = z.output<typeof dutyBlockSchema>;

export const dutyFields = {
  /** `<page id>/<owner>/<slug>`: duties belong to their page. */
  id: z.string(),
  owner: ownerSchema,
  /** `role`: a row of a role table; `task`: a checked party of a task matrix row. */
  kind: z.enum(['role', 'task']),
  name: z.string().min(1),
  /**
   * The description as paragraphs and bullet lists (from `<br>` and `<br>- ` in
   * a role table, or the list inside a task cell). Always there for a role;
   * a task may have none.
   */
  description: z.array(dutyBlockSchema),
  /** The docs id of the page the duty is written on. */
  doc: z.string(),
  /** The heading above the table. */
  section: z.string(),
  /** A task matrix's phase (the heading above it, or a phase row inside it), e.g. "Deploy". */
  phase: z.string().optional(),
  /** For the provider's tasks in a task matrix: the provider as the table names it (e.g. "Windows Autopatch"). */
  provider: z.string().optional(),
  /** The id of the duty's row (or, in a task matrix, its checked cell) in the article. */
  anchor: z.string(),
  /** Where the row is written: the page, or a file the page includes. */
  source: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
};

export const dutySchema = z.object(dutyFields);

export type Duty = z.output<typeof dutySchema>;

export function descriptionText(blocks: DutyBlock[]): string {
  return blocks.map((b) => (b.type === 'paragraph' ? b.text : b.items.map((i) => `- ${i}`).join('\n'))).join('\n\n');
}

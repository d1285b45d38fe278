/**
 * The shape of `changes.json`, published with its JSON Schema
 * (`changes.schema.json`), like duties.json: `before` and `after` are the
 * duty's duties.json records in the previous release and in this one.
 */
import { z } from 'astro/zod';
import { exportRecordSchema } from '../duties/export-record.ts';

export const changesExportSchema = z
  .object({
    since: z.string().describe('The previous release, as SINCE named it: a duties.json file or a git ref'),
    date: z.string().describe("The previous release's date, YYYY-MM-DD"),
    changes: z.array(
      z
        .object({
          kind: z.enum(['added', 'removed', 'renamed', 'moved', 'reworded', 'paired', 'unpaired']),
          before: exportRecordSchema.nullable().describe('The duty in the previous release; null when it is new'),
          after: exportRecordSchema.nullable().describe('The duty in this release; null when it was removed'),
          similarity: z.number().min(0).max(1).optional().describe('For renamed and moved duties: the share of the description kept'),
          moved: z.enum(['owner', 'page', 'owner-and-page']).optional().describe('For moved duties: where to'),
          descriptionDiff: z
            .array(z.object({ text: z.string(), change: z.enum(['kept', 'added', 'removed']) }).strict())
            .optional()
            .describe('Where the description changed, word by word'),
          counterpart: z.string().optional().describe('For paired and unpaired: the id of the other duty of the pair'),
        })
        .strict(),
    ),
  })
  .strict();

export type ChangesExport = z.output<typeof changesExportSchema>;

export function changesJsonSchema(): unknown {
  return {
    $id: 'changes.schema.json',
    title: 'Changes',
    description: 'Which duties were added, removed, renamed, moved, reworded, paired or unpaired since the previous release.',
    ...z.toJSONSchema(changesExportSchema),
  };
}

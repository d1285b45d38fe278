/**
 * The shape of `duties.json` and `duties.csv`, for people who track these
 * duties in their own tools. Its JSON Schema is published as
 * `duties.schema.json`. URLs are site-relative and start with the base path.
 */
import { z } from 'astro/zod';
import { pageUrl } from '../utils/slugs.ts';
import { descriptionText, type Duty, ownerSchema } from './duty.ts';
import { dutyUrl } from './urls.ts';

export const exportRecordSchema = z
  .object({
    id: z.string().describe('Stable id: <page>/<owner>/<duty slug>'),
    owner: ownerSchema.describe('Who carries the duty: microsoft or customer'),
    name: z.string().describe('The duty name, or the task, as written in the table'),
    description: z.string().describe('The description as plain text; paragraphs separated by blank lines, list items start with "- "'),
    section: z.string().describe('The heading above the table'),
    phase: z.string().nullable().describe('The phase of a task matrix duty (e.g. "Deploy"), else null'),
    provider: z.string().nullable().describe('For the provider\'s tasks in a task matrix: the provider as the table names it (e.g. "Windows Autopatch"), else null'),
    doc: z.string().describe('URL of the article the duty is written in'),
    url: z.string().describe("The duty's permalink: its row in the article"),
    anchor: z.string().describe("URL of the duty's row in the article"),
    counterparts: z.array(z.string()).describe('Ids of the duties on the other side that pair with this one'),
  })
  .strict();

export type ExportRecord = z.output<typeof exportRecordSchema>;

export const EXPORT_FIELDS = Object.keys(exportRecordSchema.shape) as (keyof ExportRecord)[];

export function toExportRecord(duty: Duty, counterparts: string[], base: string): ExportRecord {
  const permalink = dutyUrl(base, duty);
  return {
    id: duty.id,
    owner: duty.owner,
    name: duty.name,
    description: descriptionText(duty.description),
    section: duty.section,
    phase: duty.phase ?? null,
    provider: duty.provider ?? null,
    doc: pageUrl(base, duty.doc),
    url: permalink,
    anchor: permalink,
    counterparts,
  };
}

export function exportJsonSchema(): unknown {
  return {
    $id: 'duties.schema.json',
    title: 'Duties',
    description: 'Every row of every role table and every checked party of every task matrix: who does what, Microsoft or the customer.',
    ...z.toJSONSchema(z.array(exportRecordSchema)),
  };
}

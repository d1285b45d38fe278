/**
 * The front matter of a Microsoft Docs page.
 * - `title` is required and not empty;
 * - `description` may be empty;
 * - `keywords` (a comma-separated string or a list) becomes a list;
 * - `ms.date` (MM/DD/YYYY) becomes a Date; an impossible date is an error;
 * - other `ms.*` keys are kept under `ms`, and any other key is kept as is.
 */
import { z } from 'astro/zod';
import { parseMsDate } from '../utils/dates.ts';

const text = z.union([z.string(), z.number()]).transform(String);

const keywords = z
  .union([z.string(), z.array(text), z.null()], { error: 'the keywords must be text (words separated by commas) or a list of words' })
  .optional()
  .transform((value) =>
    (Array.isArray(value) ? value : (value ?? '').split(','))
      .map((k) => k.trim())
      .filter((k) => k !== ''),
  );

const msDate = z.string().transform((value, ctx) => {
  const parsed = parseMsDate(value);
  if (parsed.ok) return parsed.date;
  ctx.addIssue({ code: 'custom', message: `${parsed.reason}; write it as MM/DD/YYYY, e.g. 06/06/2018` });
  return z.NEVER;
});

export const frontMatterSchema = z.looseObject({
  // `title: 2018` is a title too.
  title: z
    .union([z.string(), z.number(), z.boolean()], {
      error: (issue) =>
        issue.input === undefined ? 'a page needs a title: add `title: Your page title` to its front matter' : 'the title must be text, not a list or a map',
    })
    .transform((value) => String(value).trim())
    .pipe(z.string().min(1, 'the title is empty: write the page title after `title:`')),
  description: z
    .string({ error: 'the description must be text, not a list or a map' })
    .nullish()
    .transform((d) => (d ?? '').trim()),
  keywords,
  'ms.date': msDate.optional(),
});

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** The page data the docs collection stores. */
export const docSchema = z.object({
  title: z.string(),
  description: z.string(),
  keywords: z.array(z.string()),
  date: z.date().optional(),
  /** Every `ms.*` key but `ms.date`, without the `ms.` prefix. */
  ms: z.record(z.string(), z.string()),
  /** The text of the page's own `# Heading`, shown as its title on the page. */
  heading: z.string().optional(),
  /** The page's path in the content root. */
  sourcePath: z.string(),
  layout: z.string().optional(),
});

export type DocData = z.output<typeof docSchema>;

export function toDocData(frontMatter: FrontMatter, extra: { heading?: string; sourcePath: string }): DocData {
  const ms: Record<string, string> = {};
  for (const [key, value] of Object.entries(frontMatter)) {
    if (key.startsWith('ms.') && key !== 'ms.date' && value != null) ms[key.slice(3)] = String(value);
  }
  return {
    title: frontMatter.title,
    description: frontMatter.description,
    keywords: frontMatter.keywords,
    date: frontMatter['ms.date'],
    ms,
    ...(extra.heading ? { heading: extra.heading } : {}),
    sourcePath: extra.sourcePath,
    ...(typeof frontMatter.layout === 'string' ? { layout: frontMatter.layout } : {}),
  };
}

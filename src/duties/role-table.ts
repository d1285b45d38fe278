/**
 * Recognises role tables and their owners. A role table is a two-column table
 * whose header reads like "Role or responsibility | Description" (typos such
 * as the seed's "Role or reponsibility" included). Its owner comes from the
 * heading above it, through OWNER_HEADINGS in src/config.ts.
 */
import { distance } from 'fastest-levenshtein';
import { OWNER_HEADINGS, type Owner } from '../config.ts';

const ROLE_HEADER = 'role or responsibility';
const DESCRIPTION_HEADER = 'description';

export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[‘’`´]/g, "'").replace(/\s+/g, ' ').trim();
}

export type HeaderMatch = 'exact' | 'misspelt' | undefined;

/** Whether a table header is a role table's, and whether it is spelt right. */
export function matchRoleHeader(cells: string[]): HeaderMatch {
  if (cells.length !== 2) return undefined;
  const [first, second] = cells.map(normalizeText);
  if (distance(second, DESCRIPTION_HEADER) > 2) return undefined;
  if (first === ROLE_HEADER || first === 'roles and responsibilities') return 'exact';
  if (distance(first, ROLE_HEADER) <= 4) return 'misspelt';
  return undefined;
}

export function ownerOfHeading(heading: string, headings: Record<Owner, string[]> = OWNER_HEADINGS): Owner | undefined {
  const text = normalizeText(heading);
  for (const [owner, names] of Object.entries(headings) as [Owner, string[]][]) {
    if (names.some((name) => normalizeText(name) === text)) return owner;
  }
  return undefined;
}

const PLACEHOLDER = /\((?:link )?to be added\)|\bTODO\b|\bTBD\b|\bTBA\b|\bXXX\b|lorem ipsum/i;

export function findPlaceholder(text: string): string | undefined {
  return PLACEHOLDER.exec(text)?.[0];
}

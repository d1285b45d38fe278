/**
 * Words for YAML nodes in messages to authors, shared by every reader of
 * YAML content (front matter, toc.yml, Learn landing pages).
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';

/** Whether a node is absent or written empty (`key:` with nothing after it). */
export const isEmptyYaml = (node: unknown) => node === undefined || node === null || (isScalar(node) && node.value === null);

/** What a YAML node is, for a message: `a list`, `the number 7`, `the text "x"`… */
export function describeYaml(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isAlias(node)) return `an alias (*${node.source})`;
  const value = isScalar(node) ? node.value : node;
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${isScalar(node) ? (node.source ?? value) : value}`;
  return `the value ${String(isScalar(node) ? (node.source ?? value) : value)}`;
}

/** A YAML parser message's own text, without the place it appends (` at line 2, column 9:`): messages give the place apart. */
export function yamlErrorText(message: string): string {
  return message.split('\n')[0].replace(/\s+at line \d+, column \d+:?\s*$/, '');
}

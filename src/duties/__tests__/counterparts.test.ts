import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { automaticPairs, counterpartsById, pairsOfPage, readCounterpartsFile, suggestions } from '../counterparts.ts';
import type { Duty } from '../duty.ts';
import { articleMatrix } from '../matrix.ts';

const duty = (doc: string, owner: Duty['owner'], name: string, line: number): Duty => ({
  id: `${doc}/${owner}/${name.toLowerCase().replace(/\s+/g, '-')}`,
  owner,
  kind: 'role',
  name,
  description: [{ type: 'paragraph', text: 'x' }],
  doc,
  section: '',
  anchor: '',
  source: `${doc}.md`,
  line,
  column: 1,
});

/** Reads counterparts.yaml and matches its entries for `roles.md` to that page's duties. */
function declared(yaml: string) {
  const file = new VFile({ path: 'counterparts.yaml' });
  const declarations = readCounterpartsFile(yaml, file, pages);
  const pairs = pairsOfPage(duties.filter((d) => d.doc === 'roles'), declarations.filter((d) => d.pageId === 'roles'), file);
  return { file, pairs };
}

const duties = [
  duty('roles', 'microsoft', 'End user support', 1),
  duty('roles', 'microsoft', 'Security monitoring', 2),
  duty('roles', 'microsoft', 'Account Manager', 3),
  duty('roles', 'customer', 'End user support', 10),
  duty('roles', 'customer', 'Security monitoring and response', 11),
  duty('roles', 'customer', 'Printing', 12),
  duty('other', 'customer', 'End user support', 1),
];
const pages = new Map([['roles', 'roles.md'], ['other', 'other.md']]);

describe('counterparts', () => {
  it('pairs duties of the same name on both sides of one page only', () => {
    expect(automaticPairs(duties)).toEqual([
      { microsoft: 'roles/microsoft/end-user-support', customer: 'roles/customer/end-user-support', reason: '', declared: false },
    ]);
  });

  it('resolves declared pairs by page and name', () => {
    const { file, pairs } = declared('- page: roles.md\n  microsoft: security monitoring\n  customer: Security monitoring and response\n  reason: Why.\n');
    expect(file.messages).toEqual([]);
    expect(pairs.filter((p) => p.declared)).toEqual([
      { microsoft: 'roles/microsoft/security-monitoring', customer: 'roles/customer/security-monitoring-and-response', reason: 'Why.', declared: true },
    ]);
  });

  it('fails on a name that does not exist, at its line, suggesting the closest names', () => {
    const { file } = declared('- page: roles.md\n  microsoft: Security monitor\n  customer: Printing\n');
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]).toMatchObject({ ruleId: 'counterparts/unknown-duty', fatal: true, line: 2, column: 14 });
    expect(file.messages[0].note).toMatch(/^did you mean "Security monitoring"/);
  });

  it('fails on an unknown page, suggesting the closest', () => {
    const { file } = declared('- page: role.md\n  microsoft: A\n  customer: B\n');
    expect(file.messages[0]).toMatchObject({ ruleId: 'counterparts/unknown-page', line: 1, column: 9, note: 'did you mean roles.md?' });
  });

  it('links counterparts both ways', () => {
    const map = counterpartsById(automaticPairs(duties));
    expect(map.get('roles/microsoft/end-user-support')).toEqual(['roles/customer/end-user-support']);
    expect(map.get('roles/customer/end-user-support')).toEqual(['roles/microsoft/end-user-support']);
  });

  it('suggests by edit distance', () => {
    expect(suggestions('Hardwar', ['Apps', 'Hardware', 'Printing'], 1)).toEqual(['Hardware']);
  });
});

describe('matrix', () => {
  it('puts pairs side by side and the rest under "only"', () => {
    const pairs = [...automaticPairs(duties), { microsoft: 'roles/microsoft/security-monitoring', customer: 'roles/customer/security-monitoring-and-response', reason: 'Why.' }];
    const roles = articleMatrix(duties.filter((d) => d.doc === 'roles'), pairs);
    const other = articleMatrix(duties.filter((d) => d.doc === 'other'), []);
    expect(roles.rows.map((r) => [r.microsoft.map((d) => d.name), r.customer.map((d) => d.name)])).toEqual([
      [['End user support'], ['End user support']],
      [['Security monitoring'], ['Security monitoring and response']],
    ]);
    expect(roles.rows.map((r) => r.reasons)).toEqual([[], ['Why.']]);
    expect(roles.microsoftOnly.map((d) => d.name)).toEqual(['Account Manager']);
    expect(roles.customerOnly.map((d) => d.name)).toEqual(['Printing']);
    expect(other.customerOnly.map((d) => d.name)).toEqual(['End user support']);
  });
});

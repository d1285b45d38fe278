import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { automaticPairs, counterpartsById, declaredPairs, suggestions } from '../counterparts.ts';
import type { Duty } from '../duty.ts';
import { buildMatrix } from '../matrix.ts';

const duty = (doc: string, owner: Duty['owner'], name: string, line: number): Duty => ({
  id: `${doc}/${owner}/${name.toLowerCase().replace(/\s+/g, '-')}`,
  owner,
  name,
  description: [{ type: 'paragraph', text: 'x' }],
  doc,
  section: '',
  anchor: '',
  line,
  column: 1,
});

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
    const file = new VFile({ path: 'counterparts.yaml' });
    const pairs = declaredPairs('- page: roles.md\n  microsoft: security monitoring\n  customer: Security monitoring and response\n  reason: Why.\n', file, duties, pages);
    expect(file.messages).toEqual([]);
    expect(pairs).toEqual([
      { microsoft: 'roles/microsoft/security-monitoring', customer: 'roles/customer/security-monitoring-and-response', reason: 'Why.', declared: true },
    ]);
  });

  it('fails on a name that does not exist, at its line, suggesting the closest names', () => {
    const file = new VFile({ path: 'counterparts.yaml' });
    declaredPairs('- page: roles.md\n  microsoft: Security monitor\n  customer: Printing\n', file, duties, pages);
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]).toMatchObject({ ruleId: 'counterparts/unknown-duty', fatal: true, line: 2, column: 14 });
    expect(file.messages[0].note).toMatch(/^did you mean "Security monitoring"/);
  });

  it('fails on an unknown page, suggesting the closest', () => {
    const file = new VFile({ path: 'counterparts.yaml' });
    declaredPairs('- page: role.md\n  microsoft: A\n  customer: B\n', file, duties, pages);
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
    const pairs = [...automaticPairs(duties), { microsoft: 'roles/microsoft/security-monitoring', customer: 'roles/customer/security-monitoring-and-response' }];
    const [roles, other] = buildMatrix(duties, pairs);
    expect(roles.rows.map((r) => [r.microsoft.map((d) => d.name), r.customer.map((d) => d.name)])).toEqual([
      [['End user support'], ['End user support']],
      [['Security monitoring'], ['Security monitoring and response']],
    ]);
    expect(roles.microsoftOnly.map((d) => d.name)).toEqual(['Account Manager']);
    expect(roles.customerOnly.map((d) => d.name)).toEqual(['Printing']);
    expect(other.customerOnly.map((d) => d.name)).toEqual(['End user support']);
  });
});

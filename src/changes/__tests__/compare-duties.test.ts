import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '../../duties/export-record.ts';
import { compareDuties, normalName, similarity } from '../compare-duties.ts';

const slug = (name: string) => normalName(name).replace(/ /g, '-');
function duty(doc: string, owner: 'microsoft' | 'customer', name: string, description: string, counterparts: string[] = []): ExportRecord {
  const id = `${doc}/${owner}/${slug(name)}`;
  return { id, owner, name, description, section: owner, phase: null, provider: null, doc: `/${doc}/`, url: `/${doc}/#duty-${owner}-${slug(name)}`, anchor: `/${doc}/#duty-${owner}-${slug(name)}`, counterparts };
}

describe('compareDuties', () => {
  it('names every kind of change in a hand-checked pair of releases', () => {
    const before = [
      duty('roles', 'microsoft', 'Device procurement', 'Microsoft orders devices and ships them to your users.', ['roles/customer/hardware']),
      duty('roles', 'microsoft', 'Printing', 'Microsoft keeps print queues running for every office.'),
      duty('roles', 'microsoft', 'Fax machines', 'Microsoft repairs the fax machines in the main office.'),
      duty('roles', 'microsoft', 'Security monitoring', 'Microsoft watches alerts from Windows Defender around the clock.'),
      duty('roles', 'customer', 'Hardware', 'You buy the devices from an approved vendor.', ['roles/microsoft/device-procurement']),
      duty('roles', 'customer', 'Apps', 'You package and test your line of business apps.'),
      duty('roles', 'customer', 'Mobile devices', 'You manage phones and tablets with Intune policies today.'),
      duty('roles', 'customer', 'Network', 'You run the network, including the VPN and the proxies.'),
    ];
    const after = [
      // Swapped in order with the next: no change.
      duty('roles', 'microsoft', 'Printing', 'Microsoft keeps print queues running for every office.'),
      duty('roles', 'microsoft', 'Device Procurement.', 'Microsoft orders devices and ships them to your users.'),
      duty('roles', 'microsoft', 'Threat monitoring', 'Microsoft watches alerts from Windows Defender around the clock, and responds.'),
      duty('roles', 'customer', 'Hardware', 'You buy the devices from an approved vendor of your choice.'),
      duty('roles', 'customer', 'Apps', 'You package and test your line of business apps.', ['roles/microsoft/printing']),
      duty('roles', 'microsoft', 'Network', 'You run the network, including the VPN and the proxies.'),
      duty('devices', 'customer', 'Mobile devices', 'You manage phones and tablets with Intune policies today.'),
      duty('roles', 'customer', 'Backups', 'You keep backups of the files users keep on their devices.'),
    ];
    after[0].counterparts = ['roles/customer/apps'];
    const changes = compareDuties(before, after).map((c) => [c.kind, c.before?.name ?? null, c.after?.name ?? null, c.moved ?? c.counterpart ?? null]);
    expect(changes).toEqual([
      ['renamed', 'Device procurement', 'Device Procurement.', null],
      ['reworded', 'Hardware', 'Hardware', null],
      // Matched best first: the same name and text, then the same name, then alike text.
      ['moved', 'Mobile devices', 'Mobile devices', 'page'],
      ['moved', 'Network', 'Network', 'owner'],
      ['renamed', 'Security monitoring', 'Threat monitoring', null],
      ['removed', 'Fax machines', null, null],
      ['added', null, 'Backups', null],
      // A pair is named by its first duty in id order.
      ['paired', 'Apps', 'Apps', 'roles/microsoft/printing'],
      ['unpaired', 'Hardware', 'Hardware', 'roles/microsoft/device-procurement'],
    ]);
    const reworded = compareDuties(before, after).find((c) => c.kind === 'reworded')!;
    expect(reworded.descriptionDiff?.filter((p) => p.change !== 'kept').map((p) => [p.change, p.text.trim()])).toEqual([
      ['added', 'of your choice'],
    ]);
  });

  it('reports nothing for the same duties in another order', () => {
    const a = [duty('p', 'microsoft', 'A', 'one two three'), duty('p', 'customer', 'B', 'four five six')];
    expect(compareDuties(a, [...a].reverse())).toEqual([]);
  });

  it('reports a whole page added or removed as additions or removals', () => {
    const page = [duty('p', 'microsoft', 'A', 'one two three'), duty('p', 'customer', 'B', 'four five six')];
    expect(compareDuties([], page).map((c) => c.kind)).toEqual(['added', 'added']);
    expect(compareDuties(page, []).map((c) => c.kind)).toEqual(['removed', 'removed']);
  });
});

describe('similarity', () => {
  it('is the share of the longer text kept in order', () => {
    expect(similarity('a b c d', 'a b c d')).toBe(1);
    expect(similarity('a b c d', 'a b x y')).toBe(0.5);
    expect(similarity('', '')).toBe(1);
  });
});

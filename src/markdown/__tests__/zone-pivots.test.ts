import remarkFrontmatter from 'remark-frontmatter';
import { describe, expect, it } from 'vitest';
import remarkLearnBlocks from '../learn/remark-learn-blocks.ts';
import remarkLearnSource from '../learn/remark-learn-source.ts';
import { renderFixture } from './fixture.ts';

const GROUPS = `### YamlMime:ZonePivotGroups
groups:
- id: cli-windows-installation-method
  title: Azure CLI installation method for Windows
  prompt: Choose an installation method
  pivots:
    - id: msi
      title: Microsoft Installer (MSI)
    - id: msi-powershell
      title: Microsoft Installer (MSI) with PowerShell
- id: other-group
  title: Other
  pivots:
    - id: zip
      title: ZIP Package
`;

const run = (markdown: string, files: Record<string, string> = { 'zone-pivot-groups.yml': GROUPS }) =>
  renderFixture(markdown, [remarkLearnSource, [remarkFrontmatter, ['yaml']], [remarkLearnBlocks, { readFile: (p: string) => files[p] }]]);

const page = (front: string, body: string) => `---\ntitle: T\n${front}---\n\n${body}`;

describe('zone labels: pivot titles from zone-pivot-groups.yml', () => {
  it("labels a zone with its pivots' titles from the page's groups, and records the file read", async () => {
    const { html, messages, file } = await run(page('zone_pivot_groups: cli-windows-installation-method\n', '::: zone pivot="msi,msi-powershell"\n\nRun it.\n\n::: zone-end'));
    expect(html).toBe(
      '<section class="learn-zone" aria-label="Pivot: Microsoft Installer (MSI), Microsoft Installer (MSI) with PowerShell">' +
        '<p class="learn-zone-label">Pivot: Microsoft Installer (MSI), Microsoft Installer (MSI) with PowerShell</p><p>Run it.</p></section>',
    );
    expect(messages).toEqual([]);
    expect(file.data.readFiles).toEqual(['zone-pivot-groups.yml']);
  });

  it('reads the file zone_pivot_group_filename names when it is in the content root (also as .yml)', async () => {
    const { html } = await run(page('zone_pivot_groups: other-group\nzone_pivot_group_filename: azure/zone-pivot-groups.json\n', '::: zone pivot="zip"\n\nUnzip.\n\n::: zone-end'), {
      'azure/zone-pivot-groups.yml': GROUPS,
    });
    expect(html).toContain('<p class="learn-zone-label">Pivot: ZIP Package</p>');
  });

  it("a pivot not in the page's groups: a warning at its zone, labelled with its id", async () => {
    const { html, messages } = await run(page('zone_pivot_groups: cli-windows-installation-method\n', 'Intro.\n\n::: zone pivot="zip"\n\nUnzip.\n\n::: zone-end'));
    expect(html).toContain('<p class="learn-zone-label">Pivot: zip</p>');
    expect(messages.map((m) => [m.line, m.column, m.rule, m.severity, m.message])).toEqual([
      [8, 1, 'learn/unknown-pivot', 'warning', 'the pivot "zip" is not in the page\'s zone pivot groups (cli-windows-installation-method) in zone-pivot-groups.yml, so its zone is labelled with its id'],
    ]);
  });

  it('no groups named: any group may give the title; no groups file: the ids, and nothing read', async () => {
    expect((await run(page('', '::: zone pivot="zip"\n\nUnzip.\n\n::: zone-end'))).html).toContain('Pivot: ZIP Package</p>');
    const none = await run(page('zone_pivot_groups: other-group\n', '::: zone pivot="zip"\n\nUnzip.\n\n::: zone-end'), {});
    expect(none.html).toContain('<p class="learn-zone-label">Pivot: zip</p>');
    expect(none.messages).toEqual([]);
    expect(none.file.data.readFiles).toBeUndefined();
  });
});

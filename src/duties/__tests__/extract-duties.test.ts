import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../../markdown/__tests__/render.ts';
import { descriptionText } from '../duty.ts';
import { extractDuties } from '../extract-duties.ts';
import { matchRoleHeader, ownerOfHeading } from '../role-table.ts';

async function duties(markdown: string) {
  const { tree, file } = await parse(markdown);
  const found = extractDuties(tree, file, 'page');
  return { found, messages: file.messages.map((m) => ({ rule: m.ruleId, fatal: m.fatal, line: m.line, column: m.column, reason: m.reason, fix: m.note })) };
}

const roleTable = (heading: string, rows: string) => `## ${heading}\n\nRole or responsibility | Description\n--- | ---\n${rows}\n`;

describe('role tables', () => {
  it('recognise the header and its misspellings', () => {
    expect(matchRoleHeader(['Role or responsibility', 'Description'])).toBe('exact');
    expect(matchRoleHeader(['Role or reponsibility', 'Description'])).toBe('misspelt');
    expect(matchRoleHeader(['Name', 'Description'])).toBeUndefined();
    expect(matchRoleHeader(['Role or responsibility', 'Description', 'Notes'])).toBeUndefined();
  });

  it('tell the owner from the heading, whatever the apostrophe or case', () => {
    expect(ownerOfHeading('Microsoft’s roles and responsibilities')).toBe('microsoft');
    expect(ownerOfHeading('YOUR roles  and responsibilities')).toBe('customer');
    expect(ownerOfHeading('Partner roles')).toBeUndefined();
  });
});

describe('cells with raw HTML blocks', () => {
  it('keep the words of lists, paragraphs and divs apart in names and descriptions', async () => {
    const { found } = await duties(
      roleTable(
        "Microsoft's roles and responsibilities",
        ['Peripheral care | Microsoft keeps:<ul><li>printers</li><li>scanners</li></ul>', 'Notes | <p>first note</p><p>second note</p>', 'Case E<ul><li>Epsone</li><li>Epstwo</li></ul> | <div>Delta</div><div>div2</div> and Win<b>dows</b>'].join('\n'),
      ),
    );
    expect(found.map((d) => [d.name, descriptionText(d.description)])).toEqual([
      ['Peripheral care', 'Microsoft keeps: printers scanners'],
      ['Notes', 'first note second note'],
      ['Case E Epsone Epstwo', 'Delta div2 and Windows'],
    ]);
  });
});

describe('extractDuties on the seed', () => {
  const seedPath = fileURLToPath(new URL('../../../content/roles-and-responsibilities.md', import.meta.url));

  it('gives 8 Microsoft and 11 customer duties with every word of every description', async () => {
    const source = await readFile(seedPath, 'utf8');
    const { found } = await duties(source);
    expect(found.filter((d) => d.owner === 'microsoft')).toHaveLength(8);
    expect(found.filter((d) => d.owner === 'customer')).toHaveLength(11);
    const rows = source.split('\n').filter((l) => / \| /.test(l) && !/^(Role or|---)/.test(l));
    expect(rows).toHaveLength(19);
    rows.forEach((row, i) => {
      const [name, cell] = row.split(' | ');
      expect(found[i].name).toBe(name.trim());
      const text = descriptionText(found[i].description);
      for (const word of cell.replace(/<br>/g, ' ').split(/\s+/).filter((w) => w && w !== '-')) expect(text).toContain(word);
    });
  });

  it('structures <br> runs as paragraphs and lists', async () => {
    const { found } = await duties(await readFile(seedPath, 'utf8'));
    const office = found.find((d) => d.name === 'Office 365 configuration and management')!;
    expect(office.description.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(office.description[1]).toEqual({ type: 'list', items: ['Email administration', 'Mailbox and rule configuration', 'Exchange on-premises management'] });
    expect(office).toMatchObject({ id: 'page/customer/office-365-configuration-and-management', section: 'Your roles and responsibilities', line: 41, column: 1, anchor: 'duty-customer-office-365-configuration-and-management' });
  });
});

describe('extractDuties errors and warnings', () => {
  it('reports an empty duty name', async () => {
    const { found, messages } = await duties(roleTable("Microsoft's roles and responsibilities", '|  | Does things. |'));
    expect(found).toHaveLength(0);
    expect(messages).toMatchObject([{ rule: 'duties/empty-name', fatal: true, line: 5, column: 1 }]);
  });

  it('reports an empty description', async () => {
    const { messages } = await duties(roleTable("Microsoft's roles and responsibilities", 'Printing | '));
    expect(messages).toMatchObject([{ rule: 'duties/empty-description', fatal: true, line: 5 }]);
  });

  it('reports a row with more cells than the header, at the first extra cell', async () => {
    const { found, messages } = await duties(roleTable('Your roles and responsibilities', 'Printing | Install printers | and queues'));
    expect(found).toHaveLength(0);
    expect(messages).toMatchObject([{ rule: 'duties/extra-cells', fatal: true, line: 5, column: 29 }]);
    expect(messages[0].fix).toContain('\\|');
  });

  it('reports the same duty twice in one table', async () => {
    const { found, messages } = await duties(roleTable('Your roles and responsibilities', 'Printing | One.\nPrinting | Two.'));
    expect(found).toHaveLength(1);
    expect(messages).toMatchObject([{ rule: 'duties/duplicate-name', fatal: true, line: 6, column: 1 }]);
    expect(messages[0].reason).toContain('first on line 5');
  });

  it('reports a role table whose owner cannot be told, and says how to map the heading', async () => {
    const { messages } = await duties(roleTable('Rôles du partenaire', 'Printing | Installs printers.'));
    expect(messages).toMatchObject([{ rule: 'duties/unknown-owner', fatal: true, line: 3, column: 1 }]);
    expect(messages[0].fix).toContain('OWNER_HEADINGS in src/config.ts');
  });

  it('warns about placeholders and a misspelt header, and keeps the duties', async () => {
    const markdown = "## Microsoft's roles and responsibilities\n\nRole or reponsibility | Description\n--- | ---\nPolicy | Changes as prescribed (link to be added).\nApps | TBD\n";
    const { found, messages } = await duties(markdown);
    expect(found).toHaveLength(2);
    expect(messages).toMatchObject([
      { rule: 'duties/header-spelling', fatal: false, line: 3, column: 1 },
      { rule: 'duties/placeholder', fatal: false, line: 5 },
      { rule: 'duties/placeholder', fatal: false, line: 6 },
    ]);
  });

  it('finds the owner through a nested heading, and accepts a page with no role table', async () => {
    const nested = await duties("## Your roles and responsibilities\n\n### Printing\n\nRole or responsibility | Description\n--- | ---\nQueues | Keep them.\n");
    expect(nested.found).toMatchObject([{ owner: 'customer', section: 'Printing' }]);
    const none = await duties('# Just text\n\nA | B\n--- | ---\n1 | 2\n');
    expect(none.found).toEqual([]);
    expect(none.messages).toEqual([]);
  });
});

describe('task matrices', () => {
  const matrix = (heading: string | undefined) =>
    `${heading ? `## ${heading}\n\n` : 'Intro.\n\n'}| Task | Your responsibility | Windows Autopatch |\n| --- | --- | --- |\n| Do it | :heavy_check_mark: | :heavy_check_mark: |\n| Review it | :x: | :heavy_check_mark: |\n`;

  it('makes each checked cell a duty whose id says the phase when there is one', async () => {
    const { found, messages } = await duties(matrix('Deploy'));
    expect(messages).toEqual([]);
    expect(found.map((d) => [d.id, d.phase, d.provider ?? null])).toEqual([
      ['page/customer/deploy-do-it', 'Deploy', null],
      ['page/microsoft/deploy-do-it', 'Deploy', 'Windows Autopatch'],
      ['page/microsoft/deploy-review-it', 'Deploy', 'Windows Autopatch'],
    ]);
  });

  it('makes ids from the task alone when no heading above names a phase', async () => {
    const { found } = await duties(matrix(undefined));
    expect(found.map((d) => d.phase ?? null)).toEqual([null, null, null]);
    expect(found.map((d) => d.id)).toEqual(['page/customer/do-it', 'page/microsoft/do-it', 'page/microsoft/review-it']);
  });
});

import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../loaders/read-front-matter.ts';
import { parse } from '../../markdown/__tests__/render.ts';
import { parseMsDate } from '../../utils/dates.ts';

async function read(frontMatter: string) {
  const { tree, file } = await parse(`---\n${frontMatter}\n---\n\n# Page\n`);
  const data = readFrontMatter(tree, file);
  return { data, messages: file.messages };
}

describe('ms.date', () => {
  it('parses MM/DD/YYYY', () => {
    const result = parseMsDate('06/11/2018');
    expect(result.ok && result.date.toISOString()).toBe('2018-06-11T00:00:00.000Z');
  });

  it.each(['13/45/2018', '02/30/2019', '2018-06-06', 'June 6'])('rejects %s', (value) => {
    expect(parseMsDate(value).ok).toBe(false);
  });
});

describe('front matter', () => {
  it('validates and converts a Microsoft Docs front matter', async () => {
    const { data, messages } = await read(
      'title: Roles\ndescription:  \nkeywords: Microsoft 365, service , documentation\nms.service: m365-md\nms.date: 06/06/2018\nauthor: jdeckerms',
    );
    // The empty description is allowed, with a warning.
    expect(messages.map((m) => [m.ruleId, m.fatal, m.line])).toEqual([['front-matter/empty-description', false, 3]]);
    expect(data).toMatchObject({
      title: 'Roles',
      description: '',
      keywords: ['Microsoft 365', 'service', 'documentation'],
      'ms.service': 'm365-md',
      author: 'jdeckerms',
    });
    expect(data?.['ms.date']).toEqual(new Date(Date.UTC(2018, 5, 6)));
  });

  it('reports an impossible date at its line, naming the key', async () => {
    const { data, messages } = await read('title: Roles\nms.date: 13/45/2018');
    expect(data).toBeUndefined();
    expect(messages[0]).toMatchObject({ line: 3, ruleId: 'front-matter/ms-date', fatal: true });
    expect(messages[0].reason).toContain('ms.date');
    expect(messages[0].reason).toContain('13/45/2018');
  });

  it('requires a non-empty title', async () => {
    for (const frontMatter of ['description: none', 'title: "  "']) {
      const { messages } = await read(frontMatter);
      expect(messages[0]).toMatchObject({ ruleId: 'front-matter/title', fatal: true });
    }
  });

  it('accepts a list of keywords and an empty keywords key', async () => {
    expect((await read('title: T\nkeywords: [a, b]')).data?.keywords).toEqual(['a', 'b']);
    expect((await read('title: T\nkeywords:')).data?.keywords).toEqual([]);
  });

  it('reports broken YAML', async () => {
    const { messages } = await read('title: [unclosed');
    expect(messages[0]).toMatchObject({ ruleId: 'front-matter/yaml', fatal: true });
  });

  it('reports a value of the wrong type at its key, with what to write instead', async () => {
    const { data, messages } = await read('title: T\ndescription: {x: 1}\nkeywords: 5');
    expect(data).toBeUndefined();
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.reason, m.note])).toEqual([
      ['front-matter/description', 3, 1, 'front matter `description`: the description must be text, not a list or a map', 'write a one-sentence summary as text after `description:` (in quotes if it holds `: ` or ` #`)'],
      ['front-matter/keywords', 4, 1, 'front matter `keywords`: the keywords must be text (words separated by commas) or a list of words', 'write `keywords: first, second` or a list of words, one `- word` per line'],
    ]);
  });

  it('reports a front matter that is a list, not keys and values', async () => {
    const { data, messages } = await read('- a\n- b');
    expect(data).toBeUndefined();
    expect(messages.map((m) => [m.ruleId, m.line, m.reason])).toEqual([['front-matter/shape', 2, 'the front matter must be `key: value` lines, not a list or a single value']]);
  });

  it('tells a front matter that is never closed from a missing one', async () => {
    const unclosed = await parse('---\ntitle: Not closed\ndescription: x\n\nBody text.\n');
    expect(readFrontMatter(unclosed.tree, unclosed.file)).toBeUndefined();
    expect(unclosed.file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['front-matter/unclosed', 1, 1]]);
    const missing = await parse('# Just a heading\n\nBody text.\n');
    readFrontMatter(missing.tree, missing.file);
    expect(missing.file.messages.map((m) => m.ruleId)).toEqual(['front-matter/missing']);
  });

  it('reads a front matter whose lines end with CR alone (classic Mac OS)', async () => {
    const { tree, file } = await parse('---\rtitle: Mac\rdescription: Old lines.\r---\r\r# Mac\r');
    expect(readFrontMatter(tree, file)).toMatchObject({ title: 'Mac', description: 'Old lines.' });
    expect(file.messages).toEqual([]);
  });
});

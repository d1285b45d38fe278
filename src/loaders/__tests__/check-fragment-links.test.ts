import { describe, expect, it } from 'vitest';
import { writeTempFiles } from '../../../tests/helpers/temp-files.ts';
import { parseContentRoot } from '../parse-content-root.ts';

const page = (title: string, body: string) => `---\ntitle: ${title}\ndescription: D\n---\n\n${body}\n`;

const target = page(
  'Target',
  [
    '## Roles overview',
    '',
    '## Café',
    '',
    '<a name="legacy"></a>',
    '',
    "## Microsoft's roles and responsibilities",
    '',
    'Role or responsibility | Description',
    '--- | ---',
    'Device procurement | Orders devices.',
  ].join('\n'),
);

describe('links to a part of a page', () => {
  it('are warnings, on the file and at the place they are written, when the page has no such part; with the nearest id when there is one', async () => {
    const dir = await writeTempFiles({
      'target.md': target,
      'source.md': page(
        'Source',
        [
          '## Set up',
          '',
          '[Heading](target.md#roles-overview) [Duty](target.md#duty-microsoft-device-procurement) [Anchor](target.md#legacy) [Self](#set-up) [Top](target.md#top)',
          '',
          '[Near](target.md#roles-overveiw) [Far](./target.md#nothing-like-it) [Self](#setup)',
          '',
          '[Case](target.md#Roles-Overview) [Accent](target.md#caf%C3%A9s) [Short](#x) [](target.md#empty-links-are-not-published) [Form](target.md#cafe%CC%81)',
          '',
          '[!INCLUDE [part](includes/part.md)]',
        ].join('\n'),
      ),
      'includes/part.md': 'From an include: [gone](#gone-away) and [target](../target.md#legacy)\n',
      'broken.md': '---\ntitle: [unclosed\n---\n\nBody\n',
      'shared.md': page('Shared', '[!INCLUDE [elsewhere](~/other-docset/includes/shared.md)]'),
      'other.md': page('Other', '[Broken page](broken.md#x) [Part of a page whose text is in another docset](shared.md#a-heading-there)'),
    });
    const { problems } = await parseContentRoot(dir);
    expect(problems.filter((p) => p.rule === 'links/missing-anchor').map((p) => [p.file.split('/').slice(-2).join('/'), p.line, p.column, p.message, p.fix])).toEqual([
      [
        'includes/part.md',
        1,
        18,
        '"#gone-away": source.md has no heading or anchor "gone-away", so the link opens the page at its top',
        'write the id of one of its headings (its # link shows it), or leave out "#gone-away"',
      ],
      [
        expect.stringMatching(/\/source\.md$/),
        10,
        1,
        '"target.md#roles-overveiw": target.md has no heading or anchor "roles-overveiw", so the link opens the page at its top',
        'write "#roles-overview", the nearest id on that page, or leave out "#roles-overveiw"',
      ],
      [
        expect.stringMatching(/\/source\.md$/),
        10,
        34,
        '"./target.md#nothing-like-it": target.md has no heading or anchor "nothing-like-it", so the link opens the page at its top',
        'write the id of one of its headings (its # link shows it), or leave out "#nothing-like-it"',
      ],
      [
        expect.stringMatching(/\/source\.md$/),
        10,
        69,
        '"#setup": source.md has no heading or anchor "setup", so the link opens the page at its top',
        'write "#set-up", the nearest id on that page, or leave out "#setup"',
      ],
      [
        expect.stringMatching(/\/source\.md$/),
        12,
        1,
        '"target.md#Roles-Overview": target.md has no heading or anchor "Roles-Overview", so the link opens the page at its top',
        'write "#roles-overview", the nearest id on that page, or leave out "#Roles-Overview"',
      ],
      [
        expect.stringMatching(/\/source\.md$/),
        12,
        34,
        '"target.md#cafés": target.md has no heading or anchor "cafés", so the link opens the page at its top',
        'write "#café", the nearest id on that page, or leave out "#cafés"',
      ],
      [
        expect.stringMatching(/\/source\.md$/),
        12,
        65,
        '"#x": source.md has no heading or anchor "x", so the link opens the page at its top',
        'write the id of one of its headings (its # link shows it), or leave out "#x"',
      ],
      [
        expect.stringMatching(/\/source\.md$/),
        12,
        121,
        '"target.md#cafe\u0301": target.md has no heading or anchor "cafe\u0301", so the link opens the page at its top',
        'write "#café", the nearest id on that page (the same letters, in another Unicode form), or leave out "#cafe\u0301"',
      ],
    ]);
  });
});

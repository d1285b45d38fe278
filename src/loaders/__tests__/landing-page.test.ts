import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../../markdown/messages.ts';
import { isLandingPage, landingPageMarkdown } from '../landing-page.ts';

/** The page's markdown, and the problems reported on its YAML. */
const read = (yaml: string) => {
  const file = new VFile({ path: 'index.yml' });
  const markdown = landingPageMarkdown(yaml, file);
  return { markdown, problems: diagnosticsOf(file, 'index.yml') };
};

describe("Learn's YAML landing pages", () => {
  it('are told apart from other YAML by their YamlMime line', () => {
    expect(isLandingPage('index.yml', '### YamlMime:Landing\ntitle: x')).toBe(true);
    expect(isLandingPage('index.yml', '### YamlMime:Hub\ntitle: x')).toBe(true);
    expect(isLandingPage('toc.yml', '- name: x')).toBe(false);
    expect(isLandingPage('index.md', '### YamlMime:Landing')).toBe(false);
  });

  it('turn a Landing page into markdown: title, summary, each card and link list', () => {
    const yaml = [
      '### YamlMime:Landing',
      'title: Azure CLI docs',
      'summary: |',
      '  Manage Azure from a shell.',
      'metadata:',
      '  description: The docs.',
      '  ms.topic: landing-page',
      'landingContent:',
      '  - title: About',
      '    linkLists:',
      '    - linkListType: overview',
      '      links:',
      '        - text: Get started [now]',
      '          url: get-started.md',
      '    - linkListType: learn',
      '      links:',
      '        - text: Train',
      '          url: /learn/modules/x',
    ].join('\n');
    expect(read(yaml).markdown).toBe(
      [
        '---',
        'title: "Azure CLI docs"',
        'description: "The docs."',
        'ms.topic: "landing-page"',
        '---',
        '',
        '# Azure CLI docs',
        '',
        'Manage Azure from a shell.',
        '',
        '## About',
        '',
        '### Overview',
        '',
        '- [Get started \\[now\\]](<get-started.md>)',
        '',
        '### Training',
        '',
        '- [Train](</learn/modules/x>)',
        '',
      ].join('\n'),
    );
  });

  it('turn a Hub page into markdown: highlighted and conceptual items as lists', () => {
    const yaml = ['### YamlMime:Hub', 'title: Hub', 'highlightedContent:', '  items:', '    - title: Start', '      itemType: overview', '      url: start.md', 'conceptualContent:', '  items:', '    - title: Roles', '      links:', '        - text: Who does what', '          url: roles.md'].join('\n');
    expect(read(yaml).markdown).toBe(['---', 'title: "Hub"', '---', '', '# Hub', '', '## Highlights', '', '- [Start](<start.md>)', '', '## Concepts', '', '### Roles', '', '- [Who does what](<roles.md>)', ''].join('\n'));
  });


  it('report links without url or text, and sections that are not mappings, where they are written in the YAML', () => {
    const yaml = [
      '### YamlMime:Landing',
      'title: Landing',
      'landingContent:',
      '  - title: Sec',
      '    linkLists:',
      '      - linkListType: overview',
      '        links:',
      '          - text: Good',
      '            url: ok.md',
      '          - text: 5',
      '          - url: ok.md',
      '  - "a string"',
      '  - title: NoLists',
    ].join('\n');
    const { markdown, problems } = read(yaml);
    expect(markdown).toBe(['---', 'title: "Landing"', '---', '', '# Landing', '', '## Sec', '', '### Overview', '', '- [Good](<ok.md>)\n- 5', '', '## NoLists', ''].join('\n'));
    expect(problems).toEqual([
      { severity: 'warning', file: 'index.yml', line: 12, column: 5, rule: 'landing/shape', message: 'this section of landingContent: is the text "a string", not a mapping; it is left out', fix: 'write the section as "- title: …" with its "linkLists:" below it, or remove it' },
      { severity: 'warning', file: 'index.yml', line: 10, column: 13, rule: 'landing/shape', message: 'the link "5" has no url:; it is shown as plain text', fix: 'add "url: …" with the page or address it opens' },
      { severity: 'warning', file: 'index.yml', line: 11, column: 13, rule: 'landing/shape', message: 'this link has no text: (the words it shows); it is left out', fix: 'add "text: …" with the words to show, or remove the link' },
    ]);
  });

  it('report lists and mappings of the wrong type in a Hub page, and items with nothing to show', () => {
    const yaml = [
      '### YamlMime:Hub',
      'title: Hub',
      'highlightedContent:',
      '  items:',
      '    - title: Start',
      '    - url: x.md',
      '    - 3',
      'conceptualContent: [1]',
      'additionalContent:',
      '  sections:',
      '    - title: S',
      '      items:',
      '        - title: T',
      '          links: 5',
      '          footerLink: [a]',
    ].join('\n');
    const { markdown, problems } = read(yaml);
    expect(markdown).toBe(['---', 'title: "Hub"', '---', '', '# Hub', '', '## Highlights', '', '## S', '', '### T', ''].join('\n'));
    expect(problems.map((d) => [d.rule, d.severity, d.line, d.column, d.message])).toEqual([
      ['landing/shape', 'warning', 7, 7, 'this item of items: is the number 3, not a mapping; it is left out'],
      ['landing/shape', 'warning', 6, 7, 'this link has no title: (the words it shows); it is left out'],
      ['landing/shape', 'warning', 5, 7, 'this item has neither url: nor links:; it is left out'],
      ['landing/shape', 'warning', 8, 20, 'conceptualContent: is a list, not a mapping; it is left out'],
      ['landing/shape', 'warning', 15, 23, 'footerLink: is a list, not a mapping; it is left out'],
      ['landing/shape', 'warning', 14, 18, 'links: is the number 5, not a list; it is left out'],
    ]);
  });

  it('report YAML that cannot be read where it is wrong', () => {
    const yaml = '### YamlMime:Landing\ntitle: [x\n';
    expect(read(yaml).problems.map((d) => [d.rule, d.severity, d.line, d.column, d.message])).toEqual([
      ['landing/yaml', 'error', 3, 1, 'the page is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ]);
  });

  it('report nothing in a page of the expected shape', () => {
    expect(read('### YamlMime:Landing\ntitle: T\nmetadata:\n  ms.topic: landing-page\nlandingContent:\n  - title: A\n    linkLists:\n      - linkListType: overview\n        links:\n          - text: One\n            url: one.md\n').problems).toEqual([]);
  });
});

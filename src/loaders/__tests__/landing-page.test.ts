import { describe, expect, it } from 'vitest';
import { isLandingPage, landingPageMarkdown } from '../landing-page.ts';

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
    expect(landingPageMarkdown(yaml)).toBe(
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
    expect(landingPageMarkdown(yaml)).toBe(['---', 'title: "Hub"', '---', '', '# Hub', '', '## Highlights', '', '- [Start](<start.md>)', '', '## Concepts', '', '### Roles', '', '- [Who does what](<roles.md>)', ''].join('\n'));
  });
});

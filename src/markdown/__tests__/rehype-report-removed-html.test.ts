import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeReportRemovedHtml from '../rehype-report-removed-html.ts';
import { render } from './render.ts';

/** The plugin alone, on HTML parsed as a fragment: each message as [line, column, reason]. */
async function messagesFor(html: string) {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeReportRemovedHtml);
  const file = new VFile({ path: 'page.md', value: html });
  await processor.run(processor.parse(file), file);
  return file.messages.map((m) => [m.line, m.column, m.ruleId, m.fatal, m.reason]);
}

describe('rehype-report-removed-html', () => {
  it('names each script-like element once, not what it holds', async () => {
    expect(await messagesFor('<p>a</p>\n<script>var x = "<iframe>";</script>\n<iframe src="https://example.com"></iframe>')).toEqual([
      [2, 1, 'html/removed', false, '<script> is removed with its content: pages run and show no script, frame or embedded object from the content'],
      [3, 1, 'html/removed', false, '<iframe> is removed with its content: pages run and show no script, frame or embedded object from the content'],
    ]);
  });

  it('names event handlers, clobbering names and unsafe addresses, and leaves safe ones alone', async () => {
    const html = '<img name="querySelector" src="a.png" onerror="alert(1)">\n<a name="top" href="java\tscript:alert(1)">x</a> <a href="https://example.com/a:b">ok</a> <a href="docs/a:b">ok</a> <a href="mailto:a@b.c">ok</a>';
    expect(await messagesFor(html)).toEqual([
      [1, 1, 'html/removed', false, 'name="querySelector" on <img> is removed: a name can hide a document property from every script of the page'],
      [1, 1, 'html/removed', false, 'the onerror attribute of <img> is removed: no event handler from the content runs'],
      [2, 1, 'html/removed', false, 'the address "java\tscript:alert(1)" of <a> is removed: only http, https, mailto, tel and relative addresses are kept'],
    ]);
  });

  it('warns through the whole pipeline where the sanitizer removes, and says nothing of clean pages', async () => {
    const dirty = await render('Text\n\n<div><img name="cookie" src="a.png"></div>\n\n[x](javascript:alert(1))', { files: ['a.png'] });
    expect(dirty.html).not.toMatch(/cookie|javascript/);
    expect(dirty.messages.map((m) => [m.line, m.ruleId])).toEqual([[3, 'html/removed'], [5, 'html/removed']]);
    const clean = await render('Text <a href="#top">top</a>\n\n<div class="x"><a name="top"></a></div>');
    expect(clean.messages).toEqual([]);
  });
});

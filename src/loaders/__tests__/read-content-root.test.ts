import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTempFiles } from '../../../tests/helpers/temp-files.ts';
import { readContentRoot } from '../read-content-root.ts';

/** The root's problems as rule, place and message. */
async function rootProblems(contentDir: string) {
  const root = await readContentRoot(contentDir);
  return root.problems.flatMap((file) => file.messages.map((m) => [file.path, m.ruleId, m.fatal, m.line, m.column, m.reason]));
}

describe('a content root that cannot serve', () => {
  it('is an error when the folder is missing, or is a file', async () => {
    const dir = await writeTempFiles({ 'page.md': '---\ntitle: T\n---\n' });
    expect(await rootProblems(path.join(dir, 'nowhere'))).toEqual([['.', 'content/root', true, 1, 1, 'the content folder cannot be read: there is no folder here']]);
    expect(await rootProblems(path.join(dir, 'page.md'))).toEqual([['.', 'content/root', true, 1, 1, 'the content folder cannot be read: this is a file, not a folder']]);
  });

  it('is a warning when the folder has no pages', async () => {
    const dir = await writeTempFiles({ 'toc.yml': '- name: Nothing\n', 'media/a.png': '' });
    expect(await rootProblems(dir)).toEqual([['.', 'content/empty', false, 1, 1, 'the content folder has no pages: the site would be empty']]);
  });

  it('says nothing of a folder with pages', async () => {
    expect(await rootProblems(await writeTempFiles({ 'page.md': '---\ntitle: T\n---\n' }))).toEqual([]);
  });
});

describe('file encodings', () => {
  it('reads UTF-16 (with its byte order mark) as such, with a warning', async () => {
    const text = '---\ntitle: Été\n---\n\nHi\n';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    const dir = await writeTempFiles({ 'page.md': le });
    const root = await readContentRoot(dir);
    expect(root.texts.get('page.md')).toBe(text);
    expect(root.problems.flatMap((f) => f.messages.map((m) => [f.path, m.ruleId, m.fatal, m.line, m.column]))).toEqual([['page.md', 'files/encoding', false, 1, 1]]);
  });
});


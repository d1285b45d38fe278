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

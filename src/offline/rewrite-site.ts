/**
 * Rewrites every HTML page of a built site for opening from disk, with
 * rehype-offline-urls.ts. Runs on the offline edition's own build output.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { listTree } from '../utils/files.ts';
import rehypeOfflineUrls from './rehype-offline-urls.ts';

/** Rewrites the site's pages in place and returns how many there were. */
export async function rewriteSiteForDisk(siteDir: string): Promise<number> {
  const tree = await listTree(siteDir);
  const folders = new Set(tree.folders);
  const pages = tree.files.filter((file) => file.endsWith('.html'));
  for (const pageFile of pages) {
    const file = path.join(siteDir, pageFile);
    const processor = unified()
      .use(rehypeParse)
      .use(rehypeOfflineUrls, { pageFile, isDirectory: (p) => folders.has(p) })
      .use(rehypeStringify);
    await writeFile(file, String(await processor.process(await readFile(file, 'utf8'))));
  }
  return pages.length;
}

/**
 * Rewrites every HTML page of a built site for opening from disk, with
 * rehype-offline-urls.ts. Runs on the offline edition's own build output.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeOfflineUrls from './rehype-offline-urls.ts';

/** Every file and folder of the site, as paths from its root with forward slashes. */
async function listSite(siteDir: string): Promise<{ files: string[]; folders: Set<string> }> {
  const files: string[] = [];
  const folders = new Set<string>();
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    const relative = path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (entry.isDirectory()) folders.add(relative);
    else files.push(relative);
  }
  return { files, folders };
}

/** Rewrites the site's pages in place and returns how many there were. */
export async function rewriteSiteForDisk(siteDir: string): Promise<number> {
  const { files, folders } = await listSite(siteDir);
  const pages = files.filter((file) => file.endsWith('.html'));
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

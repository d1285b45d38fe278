/** Reading built HTML in tests, with the same hast tools the site uses. */
import type { Element, Root, Text } from 'hast';
import { selectAll } from 'hast-util-select';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(rehypeParse);

export async function readHtml(file: string): Promise<Root> {
  return parser.parse(await readFile(file, 'utf8'));
}

/** The text of each matching element, its text nodes joined by spaces (so `<p>a</p><p>b</p>` is "a b"). */
export function texts(tree: Root | Element, selector: string): string[] {
  return selectAll(selector, tree).map((element) => {
    const parts: string[] = [];
    visit(element, 'text', (node: Text) => {
      parts.push(node.value);
    });
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  });
}

export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).map((e) => path.join(dir, e)).sort();
}

/** The URL path a built file is served at, e.g. dist/a/index.html → /a/. */
export function servedPath(outDir: string, file: string): string {
  const relative = path.relative(outDir, file).split(path.sep).join('/');
  return '/' + relative.replace(/(^|\/)index\.html$/, '$1');
}

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

/**
 * Follows every internal link, image, stylesheet and script of a built site
 * and reports the ones that lead nowhere, anchors included.
 */
export async function findBrokenLinks(outDir: string): Promise<{ broken: BrokenLink[]; checked: number }> {
  const files = await htmlFiles(outDir);
  const trees = new Map<string, Root>();
  for (const file of files) trees.set(servedPath(outDir, file), await readHtml(file));
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const [page, tree] of trees) {
    for (const element of selectAll('a[href], img[src], link[href], script[src]', tree)) {
      const url = String(element.properties.href ?? element.properties.src);
      if (/^(?:[a-z]+:|\/\/)/i.test(url)) continue;
      checked += 1;
      const target = new URL(url, `http://site${page}`);
      const targetPath = decodeURIComponent(target.pathname);
      const targetTree = trees.get(targetPath);
      const file = path.join(outDir, targetPath.endsWith('/') ? `${targetPath}index.html` : targetPath);
      if (!targetTree && !(await readFile(file).then(() => true, () => false))) {
        broken.push({ page, url, reason: 'no such file' });
      } else if (target.hash && targetTree) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (selectAll(`[id="${id.replace(/"/g, '\\"')}"]`, targetTree).length === 0) broken.push({ page, url, reason: 'no such anchor' });
      }
    }
  }
  return { broken, checked };
}

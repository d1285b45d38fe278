/**
 * The content root's images and media, as the site publishes them. An SVG is
 * a document that can run scripts when opened from its own URL, so each SVG
 * is published with its scripts, event handlers, `javascript:` links and
 * references to other sites removed (svgo, the standard SVG optimizer, with
 * only those changes, loaded only for a site that has SVGs: it is a large
 * module), from a cleaned copy in the cache. An asset whose path
 * the site itself uses, or that no URL can name, is an error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { report } from '../markdown/messages.ts';
import { RESERVED_PAGE_IDS } from './reserved-urls.ts';

export interface PublishedAsset {
  /** Its path from the content root, which is also its URL path. */
  path: string;
  /** The file the site serves: the original, or a cleaned copy. */
  file: string;
}

const REMOTE = /^(?:[a-z][a-z\d+.-]*:)?\/\//i;

/** An svgo plugin that removes links to other sites (`<image href="https://…">`): an SVG opened offline must fetch nothing. */
const removeRemoteReferences = {
  name: 'removeRemoteReferences',
  fn: () => ({
    element: {
      enter: (node: { attributes: Record<string, string> }) => {
        for (const name of ['href', 'xlink:href']) if (REMOTE.test(node.attributes[name] ?? '')) delete node.attributes[name];
      },
    },
  }),
};

const isSvg = (asset: string) => /\.svg$/i.test(asset);

/** Characters a URL cannot carry in a file name without the reader's browser reading them otherwise. */
const URL_UNSAFE = /[#?%\\]/;

export async function publishAssets(contentDir: string, assets: string[], cleanedDir: string): Promise<{ assets: PublishedAsset[]; problems: VFile[] }> {
  const svgo = assets.some(isSvg) ? await import('svgo') : undefined;
  const problems: VFile[] = [];
  const published: PublishedAsset[] = [];
  for (const asset of assets) {
    const file = new VFile({ path: asset, cwd: contentDir });
    const reserved = RESERVED_PAGE_IDS.find((r) => asset === r.id || asset.startsWith(`${r.id}/`));
    if (reserved && ['favicon.svg', 'pagefind', '_astro'].includes(reserved.id)) {
      report(file, `this file would replace the site's own ${reserved.what} at /${asset}`, { rule: 'files/reserved-url', severity: 'error', fix: 'rename the file or its folder', place: { line: 1, column: 1 } });
    } else if (URL_UNSAFE.test(asset)) {
      report(file, `the name of ${asset} has a character (# ? % or \\) that a link cannot carry as it is`, { rule: 'files/url-unsafe-name', severity: 'error', fix: 'rename the file with letters, digits, - and _', place: { line: 1, column: 1 } });
    } else if (svgo && isSvg(asset)) {
      const original = readFileSync(path.join(contentDir, asset), 'utf8');
      try {
        const cleaned = svgo.optimize(original, { plugins: ['removeScripts', removeRemoteReferences] }).data;
        const target = path.join(cleanedDir, asset);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, cleaned);
        published.push({ path: asset, file: target });
        if (/<script\b|\son\w+\s*=|javascript:/i.test(original)) {
          report(file, 'this SVG has scripts, event handlers or javascript: links; they are removed from the published copy', { rule: 'files/svg-script', severity: 'warning', fix: 'remove them from the file', place: { line: 1, column: 1 } });
        }
      } catch (error) {
        report(file, `this SVG cannot be read: ${(error as Error).message.split('\n')[0]}`, { rule: 'files/svg-invalid', severity: 'error', fix: 'open and save it again in an SVG editor, or remove it', place: { line: 1, column: 1 } });
      }
    } else {
      published.push({ path: asset, file: path.join(contentDir, asset) });
    }
    if (file.messages.length > 0) problems.push(file);
  }
  return { assets: published, problems };
}

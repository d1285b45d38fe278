/**
 * Reads back what a built site's search index holds: each of Pagefind's
 * fragment files (gzipped JSON after Pagefind's `pagefind_dcd` signature),
 * whose text is what results show as titles and excerpts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedFragment {
  file: string;
  url: string;
  /** The record's title, its headings (a duty's name is one) and its whole text. */
  texts: string[];
}

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors?: { text: string }[];
}

const SIGNATURE = 'pagefind_dcd';

export async function indexedFragments(outDir: string): Promise<IndexedFragment[]> {
  const dir = path.join(outDir, 'pagefind/fragment');
  return Promise.all(
    (await readdir(dir)).map(async (file) => {
      const json = gunzipSync(await readFile(path.join(dir, file))).toString('utf8');
      if (!json.startsWith(SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`);
      const fragment = JSON.parse(json.slice(SIGNATURE.length)) as Fragment;
      return { file, url: fragment.url, texts: [fragment.meta.title ?? '', ...(fragment.anchors ?? []).map((a) => a.text), fragment.content] };
    }),
  );
}

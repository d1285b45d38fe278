/**
 * `import script from './file.js?inline-script'` gives the file's code,
 * minified, as a string: for the scripts every page carries inline (classic
 * scripts, so that they also run from file:// in the offline bundle). Their
 * sources are written for the next engineer, with comments; minified once
 * when the module is loaded, they keep about 4 MB of comments out of a
 * 1,000-page site.
 */
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

const QUERY = '?inline-script';

export function inlineScripts(): Plugin {
  return {
    name: 'roles-docs:inline-scripts',
    async load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      this.addWatchFile(file);
      // Still a classic script: no module syntax is added, top-level names are kept.
      const { code } = await transform(await readFile(file, 'utf8'), { loader: 'js', minify: true, target: 'es2022' });
      return `export default ${JSON.stringify(code.trim())};`;
    },
  };
}

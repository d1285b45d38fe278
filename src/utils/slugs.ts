/**
 * Page ids and URLs. A page's id is its path in the content root, without the
 * `.md` extension, lower-cased, with `index` standing for its folder:
 * `get-started/index.md` → `get-started`, `intro/faq.md` → `intro/faq`,
 * `index.md` → `index` (the home page, served at the base path). Characters
 * that have a meaning in URLs (`#`, `?`, `%`, spaces…) become `-`, so every
 * file gets a URL that works. A landing page (`index.yml`) counts like a page.
 */
/** The id of the content root's own index.md. */
export const HOME_ID = 'index';

/** Characters that mean something in a URL (or none), which page URLs replace by `-`. */
const URL_SPECIAL = /[\s#?%&+=:;,@$!*'()[\]{}<>"\\|^`]+/g;

export function pageIdFromPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\\/g, '/').replace(/\.(md|ya?ml)$/i, '');
  const segments = withoutExtension.split('/').map((s) => s.trim().toLowerCase().replace(URL_SPECIAL, '-'));
  if (segments.length > 1 && segments.at(-1) === 'index') segments.pop();
  return segments.join('/');
}

/** `/` + id + `/` under the base path; ids never start or end with a slash. */
export function pageUrl(base: string, id: string): string {
  return joinBase(base, id === HOME_ID ? '' : `${id}/`);
}

export function joinBase(base: string, sitePath: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + sitePath.replace(/^\/+/, '');
}

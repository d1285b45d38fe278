/**
 * Project settings. The environment overrides them for one command:
 * - `CONTENT_DIR`: the content root (see utils/content-root.ts);
 * - `SITE_URL`: the site's public origin, e.g. https://docs.example.com —
 *   enables canonical URLs and the sitemap;
 * - `BASE_PATH`: the sub-folder the site is served from, e.g. /docs/;
 * - `SITE_TITLE`: the name in the header (default: the home page's title).
 */
export const DEFAULT_SITE_TITLE = 'Roles and responsibilities';
export const SITE_LANGUAGE = 'en';

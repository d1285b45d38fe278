/**
 * Project settings. The environment overrides them for one command:
 * - `CONTENT_DIR`: the content root (see utils/content-root.ts);
 * - `SITE_URL`: the site's public origin, e.g. https://docs.example.com —
 *   enables canonical URLs and the sitemap;
 * - `BASE_PATH`: the sub-folder the site is served from, e.g. /docs/;
 * - `SITE_TITLE`: the name in the header (default: the home page's title).
 */
export const DEFAULT_SITE_TITLE = 'Roles and responsibilities';

/** The site's name: SITE_TITLE, else the title of the content root's index.md, else the default. */
export function siteTitleFor(homeTitle: string | undefined): string {
  return process.env.SITE_TITLE || homeTitle || DEFAULT_SITE_TITLE;
}
export const SITE_LANGUAGE = 'en';

/** Who a role table's rows belong to. */
export type Owner = 'microsoft' | 'customer';

/**
 * How a role table's owner is told: by the heading above the table. Matching
 * ignores letter case, apostrophe style and extra spaces. To build content in
 * another language or from another vendor, add its headings here.
 */
export const OWNER_HEADINGS: Record<Owner, string[]> = {
  microsoft: ["Microsoft's roles and responsibilities", 'Microsoft roles and responsibilities'],
  customer: ['Your roles and responsibilities', "Customer's roles and responsibilities", 'Customer roles and responsibilities'],
};

/**
 * How each owner is named to readers: in sentences (`name`), above the other
 * side's part (`part`), and as the search filter and result label (`search`).
 */
export const OWNER_LABELS: Record<Owner, { name: string; part: string; search: string }> = {
  microsoft: { name: 'Microsoft', part: "Microsoft's part", search: 'Microsoft' },
  customer: { name: 'You', part: 'Your part', search: 'Customer' },
};

/**
 * Check-mark task matrices (`| Task | Your responsibility | Windows Autopatch |`):
 * the header of the customer's column, matched ignoring case and apostrophe
 * style. Every other party column is the provider's, named as its header says.
 */
export const CUSTOMER_COLUMN_HEADERS = [
  'Your responsibility',
  'Your responsibilities',
  'Your role',
  'Your part',
  'You',
  'Customer',
  'Customers',
  "Customer's responsibility",
  'Customer responsibility',
  'Customer responsibilities',
];

/** The file in the content root that declares counterpart duties. */
export const COUNTERPARTS_FILE = 'counterparts.yaml';

/** Where Microsoft Learn serves docset-root paths (`/azure/…`) that leave the content root. */
export const LEARN_SITE = 'https://learn.microsoft.com';

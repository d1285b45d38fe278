/**
 * URLs the site uses for its own pages and files. A content page whose id is
 * one of these (or lies under one) would be overwritten or would overwrite
 * them, so it is an error. Keep in step with src/pages/.
 */
export const RESERVED_PAGE_IDS: { id: string; what: string }[] = [
  { id: 'matrix', what: 'responsibility matrix' },
  { id: 'search', what: 'search page' },
  { id: 'contents', what: 'list of all pages' },
  { id: 'changes', what: '"What changed" page' },
  { id: 'print', what: "PDF's print document" },
  { id: '404', what: '"page not found" page' },
  { id: '404.html', what: '"page not found" page' },
  { id: 'duties.json', what: 'duties export' },
  { id: 'duties.csv', what: 'duties export' },
  { id: 'duties.schema.json', what: 'duties export schema' },
  { id: 'changes.json', what: 'changes export' },
  { id: 'changes.schema.json', what: 'changes export schema' },
  { id: 'favicon.svg', what: 'icon' },
  { id: 'pagefind', what: 'search index folder' },
  { id: '_astro', what: 'folder of styles and scripts' },
  { id: 'sitemap-index.xml', what: 'sitemap' },
];

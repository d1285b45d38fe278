/**
 * The responsibility matrix, in pages of a bounded size: the articles that
 * have duties, grouped by their top-level section of the navigation, at most
 * ARTICLES_PER_PAGE to a page (a large section takes several pages), plus a
 * site-wide index with one line per article. No page grows with the site, and
 * a section's responsibilities can be read on one page.
 */
import { slug } from 'github-slugger';
import { articleMatrix, type ArticleMatrix } from '../duties/matrix.ts';
import type { NavNode } from '../navigation/build-navigation.ts';
import { flatten } from '../navigation/page-navigation.ts';
import { dutyData } from './duties.ts';
import { once } from './once.ts';
import { articleTitle, docUrl, siteData, siteUrl } from './site.ts';

export const ARTICLES_PER_PAGE = 25;

export interface MatrixArticle {
  doc: string;
  title: string;
  articleUrl: string;
  /** Its place on its matrix page: `/matrix/<page>/#<anchor>`. */
  url: string;
  anchor: string;
  microsoft: number;
  customer: number;
  pairs: number;
  matrix: ArticleMatrix;
}

export interface MatrixPage {
  slug: string;
  title: string;
  url: string;
  articles: MatrixArticle[];
}

/** The navigation's top-level sections, each with the ids of its articles in order. */
function sections(tree: NavNode[]): { title: string; ids: string[] }[] {
  // A tree with a single root (the product's home page) is read from its children.
  const top = tree.length === 1 && tree[0].children.length > 0 ? tree[0].children : tree;
  return top.map((node) => ({ title: node.title, ids: flatten([node]).map((l) => l.id) }));
}

export const matrixPages = once(async (): Promise<MatrixPage[]> => {
  const [{ tree, docs }, { byDoc, pairsByDoc }] = await Promise.all([siteData(), dutyData()]);
  const placed = new Set<string>();
  const groups = sections(tree).map((section) => ({ title: section.title, ids: section.ids.filter((id) => byDoc.has(id) && !placed.has(id) && placed.add(id)) }));
  groups.push({ title: 'Other articles', ids: [...byDoc.keys()].filter((id) => !placed.has(id)) });
  const usedSlugs = new Map<string, number>();
  const pages: MatrixPage[] = [];
  for (const group of groups.filter((g) => g.ids.length > 0)) {
    const parts = Math.ceil(group.ids.length / ARTICLES_PER_PAGE);
    for (let part = 0; part < parts; part++) {
      const base = slug(group.title) || 'articles';
      const count = usedSlugs.get(base) ?? 0;
      usedSlugs.set(base, count + 1);
      const pageSlug = count === 0 ? base : `${base}-${count + 1}`;
      const url = siteUrl(`matrix/${pageSlug}/`);
      const articles = group.ids.slice(part * ARTICLES_PER_PAGE, (part + 1) * ARTICLES_PER_PAGE).map((doc): MatrixArticle => {
        const duties = byDoc.get(doc) ?? [];
        const pairs = pairsByDoc.get(doc) ?? [];
        const anchor = `matrix-${slug(doc)}`;
        return {
          doc,
          title: articleTitle(docs.get(doc), doc),
          articleUrl: docUrl(doc),
          url: `${url}#${anchor}`,
          anchor,
          microsoft: duties.filter((d) => d.owner === 'microsoft').length,
          customer: duties.filter((d) => d.owner === 'customer').length,
          pairs: pairs.length,
          matrix: articleMatrix(duties, pairs),
        };
      });
      pages.push({ slug: pageSlug, title: parts > 1 ? `${group.title} (${part + 1} of ${parts})` : group.title, url, articles });
    }
  }
  return pages;
});

/** Each article's place in the matrix. */
export const matrixUrls = once(async (): Promise<Map<string, string>> => {
  return new Map((await matrixPages()).flatMap((page) => page.articles.map((a) => [a.doc, a.url] as const)));
});

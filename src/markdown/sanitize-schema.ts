/**
 * What raw HTML in the content may keep. Based on GitHub's schema (no
 * scripts, no styles, no event handlers, URLs only with the schemes below),
 * plus the class names and roles Microsoft Docs hub pages use.
 *
 * - Ids are kept as the authors wrote them, because their own `href="#id"`
 *   links point at them. An id cannot shadow a `document` property; only some
 *   elements' `name` can (`<img name="querySelector">` would replace
 *   `document.querySelector` for every script on the page), so `name` is kept
 *   only on links, where old anchors (`<a name="top">`) use it.
 * - Elements dropped with their content: scripts and styles, whose text is
 *   never shown (so it must not reach the duty exports either: see
 *   duties/cell-text.ts).
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

/** Elements removed together with everything inside them. */
export const DROPPED_WITH_CONTENT = ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'object', 'embed'];

/** The URL schemes a link or a source may use. Anything else (javascript:, data:, vbscript:…) is removed. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'];

const globalAttributes = (defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'name');

/** An element's attributes in the default schema, but for its list of allowed class names. */
function withoutClassValues(tagName: string) {
  return (defaultSchema.attributes?.[tagName] ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className'));
}

export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  strip: DROPPED_WITH_CONTENT,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'mark', 'abbr', 'small', 'u'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...globalAttributes, 'className', 'role', 'ariaLabel', 'ariaHidden'],
    a: [...(defaultSchema.attributes?.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')), 'name', ['className', 'data-footnote-backref', 'learn-lightbox']],
    img: [...(defaultSchema.attributes?.img ?? []), 'alt', 'width', 'height', 'title'],
    // Lists keep their classes (Learn's hub pages lay out cards with them), not only GFM's task-list ones.
    ul: [...withoutClassValues('ul'), 'className'],
    ol: [...withoutClassValues('ol'), 'className'],
    li: [...withoutClassValues('li'), 'className'],
    // Learn's extensions (markdown/learn/): tab sets and panels, pivots and versions.
    div: [...(defaultSchema.attributes?.div ?? []), 'dataTabSet'],
    section: ['dataFootnotes', 'dataTab', 'ariaLabelledby'],
  },
  protocols: {
    href: ALLOWED_SCHEMES,
    cite: ['http', 'https'],
    src: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};

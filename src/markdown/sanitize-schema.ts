/**
 * What raw HTML in the content may keep. Based on GitHub's schema (no
 * scripts, no styles, no event handlers, no `javascript:` URLs), plus the
 * class names and roles Microsoft Docs hub pages use. Ids are kept as the
 * authors wrote them, because their own `href="#id"` links point at them.
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

const globalAttributes = defaultSchema.attributes?.['*'] ?? [];

export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'mark', 'abbr', 'small', 'u'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...globalAttributes, 'className', 'role', 'ariaLabel', 'ariaHidden'],
    img: [...(defaultSchema.attributes?.img ?? []), 'alt', 'width', 'height', 'title'],
  },
};

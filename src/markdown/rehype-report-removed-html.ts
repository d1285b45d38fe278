/**
 * Says what rehype-sanitize (with sanitize-schema.ts) is about to remove, so
 * that nothing an author wrote disappears without a word: script-like
 * elements with their content, event handlers, DOM-clobbering `name`s, and
 * URLs with a scheme that could run script (`javascript:`, `data:`…). Each is
 * a warning at its place; the page is safe either way. Runs just before the
 * sanitizer, on the tree it will clean.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { report } from './messages.ts';
import { ALLOWED_SCHEMES, DROPPED_WITH_CONTENT } from './sanitize-schema.ts';
import { SKIP, walk } from './walk.ts';

/** The properties (hast names) that hold a URL. */
const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc', 'action', 'formAction', 'poster', 'data', 'background'];

/** Whether a URL is relative, or has an allowed scheme: a colon before any `/`, `?` or `#` starts a scheme (hast-util-sanitize's rule). */
function safeUrl(url: string): boolean {
  const value = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const colon = value.indexOf(':');
  if (colon === -1) return true;
  for (const stop of ['/', '?', '#']) {
    const at = value.indexOf(stop);
    if (at !== -1 && at < colon) return true;
  }
  return ALLOWED_SCHEMES.includes(value.slice(0, colon).toLowerCase());
}

const FIX = 'remove it from the markdown: the published page leaves it out';

const rehypeReportRemovedHtml: Plugin<[], Root> = () => (tree, file) => {
  walk(tree, (node) => {
    if (node.type !== 'element') return;
    const element = node as Element;
    const tag = element.tagName;
    if (DROPPED_WITH_CONTENT.includes(tag)) {
      report(file, `<${tag}> is removed with its content: pages run and show no ${tag === 'style' ? 'style' : 'script, frame or embedded object'} from the content`, { rule: 'html/removed', severity: 'warning', fix: FIX, node: element });
      return SKIP;
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) {
        report(file, `the ${name.toLowerCase()} attribute of <${tag}> is removed: no event handler from the content runs`, { rule: 'html/removed', severity: 'warning', fix: FIX, node: element });
      } else if (name === 'name' && tag !== 'a') {
        report(file, `name="${value}" on <${tag}> is removed: a name can hide a document property from every script of the page`, { rule: 'html/removed', severity: 'warning', fix: 'use an id, or <a name> for an old-style anchor', node: element });
      } else if (URL_PROPERTIES.includes(name) && typeof value === 'string' && !safeUrl(value)) {
        report(file, `the address "${value.slice(0, 60)}" of <${tag}> is removed: only ${ALLOWED_SCHEMES.join(', ')} and relative addresses are kept`, { rule: 'html/removed', severity: 'warning', fix: 'link to a page, a file of the content root, or an http(s) address', node: element });
      }
    }
  });
};

export default rehypeReportRemovedHtml;

/**
 * Computes site-wide page data once, however many pages use it
 * (getCollection() copies every entry on each call: asking for it on each of
 * 1,000 pages would cost a million copies). A build's content never changes.
 * In `astro dev` the value is kept until the content changes: Astro announces
 * each change of its data store with the event that also clears its own cache
 * of getStaticPaths(), which is when every page's data is asked for again.
 */
const forgetters = new Set<() => void>();

import.meta.hot?.on('astro:content-changed', () => {
  for (const forget of forgetters) forget();
});

export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  forgetters.add(() => (value = undefined));
  return () => (value ??= compute());
}

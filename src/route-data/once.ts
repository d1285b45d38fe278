/**
 * Computes site-wide page data once per build, however many pages use it
 * (getCollection() copies every entry on each call: asking for it on each of
 * 1,000 pages would cost a million copies). In `astro dev` the content changes
 * under the server, so nothing is kept.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    value ??= compute();
    return value;
  };
}

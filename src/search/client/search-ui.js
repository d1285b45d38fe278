// @ts-check
/**
 * The search UI, loaded on first use by search-opener.js (a classic script,
 * so that it runs from file:// too). It drives every `[data-search-ui]` panel
 * on the page (SearchPanel.astro) with Pagefind's JavaScript API:
 *
 * - hosted and in `astro dev`, the API is `<bundle>pagefind.js`, imported;
 * - in the offline bundle (`data-search-embedded`), `<bundle>offline-search.js`
 *   provides it (src/offline/runtime/offline-search.ts) and the index is read
 *   from scripts, chunk by chunk.
 *
 * Results are flattened: an article is one result; the record of an
 * article's duties for one owner (src/search/records.ts) gives one result
 * per duty that matched, which lands on the duty's row. Every key counts:
 * the box is searched as it is when the API is ready, then on every input,
 * and a late answer to an older query is dropped.
 */
(() => {
  const box = document.querySelector('[data-search-bundle]');
  if (!box) return;
  const bundle = box.getAttribute('data-search-bundle') ?? '';
  const embedded = box.hasAttribute('data-search-embedded');
  /**
   * Filled in when the index is written (src/search/search-ui-script.ts): the
   * index files every search needs, so that they are fetched at once rather
   * than each after the one that names it (hosted, as preloads; offline, as
   * the bundle's file scripts), and the tag that gives the entry file a
   * stable URL (Pagefind's metaCacheTag). (A small site's pages name its
   * whole index, and the opener fetches it: src/search/index-in-pages.ts.)
   * Empty in `astro dev`.
   */
  const INDEX = /* index files */ { tag: '', files: [] };
  // A small site's pages name its whole index, and the opener has asked for it already.
  if (!embedded && !box.getAttribute('data-search-files')) {
    for (const file of INDEX.files) {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = `${bundle}${file}`;
      document.head.append(link);
    }
  }
  /** Results loaded per page of results (each needs its fragment). */
  const PAGE_SIZE = 10;
  /** At most this many duties of one article and owner are listed. */
  const DUTIES_PER_RECORD = 5;

  /**
   * @typedef {{ url: string, title: string, excerpt: string, weighted_locations?: { balanced_score: number }[] }} SubResult
   * @typedef {{ url: string, excerpt: string, meta: Record<string, string>, sub_results?: SubResult[] }} ResultData
   * @typedef {{ id: string, score: number, data: () => Promise<ResultData> }} Result
   * @typedef {{
   *   options: (o: object) => Promise<void>,
   *   init: () => Promise<void>,
   *   search: (term: string, o?: object) => Promise<{ results: Result[] } | null>,
   *   filters: () => Promise<Record<string, Record<string, number>>>,
   * }} PagefindApi
   * @typedef {{ title: string, url: string, excerpt: string, owner: string | null, article: string | null }} Item
   */

  /** @returns {Promise<PagefindApi>} */
  const loadApi = async () => {
    if (!embedded) return /** @type {PagefindApi} */ (await import(`${new URL(`${bundle}pagefind.js`, location.href)}`));
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${bundle}offline-search.js`;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`Could not load ${script.src}`));
      document.head.append(script);
    });
    const api = /** @type {any} */ (window).RolesDocsPagefind;
    api.preloadFiles(INDEX.files);
    return api;
  };

  // On the main thread: a search index worker costs more to start (its own
  // copy of the code and of the wasm) than the searches it would take over.
  const apiReady = loadApi().then(async (api) => {
    await api.options({ excerptLength: 24, noWorker: true, ...(INDEX.tag ? { metaCacheTag: INDEX.tag } : {}) });
    await api.init();
    return api;
  });

  /** @param {SubResult} sub */
  const subScore = (sub) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

  /** @param {ResultData} data @returns {Item[]} */
  const itemsOf = (data) => {
    if (data.meta.kind !== 'duties') {
      return [{ title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt, owner: null, article: null }];
    }
    return (data.sub_results ?? [])
      .filter((sub) => sub.url.includes('#'))
      .sort((a, b) => subScore(b) - subScore(a))
      .slice(0, DUTIES_PER_RECORD)
      .map((sub) => ({ title: sub.title, url: sub.url, excerpt: sub.excerpt, owner: data.meta.owner ?? null, article: data.meta.article ?? null }));
  };

  /** @param {string} tag @param {string} className @param {string} [text] */
  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  /** Pagefind's excerpts are text with `<mark>` around the matched words: anything else is shown as text. */
  const excerptNode = (/** @type {string} */ excerpt) => {
    const node = element('p', 'search-excerpt');
    for (const [i, part] of excerpt.split(/<\/?mark>/).entries()) {
      const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      node.append(i % 2 === 1 ? element('mark', '', text) : document.createTextNode(text));
    }
    return node;
  };

  /** @param {Item} item */
  const resultNode = (item) => {
    const li = element('li', 'search-result');
    const title = element('p', 'search-result-title');
    const link = /** @type {HTMLAnchorElement} */ (element('a', 'search-result-link', item.title));
    link.href = item.url;
    title.append(link);
    if (item.owner) {
      const owner = element('span', 'search-owner', item.owner);
      owner.dataset.owner = item.owner;
      title.append(' ', owner);
    }
    li.append(title);
    if (item.article) li.append(element('p', 'search-source', `In ${item.article}`));
    if (item.excerpt) li.append(excerptNode(item.excerpt));
    return li;
  };

  /** @param {HTMLElement} panel */
  const drive = async (panel) => {
    const input = /** @type {HTMLInputElement} */ (panel.querySelector('input[type=search]'));
    const status = /** @type {HTMLElement} */ (panel.querySelector('.search-status'));
    const list = /** @type {HTMLElement} */ (panel.querySelector('.search-results'));
    const more = /** @type {HTMLButtonElement} */ (panel.querySelector('.search-more'));
    const pageFilter = /** @type {HTMLSelectElement} */ (panel.querySelector('[data-search-page-filter]'));
    const onSearchPage = Boolean(panel.closest('[data-search-page]'));
    let generation = 0;
    /** @type {Result[]} */
    let pending = [];

    const filters = () => {
      /** @type {Record<string, string>} */
      const chosen = {};
      const owner = /** @type {HTMLInputElement | null} */ (panel.querySelector('input[type=radio]:checked'));
      if (owner?.value) chosen.owner = owner.value;
      if (pageFilter.value) chosen.page = pageFilter.value;
      return chosen;
    };

    /** Results listed so far for the current query (a duties record lists one per matched duty). */
    let shown = 0;
    let shownTerm = '';

    /** Says how many results are listed: what the reader sees, not Pagefind's count of records. */
    const tell = () => {
      if (shown === 0 && pending.length === 0) {
        status.textContent = `No results for “${shownTerm}”`;
        return;
      }
      const results = `${shown} ${shown === 1 ? 'result' : 'results'}`;
      status.textContent = pending.length > 0 ? `${results} so far for “${shownTerm}”` : `${results} for “${shownTerm}”`;
    };

    /** Shows the next page of results, unless a newer search has started. */
    const showMore = async (/** @type {number} */ mine) => {
      const batch = pending.splice(0, PAGE_SIZE);
      const items = (await Promise.all(batch.map((r) => r.data()))).flatMap(itemsOf);
      if (mine !== generation) return;
      list.append(...items.map(resultNode));
      shown += items.length;
      more.hidden = pending.length === 0;
      tell();
    };

    const run = async () => {
      const mine = ++generation;
      const term = input.value.trim();
      if (onSearchPage) {
        const url = new URL(location.href);
        if (term) url.searchParams.set('q', term);
        else url.searchParams.delete('q');
        try {
          history.replaceState(history.state, '', url);
        } catch {
          // Some browsers refuse to change a file:// address; the search still works.
        }
      }
      if (!term) {
        list.replaceChildren();
        more.hidden = true;
        status.textContent = '';
        return;
      }
      const api = await apiReady;
      // Keys typed while search loaded each asked for a search: only the newest is run.
      if (mine !== generation) return;
      const response = await api.search(term, { filters: filters() });
      if (mine !== generation || !response) return;
      pending = response.results.slice();
      list.replaceChildren();
      shown = 0;
      shownTerm = term;
      if (pending.length === 0) {
        more.hidden = true;
        status.textContent = `No results for “${term}”`;
        return;
      }
      await showMore(mine);
    };

    const fail = () => {
      status.textContent = 'Search could not load. Browse the contents page instead.';
    };
    input.addEventListener('input', () => run().catch(fail));
    panel.addEventListener('change', (event) => {
      if (event.target !== input) run().catch(fail);
    });
    more.addEventListener('click', () => showMore(generation));
    // Arrow keys move between the box and the result links; Enter opens a link.
    panel.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      /** @type {HTMLElement[]} */
      const links = [input, ...list.querySelectorAll('a')];
      const at = links.indexOf(/** @type {HTMLElement} */ (document.activeElement));
      if (at === -1) return;
      const next = links[Math.min(links.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
      event.preventDefault();
      next.focus();
    });

    if (onSearchPage && !input.value) input.value = new URLSearchParams(location.search).get('q') ?? '';
    status.textContent = input.value.trim() ? 'Searching…' : '';
    await run().catch(fail);
    // The article list loads every filter file: after the first answer, not before it.
    apiReady
      .then(async (api) => {
        const pages = Object.keys((await api.filters()).page ?? {}).sort((a, b) => a.localeCompare(b));
        pageFilter.append(...pages.map((page) => new Option(page, page)));
      })
      .catch(() => {});
  };

  for (const panel of document.querySelectorAll('[data-search-ui]')) drive(/** @type {HTMLElement} */ (panel));
})();

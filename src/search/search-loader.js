// @ts-check
/**
 * Inlined into every page by SearchBox.astro; a classic script, so that it
 * also runs from file:// in the offline bundle. It loads Pagefind's Component
 * UI on first use (a click on the search box, `/`, or Ctrl/⌘+K), or at once
 * on the search page. Until then it costs one small inline script.
 *
 * The offline bundle marks the search box with `data-search-embedded`: the
 * index is then read from `offline-search.js` (see src/offline/), which
 * tells Pagefind's UI where to import its API from.
 */
(() => {
  const box = document.querySelector('[data-search-bundle]');
  if (!box) return;
  const bundle = box.getAttribute('data-search-bundle') ?? '';
  const trigger = box.querySelector('a');
  const dialogTemplate = box.querySelector('template');
  // This script runs in the header, before the main content is parsed.
  const searchPage = () => document.querySelector('[data-search-page]');
  /** @type {Promise<any> | undefined} */
  let loading;

  /** @param {string} src */
  const addScript = (src) =>
    new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`Could not load ${src}`));
      document.head.append(script);
    });

  const load = () =>
    (loading ??= (async () => {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = `${bundle}pagefind-component-ui.css`;
      document.head.append(style);
      let bundlePath = bundle;
      if (box.hasAttribute('data-search-embedded')) {
        await addScript(`${bundle}offline-search.js`);
        bundlePath = /** @type {any} */ (window).RolesDocsOfflineSearch.bundlePath;
      }
      const config = document.createElement('pagefind-config');
      config.setAttribute('bundle-path', bundlePath);
      document.body.append(config);
      if (!searchPage() && dialogTemplate) document.body.append(dialogTemplate.content.cloneNode(true));
      await addScript(`${bundle}pagefind-component-ui.js`);
      return /** @type {any} */ (window).PagefindComponents.getInstanceManager().getInstance('default');
    })());

  const open = async () => {
    await load();
    const page = searchPage();
    if (page) /** @type {HTMLInputElement | null} */ (page.querySelector('pagefind-input input'))?.focus();
    else /** @type {any} */ (document.querySelector('pagefind-modal'))?.open();
  };

  if (trigger) {
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
  }

  document.addEventListener('keydown', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const typing = target.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !modK) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    open();
  });

  // Elsewhere the search box opens a dialog. The search page searches for
  // ?q= on load, and keeps ?q= in step with the query so that the address
  // can be shared.
  const onReady = () => {
    if (!searchPage()) {
      trigger?.setAttribute('aria-haspopup', 'dialog');
      return;
    }
    load().then((instance) => {
      const query = new URLSearchParams(location.search).get('q');
      if (query) instance.triggerSearch(query);
      instance.on('search', (/** @type {string} */ term) => {
        const url = new URL(location.href);
        if (term) url.searchParams.set('q', term);
        else url.searchParams.delete('q');
        try {
          history.replaceState(history.state, '', url);
        } catch {
          // Some browsers refuse to change a file:// address; the search still works.
        }
      });
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady);
  else onReady();
})();

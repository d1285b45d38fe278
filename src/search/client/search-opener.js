// @ts-check
/**
 * Inlined into every page by SearchBox.astro; a classic script, so that it
 * also runs from file:// in the offline bundle. It opens the search dialog
 * (a click on the search box, `/`, or Ctrl/⌘+K) and gives its box focus in
 * the same task, so that no key typed after is lost; then it loads the search
 * code (search-ui.js, from the search bundle's folder), which searches for
 * whatever the box holds by then. On the search page it loads it at once.
 *
 * Keys in the dialog: Esc clears a non-empty box and closes an empty one;
 * reopening selects the previous query, so that typing replaces it; closing
 * gives focus back to where it was.
 */
(() => {
  const box = document.querySelector('[data-search-bundle]');
  if (!box) return;
  const bundle = box.getAttribute('data-search-bundle') ?? '';
  const trigger = box.querySelector('a');
  const dialog = box.querySelector('dialog');
  // This script runs in the header, before the main content is parsed.
  const searchPage = () => document.querySelector('[data-search-page]');
  /** @type {Element | null} */
  let returnFocus = null;
  const FAILED = 'Search could not load. Close it and open it again to try again, or browse the contents page.';
  /** Whether the search code has been asked for (cleared when it could not load, to ask again). */
  let requested = false;

  const load = () => {
    if (requested) return;
    requested = true;
    /** @param {string} rel @param {string} file @param {string} [as] */
    const preload = (rel, file, as) => {
      const link = document.createElement('link');
      link.rel = rel;
      if (as) link.as = as;
      // Pagefind fetches its index in CORS mode: the preload must match.
      if (as === 'fetch') link.crossOrigin = 'anonymous';
      link.href = `${bundle}${file}`;
      document.head.append(link);
    };
    // search-ui.js loads Pagefind's API (hosted, the module pagefind.js; offline, the classic
    // script offline-search.js): fetch both at once.
    if (box.hasAttribute('data-search-embedded')) {
      preload('preload', 'offline-search.js', 'script');
    } else {
      preload('modulepreload', 'pagefind.js');
      // A small site's pages name its whole index (src/search/index-in-pages.ts): fetched now,
      // it is there when the keys stop, even if the browser runs search-ui.js only then.
      for (const file of JSON.parse(box.getAttribute('data-search-files') || '[]')) preload('preload', file, 'fetch');
    }
    const script = document.createElement('script');
    script.src = `${bundle}search-ui.js`;
    // Said where the results would be; the next time search opens, it is asked for again.
    script.onerror = () => {
      script.remove();
      requested = false;
      for (const status of document.querySelectorAll('[data-search-ui] .search-status')) status.textContent = FAILED;
    };
    document.head.append(script);
  };

  const open = () => {
    const page = searchPage();
    if (!page && dialog && !dialog.open) {
      returnFocus = document.activeElement;
      dialog.showModal();
    }
    const input = /** @type {HTMLInputElement | null} */ ((page ?? dialog)?.querySelector('input[type=search]') ?? null);
    input?.focus();
    input?.select();
    // Asked for once the dialog is open, so that it shows sooner: the elements that ask for the
    // files change the head, and added first they made showModal()'s style and layout dearer.
    load();
  };

  trigger?.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
  trigger?.setAttribute('aria-haspopup', 'dialog');

  document.addEventListener('keydown', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    // The box of a dialog just closed may still hold focus for a moment: a `/` there opens search.
    const inClosedDialog = dialog && !dialog.open && dialog.contains(target);
    const typing = !inClosedDialog && target.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !modK) return;
    if (dialog?.open) return;
    event.preventDefault();
    open();
  });

  dialog?.addEventListener('keydown', (event) => {
    const input = /** @type {HTMLInputElement | null} */ (dialog.querySelector('input[type=search]'));
    if (event.key !== 'Escape' || !input?.value) return;
    // Esc with a query clears it (and stays open); with none, the dialog closes.
    event.preventDefault();
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
  });
  dialog?.addEventListener('close', () => {
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    returnFocus = null;
  });
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog?.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  const onReady = () => {
    if (searchPage()) load();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady);
  else onReady();
})();

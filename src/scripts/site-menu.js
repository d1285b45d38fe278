// @ts-check
/**
 * The header's Menu disclosure (BaseLayout.astro) holds the site navigation.
 * From 56rem the navigation is a column beside the page, so the disclosure
 * is kept open; below, it starts closed, and Escape closes it and returns
 * to its button. Without JavaScript, CSS (::details-content) shows the column
 * on wide screens and the button works as any <details>.
 */
(() => {
  const menu = document.querySelector('details.site-menu');
  if (!(menu instanceof HTMLDetailsElement)) return;
  const wide = matchMedia('(min-width: 56rem)');
  const sync = () => {
    menu.open = wide.matches;
  };
  sync();
  wide.addEventListener('change', sync);
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || wide.matches || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
})();

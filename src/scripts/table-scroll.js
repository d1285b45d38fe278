// @ts-check
/**
 * A table's scroll box (rehype-wrap-tables.ts; a tall wide table scrolls down too) is a tab stop so that a
 * keyboard can scroll it; where the table fits, there is nothing to scroll,
 * and the stop only gets in the way: it is removed, and given back if the
 * window narrows. Without JavaScript every box stays focusable.
 */
(() => {
  const update = () => {
    for (const box of document.querySelectorAll('.table-scroll')) {
      if (box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1) box.setAttribute('tabindex', '0');
      else box.removeAttribute('tabindex');
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', update);
  else update();
  addEventListener('resize', update);
})();

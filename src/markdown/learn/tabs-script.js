// @ts-check
/**
 * Turns Learn tab sets (remark-learn-tabs.ts: panels under their titles,
 * which is what readers get without JavaScript) into tabs: a tab list of
 * buttons, arrow keys, Home and End between them, one panel shown. Choosing a
 * tab chooses the same one in every other set of the page (same id, or the
 * same first part of a dependent id such as `windows/cmd`). Inlined by
 * DocLayout.astro on pages that have tabs; a classic script, for file:// too.
 */
(() => {
  /** @type {{ tabs: HTMLButtonElement[], panels: HTMLElement[] }[]} */
  const sets = [];
  const group = (/** @type {string} */ id) => id.split('/')[0];

  const select = (/** @type {number} */ setIndex, /** @type {number} */ tabIndex, /** @type {boolean} */ follow) => {
    const set = sets[setIndex];
    set.tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === tabIndex));
      tab.tabIndex = i === tabIndex ? 0 : -1;
      set.panels[i].hidden = i !== tabIndex;
    });
    if (!follow) return;
    const chosen = set.panels[tabIndex].dataset.tab ?? '';
    sets.forEach((other, s) => {
      if (s === setIndex) return;
      let match = other.panels.findIndex((p) => p.dataset.tab === chosen);
      if (match === -1) match = other.panels.findIndex((p) => group(p.dataset.tab ?? '') === group(chosen));
      if (match !== -1) select(s, match, false);
    });
  };

  document.querySelectorAll('[data-tab-set]').forEach((root, setIndex) => {
    const panels = /** @type {HTMLElement[]} */ ([...root.children].filter((c) => c.classList.contains('tab-panel')));
    const list = document.createElement('div');
    list.className = 'tab-list';
    list.setAttribute('role', 'tablist');
    const tabs = panels.map((panel, i) => {
      const title = /** @type {HTMLElement | null} */ (panel.querySelector(':scope > .tab-title'));
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `${title?.id ?? `tab-${setIndex}-${i}`}-tab`;
      tab.className = 'tab';
      tab.setAttribute('role', 'tab');
      tab.textContent = title?.textContent ?? `Tab ${i + 1}`;
      panel.id ||= `${tab.id}-panel`;
      tab.setAttribute('aria-controls', panel.id);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      if (title) title.hidden = true;
      tab.addEventListener('click', () => select(setIndex, i, true));
      tab.addEventListener('keydown', (event) => {
        const last = panels.length - 1;
        const next = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[event.key];
        if (next === undefined) return;
        event.preventDefault();
        select(setIndex, next, true);
        sets[setIndex].tabs[next].focus();
      });
      list.append(tab);
      return tab;
    });
    root.prepend(list);
    sets.push({ tabs, panels });
    select(setIndex, 0, false);
  });
})();

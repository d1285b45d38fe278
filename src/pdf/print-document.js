// @ts-check
/**
 * Runs in the print page (pages/[print]/) before Chromium prints it: makes
 * the many pages one document. Each part (an article, a matrix page) keeps
 * its own ids with its anchor as a prefix; links between parts become jumps
 * inside the document (to the article, the heading or the duty's row); links
 * to pages the document does not hold become plain text, so that nothing
 * points at the local server. An article's headings go as deep as its place
 * in the navigation, so that the PDF's bookmarks follow it. A duty's
 * counterparts become jumps to their rows. Other disclosures open: paper cannot. Sets `window.rolesDocsPrintReady` when done.
 */
(() => {
  const parts = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('[data-print-url]')]);
  const partByPath = new Map(parts.map((part) => [part.dataset.printUrl, part.id]));

  for (const part of parts) {
    for (const element of part.querySelectorAll('[id]')) element.id = `${part.id}--${element.id}`;
    const depth = Number(part.dataset.depth ?? 0);
    if (depth === 0) continue;
    for (const heading of part.querySelectorAll('.print-body :is(h2, h3, h4, h5)')) {
      const level = Math.min(6, Number(heading.tagName[1]) + depth);
      const moved = document.createElement(`h${level}`);
      for (const attribute of heading.attributes) moved.setAttribute(attribute.name, attribute.value);
      moved.append(...heading.childNodes);
      heading.replaceWith(moved);
    }
  }

  // On paper, a duty's counterpart is a jump to the counterpart's own row (where its
  // description is printed), with the reason the two go together: the description
  // again in the narrow name column would make rows taller than a page.
  for (const details of document.querySelectorAll('details.counterpart')) {
    const summary = details.querySelector('summary');
    const target = details.querySelector('.counterpart-body a[href^="#"]');
    if (!summary || !target) continue;
    const note = document.createElement('div');
    note.className = details.className;
    const link = document.createElement('a');
    link.href = target.getAttribute('href') ?? '';
    link.append(...summary.childNodes);
    const line = document.createElement('p');
    line.append(link);
    note.append(line, ...details.querySelectorAll('.counterpart-reason'));
    details.replaceWith(note);
  }

  for (const link of /** @type {HTMLAnchorElement[]} */ ([...document.querySelectorAll('a[href]')])) {
    const href = link.getAttribute('href') ?? '';
    const part = /** @type {HTMLElement | null} */ (link.closest('[data-print-url]'));
    if (href.startsWith('#') && !part) continue;
    const url = new URL(href, new URL(part?.dataset.printUrl ?? '/', location.origin));
    if (url.origin !== location.origin) continue;
    const target = partByPath.get(url.pathname);
    const id = url.hash ? `${target}--${decodeURIComponent(url.hash.slice(1))}` : target;
    if (target && id && document.getElementById(id)) link.setAttribute('href', `#${id}`);
    else if (target) link.setAttribute('href', `#${target}`);
    else link.replaceWith(...link.childNodes);
  }

  for (const details of document.querySelectorAll('details')) details.open = true;
  /** @type {any} */ (window).rolesDocsPrintReady = true;
})();

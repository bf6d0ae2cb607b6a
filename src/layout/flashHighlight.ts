const highlightMs = 2500;

/** Marks the place a reader was just taken to, briefly, so the eye finds it. */
export function flashHighlight(element: Element): void {
  element.setAttribute('data-highlighted', '');
  window.setTimeout(() => element.removeAttribute('data-highlighted'), highlightMs);
}

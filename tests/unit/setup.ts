import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// These tests judge what happens, not how soon: speed is the bench's. In CI they share two cores with
// a browser suite and two more builds, and a dialog has taken 1.9 s there to appear (findBy* waits 1 s).
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: scrolling is a no-op here and is exercised in the browser tests.
Element.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = () => {};
window.scrollBy = () => {};
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = 'nl';
});

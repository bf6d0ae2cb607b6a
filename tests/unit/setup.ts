import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// These tests judge what happens, not how soon: speed is the bench's. On a busy two-core machine a
// dialog has taken 1.9 s to appear (findBy* waits 1 s by default). Three seconds stays under the
// test's own limit of five, so a test that waits in vain still names what it waited for.
configure({ asyncUtilTimeout: 3000 });

// jsdom has no layout: scrolling is a no-op here and is exercised in the browser tests.
Element.prototype.scrollIntoView = function scrollIntoView() {};
window.scrollTo = () => {};
window.scrollBy = () => {};
document.elementFromPoint = () => null;
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

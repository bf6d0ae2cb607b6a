import { describe, expect, it } from 'vitest';
import { scrollToKeepAbove } from '@/citations/sheetPlacement';

// A 640 px phone: sticky header down to 60, a sheet from 192 to the bottom.
const freeSpace = { top: 60, bottom: 192 };

describe('keeping a citation in view above the sheet', () => {
  it('leaves the page where it is while the citation is clear of the header and the sheet', () => {
    expect(scrollToKeepAbove({ top: 100, bottom: 129 }, freeSpace, 12)).toBe(0);
  });

  it('scrolls a citation the sheet would cover up to the middle of the space above it', () => {
    // Centre of the citation at 414.5, of the free space at 126.
    expect(scrollToKeepAbove({ top: 400, bottom: 429 }, freeSpace, 12)).toBe(288.5);
  });

  it('scrolls a citation under the sticky header down to the middle of the space', () => {
    expect(scrollToKeepAbove({ top: 40, bottom: 69 }, freeSpace, 12)).toBe(-71.5);
  });

  it('scrolls a citation that touches the sheet, so that words after it show too', () => {
    expect(scrollToKeepAbove({ top: 160, bottom: 189 }, freeSpace, 12)).toBe(48.5);
  });
});

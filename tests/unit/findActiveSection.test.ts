import { describe, expect, it } from 'vitest';
import { findActiveSection } from '@/contents/findActiveSection';

const headingsHalfwayDown = [
  { id: 'a', top: -900 },
  { id: 'b', top: -200 },
  { id: 'c', top: 250 },
  { id: 'd', top: 1400 },
];

describe('findActiveSection', () => {
  it('is the last section whose heading has passed the reading line', () => {
    expect(findActiveSection(headingsHalfwayDown, 280, false)).toBe('c');
    expect(findActiveSection(headingsHalfwayDown, 200, false)).toBe('b');
  });

  it('is none above the first heading', () => {
    expect(findActiveSection([{ id: 'a', top: 600 }], 280, false)).toBeNull();
  });

  it('is the last section at the bottom of the page, even if its heading never reached the line', () => {
    expect(findActiveSection(headingsHalfwayDown, 280, true)).toBe('d');
  });

  it('is none when there are no headings', () => {
    expect(findActiveSection([], 280, true)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseCitation } from '@/citations/parseCitation';

describe('parseCitation', () => {
  it.each([
    ['1', [1]],
    ['6', [6]],
    ['2-4', [2, 3, 4]],
    ['5–7', [5, 6, 7]],
    [' 2 - 3 ', [2, 3]],
  ])('reads %j as %j', (text, numbers) => {
    expect(parseCitation(text)).toEqual(numbers);
  });

  it.each(['', 'abc', '0', '4-2', '2,4', '1-', '<b>1</b>'])('rejects %j', (text) => {
    expect(parseCitation(text)).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawnAsPng, drawnAsSmallestPng } from '../../scripts/drawing.js';

const favicon = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');

describe("the pages' icon, which every page carries inline", () => {
  it('keeps every pixel of the drawing, in fewer bytes than resvg writes it', () => {
    const drawn = drawnAsPng(favicon, 32);
    const carried = drawnAsSmallestPng(favicon, 32);
    expect(PNG.sync.read(carried).data.equals(PNG.sync.read(drawn).data)).toBe(true);
    expect(carried.length).toBeLessThan(drawn.length * 0.75);
  });
});

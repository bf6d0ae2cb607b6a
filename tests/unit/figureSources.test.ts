import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFiles } from '../../scripts/collection/dataFiles.js';
import { figureSource, inlineLimitBytes } from '../../scripts/collection/figureSources.js';
import { readCollection } from '../../scripts/collection/readCollection.js';
import { figuresOf } from '../../src/collection/figurePath.js';

/** An SVG file of exactly this many bytes. */
function drawing(bytes: number) {
  const [start, end] = ['<svg xmlns="http://www.w3.org/2000/svg"><!--', '--></svg>'];
  return `${start}${'x'.repeat(bytes - start.length - end.length)}${end}`;
}

describe('figures', () => {
  it('send the shipped drawing inside the page, as the file it is, and ask for no file of it', () => {
    const { articles } = readCollection();
    const article = articles.find((candidate) => candidate.id === 'vitamine-b12-en-als');
    const figure = article?.sections.flatMap((section) => section.blocks).find((block) => block.type === 'figure');
    if (figure?.type !== 'figure' || !article) throw new Error('The article has no figure to test with.');
    const [mediaType, base64] = figure.src.split(',');
    expect(mediaType).toBe('data:image/svg+xml;base64');
    expect(Buffer.from(base64 ?? '', 'base64')).toEqual(readFileSync('content/vitamine-b12-en-als/injection.svg'));
    expect(figuresOf(article)).toEqual([]);
  });

  it('serve a drawing over the limit as a file of its own, which the build writes and offline reading saves', () => {
    const folder = mkdtempSync(join(tmpdir(), 'figures-'));
    writeFileSync(join(folder, 'small.svg'), drawing(inlineLimitBytes));
    writeFileSync(join(folder, 'large.svg'), drawing(inlineLimitBytes + 1));
    expect(figureSource('an-article', folder, 'small.svg')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(figureSource('an-article', folder, 'large.svg')).toBe('/content/an-article/large.svg');

    const blocks = ['small.svg', 'large.svg'].map((image) => ({ type: 'figure', image, src: figureSource('an-article', folder, image) }));
    const article = { id: 'an-article', introduction: blocks, sections: [], closing: [] };
    expect(figuresOf(article)).toEqual([{ image: 'large.svg', path: '/content/an-article/large.svg' }]);
  });

  it('leave the build no file to write for an inlined drawing', () => {
    const paths = dataFiles(readCollection()).map(([path]) => path);
    expect(paths.filter((path) => path.startsWith('/content/'))).toEqual([]);
  });
});

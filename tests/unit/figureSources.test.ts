import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
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

/** The pixels of a drawing at 640 pixels wide, as a browser would roughly draw them. */
function pixels(svg: string) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: 640 } }).render().pixels;
}

describe('figures', () => {
  it('send the shipped drawing inside the page as markup that draws the same picture, and ask for no file of it', () => {
    const { articles } = readCollection();
    const article = articles.find((candidate) => candidate.id === 'vitamine-b12-en-als');
    const figure = article?.sections.flatMap((section) => section.blocks).find((block) => block.type === 'figure');
    if (figure?.type !== 'figure' || !article) throw new Error('The article has no figure to test with.');
    if (figure.svg === undefined) throw new Error(`The shipped drawing was not inlined, but sent as ${figure.src.slice(0, 40)}…`);

    const file = readFileSync('content/vitamine-b12-en-als/injection.svg', 'utf8');
    // The markup has no size of its own (the page's CSS sizes it); give it the file's for drawing.
    const drawn = pixels(figure.svg.replace('<svg ', '<svg width="320" height="140" '));
    const original = pixels(file);
    expect(drawn.length).toBe(original.length);
    const differing = drawn.filter((value, index) => Math.abs(value - (original[index] ?? 0)) > 8).length;
    expect(differing / drawn.length).toBeLessThan(0.001);
    expect(figuresOf(article)).toEqual([]);
  });

  it('serve a drawing over the limit as a file of its own, which the build writes and offline reading saves', () => {
    const folder = mkdtempSync(join(tmpdir(), 'figures-'));
    writeFileSync(join(folder, 'small.svg'), drawing(inlineLimitBytes));
    writeFileSync(join(folder, 'large.svg'), drawing(inlineLimitBytes + 1));
    expect(figureSource('an-article', folder, 'small.svg')).toEqual({ svg: expect.stringMatching(/^<svg /) });
    expect(figureSource('an-article', folder, 'large.svg')).toEqual({ src: '/content/an-article/large.svg' });

    const blocks = ['small.svg', 'large.svg'].map((image) => ({ type: 'figure', image, ...figureSource('an-article', folder, image) }));
    const article = { id: 'an-article', introduction: blocks, sections: [], closing: [] };
    expect(figuresOf(article)).toEqual([{ image: 'large.svg', path: '/content/an-article/large.svg' }]);
  });

  it('send a small photo inside the page as a data: address', () => {
    const folder = mkdtempSync(join(tmpdir(), 'figures-'));
    const png = Buffer.from(new Resvg(drawing(200)).render().asPng());
    writeFileSync(join(folder, 'photo.png'), png);
    expect(figureSource('an-article', folder, 'photo.png')).toEqual({ src: `data:image/png;base64,${png.toString('base64')}` });
  });

  it('leave the build no file to write for an inlined drawing', () => {
    const paths = dataFiles(readCollection()).map(([path]) => path);
    expect(paths.filter((path) => path.startsWith('/content/'))).toEqual([]);
  });
});

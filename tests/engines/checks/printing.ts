import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { withPage, type Check } from '../suite';
import { untilHydrated } from '../waiting';

const address = '/nl/vitamine-b12-en-als/als-en-vitamine-b12';
const label = 'Lees deze pagina online: scan de code, of ga naar';
/** The QR code's side on paper: 112 CSS pixels, in points. */
const codeSide = 84;

/** Poppler's tools read the PDF as the reader's printer would. */
function poppler(tool: string, args: string[]): Buffer {
  try {
    return execFileSync(tool, args);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: apt-get install poppler-utils.`);
    throw error;
  }
}

interface PrintedWord {
  page: number;
  x: number;
  y: number;
  text: string;
}

/** Every word of the PDF with its page and its place on it, in points from the top left. */
function printedWords(pdf: string): PrintedWord[] {
  const pages = poppler('pdftotext', ['-bbox', pdf, '-']).toString('utf8').split('<page ').slice(1);
  return pages.flatMap((page, index) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(([, x, y, text]) => ({
      page: index + 1,
      x: Number(x),
      y: Number(y),
      text: (text ?? '').replace(/&amp;/g, '&'),
    })),
  );
}

/**
 * How a square of the printed page looks, rendered in grey at one pixel a point: the share of dark
 * pixels, and how often a row turns from light to dark. A QR code is about half dark and turns often;
 * blank paper or a line of text is neither.
 */
function printedSquare(pdf: string, page: number, left: number, top: number, side: number) {
  const prefix = join(mkdtempSync(join(tmpdir(), 'printed-page-')), 'page');
  poppler('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '72', '-gray', '-singlefile', pdf, prefix]);
  const image = readFileSync(`${prefix}.pgm`);
  // A binary PGM: "P5", width, height, the largest value, then a byte a pixel, row by row.
  const header = /^P5\s+(\d+)\s+\d+\s+255\s/.exec(image.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no greyscale image.');
  const width = Number(header[1]);
  const pixel = (x: number, y: number) => image[header[0].length + Math.round(y) * width + Math.round(x)] ?? 255;
  let dark = 0;
  let turns = 0;
  for (let y = top; y < top + side; y += 1) {
    for (let x = left; x < left + side; x += 1) {
      const isDark = pixel(x, y) < 128;
      if (isDark) dark += 1;
      if (isDark && x > left && pixel(x - 1, y) >= 128) turns += 1;
    }
  }
  return { darkShare: dark / (side * side), turnsPerRow: turns / side };
}

/**
 * A printed handout leads back online: the QR code (which loads lazily, so only for print) and the
 * address beside it, read off the printed PDF itself. Chromium is checked in tests/e2e/print.spec.ts.
 */
export const printing: Check = (suite) => {
  it(`printing ${address} shows the QR code and the page’s address`, () =>
    withPage(suite.engine, async (page) => {
      if (!page.print) throw new Error(`This suite cannot print from ${suite.engine.name}.`);
      await page.goto(suite.site.origin + address);
      await untilHydrated(page);
      const pdf = join(mkdtempSync(join(tmpdir(), 'printed-')), 'page.pdf');
      writeFileSync(pdf, await page.print());

      const canonical = await page.evaluate(() => document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '');
      expect(canonical.endsWith(address)).toBe(true);
      const words = printedWords(pdf);
      const text = words.map((word) => word.text).join(' ');
      // The address may wrap, even within itself.
      expect(text.replace(/(?<=\/) (?=\S)/g, '')).toContain(`${label} ${canonical}`);

      const labelWords = label.split(' ');
      const start = words.findIndex((_, index) => labelWords.every((word, offset) => words[index + offset]?.text === word));
      const labelStart = words[start];
      expect(labelStart, 'the label beside the QR code').toBeDefined();
      if (!labelStart) return;
      // The code sits to the left of its label, its top about level with the label's.
      const square = printedSquare(pdf, labelStart.page, labelStart.x - codeSide - 12, labelStart.y - 8, codeSide * 0.75);
      expect(square.darkShare, 'a QR code left of the label: about half dark').toBeGreaterThan(0.25);
      expect(square.darkShare).toBeLessThan(0.75);
      expect(square.turnsPerRow, 'a QR code left of the label: many modules to a row').toBeGreaterThan(5);
    }));
};

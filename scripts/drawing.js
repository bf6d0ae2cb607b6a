// Turns the build's own SVG drawings into PNG images, with fonts that ship with the project's
// packages rather than whatever the machine has installed, so every machine draws the same image.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';

const require = createRequire(import.meta.url);
const fontFiles = [
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
];

/**
 * @param {string} svg
 * @param {number} [width] pixels; the drawing's own width when left out
 * @returns {Buffer}
 */
export function drawnAsPng(svg, width) {
  const fitTo = width === undefined ? undefined : /** @type {const} */ ({ mode: 'width', value: width });
  return new Resvg(svg, { fitTo, font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } }).render().asPng();
}

/**
 * The drawing as the smallest PNG among those written with each of PNG's row filters, for an image
 * every page carries. resvg picks a filter for each row, which suits a large drawing; the pages'
 * 32-pixel icon, flat colour and a few letters, came out a third smaller with none (679 bytes, 450).
 * @param {string} svg
 * @param {number} width pixels
 * @returns {Buffer}
 */
export function drawnAsSmallestPng(svg, width) {
  // Read back from resvg's PNG: its raw pixels have their alpha multiplied in, and a PNG's do not.
  const image = PNG.sync.read(drawnAsPng(svg, width));
  const written = [-1, 0, 1, 2, 3, 4].map((filterType) => PNG.sync.write(image, { deflateLevel: 9, deflateStrategy: 0, filterType }));
  return written.reduce((smallest, candidate) => (candidate.length < smallest.length ? candidate : smallest));
}

// Turns the build's own SVG drawings into PNG images, with fonts that ship with the project's
// packages rather than whatever the machine has installed, so every machine draws the same image.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

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

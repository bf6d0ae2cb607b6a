// Draws each language's link-preview image (1200 × 630 PNG): the title, the site's name and our own
// drawing of a syringe. No photo we do not own, and a font that ships with the project's packages.
import { drawnAsPng } from './drawing.js';

/** @param {string} text */
function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * @param {{ title: string, siteName: string }} text
 * @returns {Buffer}
 */
export function renderShareImage({ title, siteName }) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0b5f73"/>
  <rect x="0" y="560" width="1200" height="70" fill="#084c5c"/>
  <text x="80" y="250" font-family="Noto Sans" font-weight="700" font-size="84" fill="#ffffff">${escapeXml(title)}</text>
  <text x="80" y="604" font-family="Noto Sans" font-size="34" fill="#d9eef3">${escapeXml(siteName)}</text>
  <g transform="translate(80 320) scale(2.2)" fill="none" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" stroke-linecap="round">
    <path d="M20 50h16v40H20z"/><path d="M36 70h44"/><path d="M80 44h150v52H80z"/>
    <path d="M110 44v14M140 44v14M170 44v14M200 44v14"/><path d="M230 58h20v24h-20"/><path d="M250 70h56" stroke-width="3"/>
  </g>
  <path transform="translate(80 320) scale(2.2)" d="M82 60h80v34H82z" fill="#7fd0e3"/>
</svg>`;
  return drawnAsPng(svg);
}

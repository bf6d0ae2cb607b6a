// The Content-Security-Policy of every page: only this site's own scripts, styles, images and
// connections, and no eval. The one inline stylesheet and the two inline scripts (firstPaint.js, and
// src/article/openAtSection.ts on a section's address) are allowed by their hashes, so no other inline
// style can apply and no other inline script can run. The build writes the policy beside the pages, for our server and for any other host to send.
import { createHash } from 'node:crypto';

export const policyFile = 'content-security-policy.txt';

/** @param {string} content the exact text of an inline <style> or <script> */
export function inlineHash(content) {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** @param {{ styleHashes: string[], scriptHashes: string[] }} inline */
export function contentSecurityPolicy({ styleHashes, scriptHashes }) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

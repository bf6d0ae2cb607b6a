// The Content-Security-Policy of every page: only this site's own scripts, styles, images and
// connections, no inline script, no eval. The one inline stylesheet (see firstPaint.js) is allowed
// by its hash, so no other inline style can apply. The build writes the policy beside the pages,
// for our server and for any other host to send.
import { createHash } from 'node:crypto';

export const policyFile = 'content-security-policy.txt';

/** @param {string} content the exact text of an inline <style> */
export function styleHash(content) {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** @param {string[]} styleHashes */
export function contentSecurityPolicy(styleHashes) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

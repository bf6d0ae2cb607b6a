// How big a build is on disk: every file, the site's own files, and the Brotli files precompress
// wrote beside them (what the server sends to almost every browser).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {{ files: number, bytes: number }} Tally */

/**
 * @param {string} distDir
 * @returns {{ all: Tally, site: Tally, brotli: Tally, gzip: Tally }}
 */
export function distSize(distDir) {
  const tally = () => ({ files: 0, bytes: 0 });
  const sizes = { all: tally(), site: tally(), brotli: tally(), gzip: tally() };
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = statSync(join(entry.parentPath, entry.name)).size;
    const kind = entry.name.endsWith('.br') ? sizes.brotli : entry.name.endsWith('.gz') ? sizes.gzip : sizes.site;
    for (const row of [sizes.all, kind]) {
      row.files += 1;
      row.bytes += bytes;
    }
  }
  return sizes;
}

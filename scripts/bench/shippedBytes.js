/**
 * What one page load sends, by kind of file: from a Lighthouse report's network requests.
 * @param {any} report a Lighthouse result
 * @returns {{ kind: string, requests: number, compressed: number, uncompressed: number }[]}
 */
export function shippedBytes(report) {
  /** @type {Map<string, { kind: string, requests: number, compressed: number, uncompressed: number }>} */
  const byKind = new Map();
  for (const request of report.audits['network-requests'].details.items) {
    const kind = request.resourceType ?? 'Other';
    const row = byKind.get(kind) ?? { kind, requests: 0, compressed: 0, uncompressed: 0 };
    row.requests += 1;
    row.compressed += request.transferSize ?? 0;
    row.uncompressed += request.resourceSize ?? 0;
    byKind.set(kind, row);
  }
  return [...byKind.values()].sort((a, b) => b.compressed - a.compressed);
}

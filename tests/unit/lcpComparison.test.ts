import { describe, expect, it } from 'vitest';
import { comparisonOf, lcpRatioBudget, overBudget } from '../../scripts/bench/lcpComparison.js';

/** The parts of a Lighthouse result the comparison reads. */
function report(lcp: number, fcp = lcp, requests: { url: string; networkEndTime: number }[] = []) {
  return {
    audits: {
      'largest-contentful-paint': { numericValue: lcp },
      'first-contentful-paint': { numericValue: fcp },
      metrics: { details: { items: [{ observedLargestContentfulPaint: 80 }] } },
      'network-requests': { details: { items: [{ url: 'http://localhost:4176/nl/', networkEndTime: 10 }, ...requests] } },
    },
  };
}

describe('the LCP comparison with a plain page', () => {
  it('judges a page on the median of its rounds, each against the plain page of the same round', () => {
    const comparison = comparisonOf('/nl/', 'simulate', [report(700), report(800), report(660)], [report(700), report(640), report(600)]);
    expect(comparison.rounds.map((round) => round.ratio)).toEqual([1, 1.25, 1.1]);
    expect(comparison.ratio).toBe(1.1);
    // One slow round does not fail the page, and a ratio of exactly the budget keeps it; two would not.
    expect(overBudget(comparison)).toBeUndefined();
    expect(comparisonOf('/nl/', 'simulate', [report(700), report(800), report(770)], [report(700), report(640), report(600)]).ratio).toBeGreaterThan(
      lcpRatioBudget,
    );
  });

  it('fails a page over the budget with its address and ratio, and keeps one within it', () => {
    const within = comparisonOf('/nl/', 'simulate', [report(700), report(720), report(710)], [report(650), report(650), report(650)]);
    expect(overBudget(within)).toBeUndefined();
    const over = comparisonOf('/en/a/b', 'simulate', [report(730), report(720), report(740)], [report(650), report(650), report(650)]);
    expect(overBudget(over)).toBe("/en/a/b has an LCP 1.123 times its plain page's, over the budget of 1.10.");
  });

  it('fails a page whose round measured no LCP, rather than passing it unjudged', () => {
    const unmeasured = { audits: { ...report(700).audits, 'largest-contentful-paint': {} } };
    const comparison = comparisonOf('/nl/', 'simulate', [report(700), unmeasured, report(700)], [report(650), report(650), report(650)]);
    expect(overBudget(comparison)).toBe('/nl/ has no LCP ratio: a round measured no LCP, over the budget of 1.10.');
  });

  it('names the requests the app had done before its LCP, which the simulation counts into it', () => {
    const app = report(700, 690, [
      { url: 'http://localhost:4176/qr/nl/index.svg', networkEndTime: 50 },
      { url: 'data:image/svg+xml;base64,PHN2Zz4=', networkEndTime: 20 },
      { url: 'http://localhost:4176/assets/index-AbC.js', networkEndTime: 120 },
    ]);
    expect(comparisonOf('/nl/', 'simulate', [app], [report(650)]).rounds[0]?.earlyRequests).toEqual(['/qr/nl/index.svg']);
  });
});

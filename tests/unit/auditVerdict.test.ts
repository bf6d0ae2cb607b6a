import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../scripts/quality/auditVerdict.js';

// Shaped like `npm audit --json` (report version 2), trimmed to the fields the gate reads.
function report(vulnerabilities: Record<string, { severity: string; range: string; fixAvailable: boolean }>) {
  const entries = Object.entries(vulnerabilities).map(([name, entry]) => [name, { name, ...entry }]);
  return {
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(entries),
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: entries.length } },
  };
}

describe('the dependency gate', () => {
  it('passes with no advisories, or only low and moderate ones', () => {
    expect(auditVerdict(report({})).verdict).toBe('pass');
    expect(auditVerdict(report({ 'left-pad': { severity: 'moderate', range: '<1.3.0', fixAvailable: true } })).verdict).toBe('pass');
  });

  it('fails on a high or critical advisory, and names the package and the way out', () => {
    const verdict = auditVerdict(
      report({
        'left-pad': { severity: 'moderate', range: '<1.3.0', fixAvailable: true },
        'react-router': { severity: 'high', range: '7.0.0 - 7.5.1', fixAvailable: true },
        'i18next': { severity: 'critical', range: '<26.0.0', fixAvailable: false },
      }),
    );
    expect(verdict.verdict).toBe('fail');
    expect(verdict.lines).toEqual([
      'high: react-router 7.0.0 - 7.5.1 (a fix is available: npm audit fix)',
      'critical: i18next <26.0.0',
    ]);
  });

  it('says when the advisory service could not be asked, rather than passing quietly', () => {
    const verdict = auditVerdict({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 });
    expect(verdict.verdict).toBe('unavailable');
    expect(verdict.lines[0]).toContain('405 Method Not Allowed');
  });
});

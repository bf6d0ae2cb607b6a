/**
 * What `npm audit --omit=dev --json` means for a run: a pass, a failure naming each package with a
 * high or critical advisory, or that the advisory service could not be asked at all.
 * @param {any} report the parsed JSON npm printed
 * @returns {{ verdict: 'pass' | 'fail' | 'unavailable', lines: string[] }}
 */
export function auditVerdict(report) {
  if (!report?.metadata?.vulnerabilities) {
    return { verdict: 'unavailable', lines: [`npm audit got no answer from the advisory service: ${report?.message ?? 'no report'}`] };
  }
  const serious = Object.values(report.vulnerabilities ?? {}).filter(
    (/** @type {{ severity: string }} */ entry) => entry.severity === 'high' || entry.severity === 'critical',
  );
  const { total } = report.metadata.vulnerabilities;
  if (!serious.length) return { verdict: 'pass', lines: [`npm audit: no high or critical advisories in the shipped dependencies (${total} lower).`] };
  return {
    verdict: 'fail',
    lines: serious.map(
      (/** @type {{ name: string, severity: string, range: string, fixAvailable: unknown }} */ entry) =>
        `${entry.severity}: ${entry.name} ${entry.range}${entry.fixAvailable ? ' (a fix is available: npm audit fix)' : ''}`,
    ),
  };
}

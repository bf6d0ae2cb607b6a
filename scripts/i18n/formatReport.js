// Turns the check's findings into text a translator can act on.

/** @param {number} count @param {string} noun */
const counted = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Each finding under its file and key, so a translator can go straight there. */
const listed = (/** @type {import('./readLocales.js').Problem[]} */ findings) =>
  findings.map(({ file, key, message }) => `  ${file}${key ? `  ${key}` : ''}\n      ${message}`).join('\n');

/**
 * @param {import('./readLocales.js').Problem[]} problems
 */
export function formatProblems(problems) {
  return `Locale check found ${counted(problems.length, 'problem')}:\n\n${listed(problems)}\n`;
}

/**
 * Findings that do not stop the build: translations that may be out of date.
 * @param {import('./readLocales.js').Problem[]} warnings
 */
export function formatWarnings(warnings) {
  const note = 'the build goes on: an outdated translation is better than none';
  return `Translation check found ${counted(warnings.length, 'warning')} (${note}):\n\n${listed(warnings)}\n`;
}

/**
 * Findings in articles' content that do not stop the build: the page still shows what they concern.
 * @param {import('./readLocales.js').Problem[]} warnings
 */
export function formatContentWarnings(warnings) {
  const note = 'the build goes on: the page still shows each of them';
  return `Content check found ${counted(warnings.length, 'warning')} (${note}):\n\n${listed(warnings)}\n`;
}

/**
 * @param {import('./checkLocales.js').Completeness[]} rows
 * @param {string} sourceLanguage
 */
export function formatCompleteness(rows, sourceLanguage) {
  const header = ['language', 'keys', 'translated', `identical to ${sourceLanguage}`];
  const body = rows.map((row) => [
    row.language,
    String(row.keys),
    `${row.translated} (${row.keys ? Math.floor((row.translated / row.keys) * 100) : 100}%)`,
    String(row.identical),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => (line[column] ?? '').length)));
  const format = (/** @type {string[]} */ line) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [format(header), ...body.map(format)].join('\n');
}

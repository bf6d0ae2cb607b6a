// Turns the check's findings into text a translator can act on.

/**
 * @param {import('./readLocales.js').Problem[]} problems
 */
export function formatProblems(problems) {
  const lines = problems.map(({ file, key, message }) => `  ${file}${key ? `  ${key}` : ''}\n      ${message}`);
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `Locale check found ${count}:\n\n${lines.join('\n')}\n`;
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

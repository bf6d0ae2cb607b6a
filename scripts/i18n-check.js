// npm run i18n:check — checks every language against Dutch and every article under content/ against
// its texts, and reports every problem at once; then has i18next-cli look for text written straight
// into the code instead of the locale files.
//   node scripts/i18n-check.js [--locales DIR] [--content DIR]   (other folders, as the tests' fixtures)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { checkProject } from './i18n/checkProject.js';
import { formatCompleteness, formatContentWarnings, formatProblems, formatWarnings } from './i18n/formatReport.js';
import { contentDir, localesDir, sourceLanguage } from './i18n/projectSettings.js';

/** @param {string} option */
function folderOption(option) {
  const index = process.argv.indexOf(option);
  return index > 0 ? resolve(process.argv[index + 1] ?? '') : undefined;
}
const checkedLocales = folderOption('--locales') ?? localesDir;
const checkedContent = folderOption('--content') ?? contentDir;

const { problems, warnings, contentWarnings, completeness } = checkProject({ localesDir: checkedLocales, contentDir: checkedContent, sourceLanguage });

console.log(formatCompleteness(completeness, sourceLanguage));
console.log();
if (warnings.length > 0) console.warn(`${formatWarnings(warnings)}\n`);
if (contentWarnings.length > 0) console.warn(`${formatContentWarnings(contentWarnings)}\n`);
let failed = problems.length > 0;
if (failed) console.error(formatProblems(problems));
else console.log('Locale and content files: no problems.');

/** @param {string} command */
function i18nextCli(command) {
  const run = spawnSync('npx', ['--no-install', 'i18next-cli', command], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}`.replace(/^npm warn .*\n/gm, '') };
}

// i18next-cli reads the source code, so it has nothing to say about another folder of locales.
if (checkedLocales === localesDir) {
  // status: every key the code uses is in every language's files.
  const status = i18nextCli('status');
  if (status.status !== 0) {
    failed = true;
    console.error(`\nKeys the code uses that a locale file lacks (i18next-cli status):\n${status.output}`);
  }
  // lint: no text written straight into the code, where translators cannot reach it.
  const lint = i18nextCli('lint');
  if (lint.status !== 0 || /Found hardcoded string|potential issue/.test(lint.output)) {
    failed = true;
    console.error(`\nText written into the code instead of locales/ (i18next-cli lint):\n${lint.output}`);
  }
  if (status.status === 0 && !failed) {
    console.log('Code: every key it uses is translated (i18next-cli status), and no text is hard-coded (i18next-cli lint).');
  }
}

process.exit(failed ? 1 : 0);

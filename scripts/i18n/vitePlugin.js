// Runs the locale and content check in Vite: a build with broken locale or content files stops
// before writing anything, and in `npm run dev` an edited locale file reaches the open page without
// a reload — or, if the edit broke it, the report appears in the browser's error overlay and the
// page keeps its last good text. An edited content file reloads the page once it passes.
import { readFileSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { checkProject } from './checkProject.js';
import { formatContentWarnings, formatProblems, formatWarnings } from './formatReport.js';
import { isTextFile, sourcesSuffix } from './localeFileNames.js';
import { contentDir, localesDir, sourceLanguage } from './projectSettings.js';

/** The check as the build runs it; exported so a test can see it fail without building. */
export function checkProjectFiles() {
  return checkProject({ localesDir, contentDir, sourceLanguage }).problems;
}

/**
 * @param {string} folder
 * @param {string} file
 */
function inside(folder, file) {
  const path = relative(folder, file);
  return path !== '' && !path.startsWith('..') && !path.startsWith(sep) ? path : undefined;
}

/** @returns {import('vite').Plugin} */
export function localeCheck() {
  return {
    name: 'locale-check',
    buildStart() {
      const { problems, warnings, contentWarnings } = checkProject({ localesDir, contentDir, sourceLanguage });
      // Translations that may be out of date, and drawings that stay images, are said, never a reason to stop.
      if (warnings.length > 0) this.warn(formatWarnings(warnings));
      if (contentWarnings.length > 0) this.warn(formatContentWarnings(contentWarnings));
      if (problems.length === 0) return;
      if (this.environment.mode === 'dev') {
        // The dev server still starts, so a translator sees the report and the last good text.
        this.warn(formatProblems(problems));
        return;
      }
      this.error(`${formatProblems(problems)}\nNothing was built, so no broken text can ship. Fix the files above.`);
    },
    handleHotUpdate({ file, server }) {
      const localePath = inside(localesDir, file);
      const isLocale = localePath !== undefined && isTextFile(basename(localePath));
      // A translation's record of its sources changes which paragraphs the page marks as outdated.
      const isContent = inside(contentDir, file) !== undefined || (localePath?.endsWith(sourcesSuffix) ?? false);
      if (!isLocale && !isContent) return undefined;
      const problems = checkProjectFiles();
      if (problems.length > 0) {
        const message = formatProblems(problems);
        server.config.logger.error(message);
        server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'locale-check' } });
        return [];
      }
      if (isContent) {
        // Content shapes the whole page (its sections, figures, addresses): reload it.
        server.ws.send({ type: 'full-reload' });
        return [];
      }
      const [language, fileName] = (localePath ?? '').split(sep);
      if (!language || !fileName) return undefined;
      server.ws.send({
        type: 'custom',
        event: 'locale-update',
        data: { language, namespace: fileName.replace(/\.json$/, ''), resources: JSON.parse(readFileSync(file, 'utf8')) },
      });
      // Handled: no module update, so no reload.
      return [];
    },
  };
}

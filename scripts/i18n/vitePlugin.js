// Runs the locale check in Vite: a build with broken locale files stops before writing anything,
// and in `npm run dev` an edited locale file reaches the open page without a reload — or, if the
// edit broke it, the report appears in the browser's error overlay and the page keeps its last
// good text.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { checkLocales } from './checkLocales.js';
import { formatProblems } from './formatReport.js';
import { localesDir, referenceNumbers, sourceLanguage } from './projectSettings.js';

function check() {
  return checkLocales({ localesDir, sourceLanguage, referenceNumbers: referenceNumbers() }).problems;
}

/** @returns {import('vite').Plugin} */
export function localeCheck() {
  return {
    name: 'locale-check',
    buildStart() {
      const problems = check();
      if (problems.length === 0) return;
      if (this.environment.mode === 'dev') {
        // The dev server still starts, so a translator sees the report and the last good text.
        this.warn(formatProblems(problems));
        return;
      }
      this.error(`${formatProblems(problems)}\nNothing was built, so no broken text can ship. Fix the files above.`);
    },
    handleHotUpdate({ file, server }) {
      const path = relative(localesDir, file);
      if (path.startsWith('..') || !path.endsWith('.json')) return undefined;
      const problems = check();
      if (problems.length > 0) {
        const message = formatProblems(problems);
        server.config.logger.error(message);
        server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'locale-check' } });
        return [];
      }
      const [language, fileName] = path.split(sep);
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

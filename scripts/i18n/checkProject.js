// The whole check, as the command line and the build run it: the locale files against the Dutch
// ones, and the articles under content/ against their texts. Every problem is reported at once.
import { checkContent } from '../content/checkContent.js';
import { referenceNumbers } from '../content/checkReferences.js';
import { readContent } from '../content/readContent.js';
import { checkLocales } from './checkLocales.js';
import { checkTranslationSources } from './checkTranslationSources.js';

const uiNamespace = 'ui';

/**
 * @param {{ localesDir: string, contentDir: string, sourceLanguage: string, displayRoot?: string }} options
 * @returns {{
 *   languages: string[],
 *   problems: import('./readLocales.js').Problem[],
 *   warnings: import('./readLocales.js').Problem[],
 *   contentWarnings: import('./readLocales.js').Problem[],
 *   completeness: import('./checkLocales.js').Completeness[],
 * }}
 */
export function checkProject({ localesDir, contentDir, sourceLanguage, displayRoot = process.cwd() }) {
  const content = readContent(contentDir, displayRoot);
  const sources = new Map(content.articles.map((article) => [article.id, referenceNumbers(article)]));
  const locales = checkLocales({
    localesDir,
    sourceLanguage,
    // The interface cites nothing; a file that belongs to no article is reported on its own.
    referenceNumbers: (namespace) => (namespace === uiNamespace ? [] : sources.get(namespace)),
    requiredNamespaces: [uiNamespace],
    displayRoot,
  });
  const contentFindings = checkContent({
    articles: content.articles,
    languages: locales.languages,
    files: locales.files,
    contentDir,
    localesDir,
    sourceLanguage,
    uiNamespace,
    displayRoot,
  });
  const freshness = checkTranslationSources({
    localesDir,
    sourceLanguage,
    languages: locales.languages,
    files: locales.files,
    articleIds: content.articles.map((article) => article.id),
    displayRoot,
  });
  return {
    languages: locales.languages,
    problems: [...locales.problems, ...content.problems, ...contentFindings.problems, ...freshness.problems],
    warnings: freshness.warnings,
    contentWarnings: contentFindings.warnings,
    completeness: locales.completeness,
  };
}

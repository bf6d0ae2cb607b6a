// Checks the slugs that make the site's addresses. The app finds an article, and a section within
// it, by a slug from any language (so a shared link still works after the reader switches
// language), so one slug may name only one thing, whatever its language. Sections of an article
// with former addresses also answer at /<language>/<section-slug>, beside the article slugs.
import { reservedSlugs, safeSlug, safeSlugAdvice } from './safeSlug.js';

/**
 * @typedef {import('../i18n/readLocales.js').Problem} Problem
 * @typedef {import('../i18n/readLocales.js').LocaleFile} LocaleFile
 * @typedef {{ id: string, sectionIds: readonly string[], formerAddresses: boolean }} SluggedArticle
 * @typedef {{ language: string, identity: string, what: string, file: string, key: string }} Owner
 */

/**
 * @param {{ languages: readonly string[], files: readonly LocaleFile[], articles: readonly SluggedArticle[] }} options
 * @returns {Problem[]}
 */
export function checkSlugs({ languages, files, articles }) {
  /** @type {Problem[]} */
  const problems = [];
  /** @type {Map<string, Owner>} article slugs, and the sections that answer beside them */
  const rootOwners = new Map();
  /** @type {Map<string, Map<string, Owner>>} each article's section slugs */
  const sectionOwners = new Map(articles.map((article) => [article.id, new Map()]));

  /**
   * Records who uses a slug, or reports that another already does. Returns whether it could.
   * @param {Map<string, Owner>} owners
   * @param {string} slug
   * @param {Owner} claimant
   */
  const claim = (owners, slug, claimant) => {
    const owner = owners.get(slug);
    if (!owner) owners.set(slug, claimant);
    else if (owner.identity !== claimant.identity || owner.language === claimant.language) {
      problems.push({ file: claimant.file, key: claimant.key, message: `slug "${slug}" is already used for ${owner.what} in ${owner.file} (${owner.key})` });
      return false;
    }
    return true;
  };
  /**
   * The slug at a key, if it is one to check: a missing or empty one is reported by the locale check.
   * @param {LocaleFile} file
   * @param {string} key
   */
  const slugAt = (file, key) => {
    const slug = file.values?.get(key);
    if (typeof slug !== 'string' || slug.trim() === '') return undefined;
    if (safeSlug.test(slug)) return slug;
    problems.push({ file: file.file, key, message: `slug "${slug}" is not safe in an address: ${safeSlugAdvice}` });
    return undefined;
  };

  for (const language of languages) {
    for (const article of articles) {
      const file = files.find((candidate) => candidate.language === language && candidate.namespace === article.id);
      if (!file?.values) continue;
      const slug = slugAt(file, 'slug');
      if (slug && reservedSlugs.includes(slug)) {
        problems.push({ file: file.file, key: 'slug', message: `slug "${slug}" is the address of one of the site's own pages: choose another` });
      } else if (slug) claim(rootOwners, slug, { language, identity: article.id, what: `article "${article.id}"`, file: file.file, key: 'slug' });
      for (const section of article.sectionIds) {
        const key = `sections.${section}.slug`;
        const sectionSlug = slugAt(file, key);
        if (!sectionSlug) continue;
        const claimant = { language, identity: `${article.id} ${section}`, what: `section "${section}"`, file: file.file, key };
        if (claim(sectionOwners.get(article.id) ?? new Map(), sectionSlug, claimant) && article.formerAddresses) {
          claim(rootOwners, sectionSlug, { ...claimant, what: `section "${section}" of article "${article.id}"` });
        }
      }
    }
  }
  return problems;
}

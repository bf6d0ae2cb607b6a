// Checks an article's Dutch text against its article.json: it has what every article and every
// section needs, and nothing that no block shows. Other languages are held to the Dutch by the
// locale check, so their gaps are reported there.

const everyArticleNeeds = ['title', 'slug', 'lead'];
const everySectionNeeds = ['slug', 'heading'];
const sectionKey = /^sections\.([^.]+)(?:\.(.+))?$/;

/**
 * @param {{
 *   dutch: Map<string, unknown>,
 *   articleFile: string,
 *   sectionIds: readonly string[],
 *   usedKeys: ReadonlySet<string>,
 * }} article  dutch is the article's Dutch text, flattened
 * @param {import('./jsonShape.js').Report} report  reports in the Dutch locale file
 */
export function checkArticleText({ dutch, articleFile, sectionIds, usedKeys }, report) {
  for (const key of everyArticleNeeds) {
    if (!dutch.has(key)) report(key, 'missing: every article needs one');
  }
  for (const id of sectionIds) {
    for (const field of everySectionNeeds) {
      const key = `sections.${id}.${field}`;
      if (!dutch.has(key)) report(key, `missing: every section in ${articleFile} needs one`);
    }
  }
  const unknownSections = new Set();
  for (const key of dutch.keys()) {
    const [, id = '', field = ''] = sectionKey.exec(key) ?? [];
    if (!id) continue;
    if (!sectionIds.includes(id)) {
      if (!unknownSections.has(id)) report(`sections.${id}`, `no section "${id}" in ${articleFile}, so never shown: remove it, or check its spelling`);
      unknownSections.add(id);
    } else if (!everySectionNeeds.includes(field) && !usedKeys.has(key)) {
      report(key, `no block in ${articleFile} uses it, so never shown: remove it, or check its spelling`);
    }
  }
}

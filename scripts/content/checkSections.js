// An article's sections: each has an id that names its keys in every locale file, so the ids must
// be usable as keys and never repeat.
import { checkBlocks } from './checkBlocks.js';
import { at, isObject, reportUnknownFields, requiredText } from './jsonShape.js';

// No dots: the id is one segment of the key "sections.<id>.<key>".
const usableId = /^[A-Za-z0-9_-]+$/;

/**
 * @param {unknown} sections
 * @param {import('./checkBlocks.js').BlockContext} context
 * @param {import('./jsonShape.js').Report} report
 * @param {Set<string>} usedKeys  collects the full keys of the article's text the blocks show
 * @returns {string[] | null} the usable section ids, in order, each once; null when there is no
 *   list of sections to read them from
 */
export function checkSections(sections, context, report, usedKeys) {
  if (sections === undefined) {
    report('sections', 'missing: every article needs "sections"');
    return null;
  }
  if (!Array.isArray(sections)) {
    report('sections', 'must be a list of sections: [ { "id": "…", "blocks": [ … ] } ]');
    return null;
  }
  if (sections.length === 0) report('sections', 'empty: an article needs at least one section');
  /** @type {Map<string, number>} */
  const firstIndex = new Map();
  sections.forEach((section, index) => {
    const path = at('sections', index);
    if (!isObject(section)) {
      report(path, 'must be a section: { "id": "…", "blocks": [ … ] }');
      return;
    }
    reportUnknownFields(section, ['id', 'blocks'], path, 'a section', report);
    const id = requiredText(section, 'id', path, 'a section', report);
    const usable = id !== undefined && usableId.test(id);
    if (id !== undefined && !usable) {
      report(at(path, 'id'), `section id "${id}" cannot name keys in the locale files: use letters, digits, "-" and "_" only`);
    } else if (id !== undefined && firstIndex.has(id)) {
      report(at(path, 'id'), `section id "${id}" is already used by sections[${firstIndex.get(id)}]`);
    } else if (id !== undefined) firstIndex.set(id, index);

    if (section.blocks === undefined) report(at(path, 'blocks'), 'missing: a section needs "blocks"');
    else if (!Array.isArray(section.blocks)) report(at(path, 'blocks'), 'must be a list of blocks: [ { "type": "paragraph", "text": "…" } ]');
    // Without a usable id there are no keys to look up, only the blocks' own shape to check.
    else if (usable) checkBlocks(section.blocks, at(path, 'blocks'), id, context, report, usedKeys);
    else checkBlocks(section.blocks, at(path, 'blocks'), null, { ...context, dutch: null }, report, new Set());
  });
  return [...firstIndex.keys()];
}

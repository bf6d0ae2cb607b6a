// Short names for the CSS modules' classes in the built site: every page carries its stylesheet and
// markup, so a class is named on it many times over, and Vite's own names (_listen_5sms8_9) cost the
// article's page about 550 bytes with Brotli, 5% of it. The names are handed out in a fixed order
// (the modules by path, each one's names as they first appear in it), so that the browser build and
// the server build, which render the same markup, name every class alike. The price: a class added
// to one module renames those of the modules after it, so a change of style changes the chunks that
// use them, and readers download those again; Vite's names only changed in the edited module.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * _a to _Z, then _aa onwards: letters only, so that no name starts with a digit, and an underscore
 * first, which no global class of the site has.
 * @param {number} index from 0
 */
export function shortName(index) {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / letters.length)) {
    name = letters[(rest - 1) % letters.length] + name;
  }
  return `_${name}`;
}

/**
 * The names a module can have scoped: its classes and its keyframes. Read from the source without a
 * parser, so it may also list a word that is no class (a file extension in a comment); that only
 * spends a name.
 * @param {string} css
 */
function localNames(css) {
  return [...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)|@keyframes\s+(-?[_a-zA-Z][\w-]*)/g)].map(([, className, keyframes]) => className ?? keyframes ?? '');
}

/**
 * A `generateScopedName` for Vite's `css.modules`, naming every class of the modules under srcDir.
 * @param {string} srcDir
 * @returns {(name: string, filename: string) => string}
 */
export function shortClassNames(srcDir) {
  const root = resolve(srcDir);
  const modules = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.module.css'))
    .map((file) => file.split('\\').join('/'))
    .sort();
  /** @type {Map<string, string>} */
  const names = new Map();
  for (const file of modules) {
    for (const name of localNames(readFileSync(join(root, file), 'utf8'))) {
      const key = `${file}:${name}`;
      if (!names.has(key)) names.set(key, shortName(names.size));
    }
  }
  return (name, filename) => {
    const file = relative(root, filename.split('?')[0] ?? filename).split('\\').join('/');
    const short = names.get(`${file}:${name}`);
    if (!short) throw new Error(`${filename}: "${name}" has no short name; scripts/shortClassNames.js found no class or keyframes of that name in the file.`);
    return short;
  };
}

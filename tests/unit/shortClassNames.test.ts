import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortClassNames, shortName } from '../../scripts/shortClassNames.js';

/** A src folder with two components' styles, the popover's listed before the button's by path. */
function sourceFolder() {
  const src = mkdtempSync(join(tmpdir(), 'short-names-'));
  mkdirSync(join(src, 'citations'));
  mkdirSync(join(src, 'share'));
  writeFileSync(join(src, 'share', 'ShareButton.module.css'), '.share { padding: .25rem; }\n.label { font-weight: 600; }\n');
  writeFileSync(
    join(src, 'citations', 'CitationSheet.module.css'),
    '/* Slides in from the bottom edge. */\n.sheet { animation: slide-in .2s; }\n@keyframes slide-in { from { transform: translateY(100%); } }\n.title, .sheet .label { font-weight: 700; }\n',
  );
  return src;
}

describe('short class names', () => {
  it('counts in letters, an underscore first', () => {
    expect([0, 1, 25, 26, 51, 52, 53, 52 + 52 * 52 - 1, 52 + 52 * 52].map(shortName)).toEqual(['_a', '_b', '_z', '_A', '_Z', '_aa', '_ab', '_ZZ', '_aaa']);
  });

  it('names the modules by path and each one’s names as they first appear, its keyframes too', () => {
    const src = sourceFolder();
    const name = shortClassNames(src);
    const sheet = join(src, 'citations', 'CitationSheet.module.css');
    const button = join(src, 'share', 'ShareButton.module.css');
    expect(['sheet', 'slide-in', 'title', 'label'].map((local) => name(local, sheet))).toEqual(['_a', '_b', '_c', '_d']);
    // The same name in another module is another class.
    expect(['share', 'label'].map((local) => name(local, button))).toEqual(['_e', '_f']);
  });

  it('gives the browser build and the server build the same names, whatever order they ask in', () => {
    const src = sourceFolder();
    const button = join(src, 'share', 'ShareButton.module.css');
    const sheet = join(src, 'citations', 'CitationSheet.module.css');
    const browserBuild = shortClassNames(src);
    const serverBuild = shortClassNames(src);
    const inBrowser = [browserBuild('label', button), browserBuild('sheet', sheet)];
    const onServer = [serverBuild('sheet', sheet), serverBuild('label', button)].reverse();
    expect(onServer).toEqual(inBrowser);
    expect(inBrowser).toEqual(['_f', '_a']);
  });

  it('reads past the query Vite may add to a module’s path', () => {
    const src = sourceFolder();
    expect(shortClassNames(src)('share', `${join(src, 'share', 'ShareButton.module.css')}?used`)).toBe('_e');
  });

  it('fails the build, naming the file and the class, for a name it did not find', () => {
    const src = sourceFolder();
    expect(() => shortClassNames(src)('missing', join(src, 'share', 'ShareButton.module.css'))).toThrow(/share\/ShareButton\.module\.css: "missing" has no short name/);
  });
});

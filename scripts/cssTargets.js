// The browsers the built stylesheet is written for: Vite's default build target
// ('baseline-widely-available'), named here so that the first paint's split of the stylesheet
// (scripts/firstPaintStyles.js), which minifies it again, keeps what those browsers need: a fallback
// declaration, or a rule kept apart from one with a selector they would reject.
export const cssTargetBrowsers = ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'];

/** @type {Record<string, string>} esbuild's browser names as lightningcss names them */
const lightningcssNames = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios: 'ios_saf' };

/**
 * The same browsers as lightningcss's targets: each a version as major << 16 | minor << 8.
 * @returns {import('lightningcss').Targets}
 */
export function lightningcssTargets() {
  /** @type {Record<string, number>} */
  const targets = {};
  for (const browser of cssTargetBrowsers) {
    const [, name = '', major = '0', minor = '0'] = /^([a-z]+)(\d+)(?:\.(\d+))?$/.exec(browser) ?? [];
    const lightningcssName = lightningcssNames[name];
    if (!lightningcssName) throw new Error(`scripts/cssTargets.js: no lightningcss name for the browser "${browser}".`);
    targets[lightningcssName] = (Number(major) << 16) | (Number(minor) << 8);
  }
  return targets;
}

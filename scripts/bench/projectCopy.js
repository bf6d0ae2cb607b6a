// A copy of the project in a temporary folder, to build with other content: the project's own
// content, dist/ and the files another engineer is editing stay as they are. The same entries as
// tests/fixtures/second-article/serve.js copies, and node_modules linked rather than copied.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectEntries = ['src', 'scripts', 'public', 'content', 'locales', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'];

/**
 * @param {string} label  part of the folder's name, to tell copies apart in /tmp
 * @returns {string} the copy's folder
 */
export function copyProject(label) {
  const project = resolve('.');
  const copy = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  for (const entry of projectEntries) cpSync(join(project, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

/** @param {string} copy a folder copyProject made; the link to node_modules goes, not its target */
export function removeCopy(copy) {
  rmSync(copy, { recursive: true, force: true });
}

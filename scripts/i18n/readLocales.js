// Reads every locale folder and file, keeping JSON errors as problems instead of stopping at one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isTextFile } from './localeFileNames.js';

/**
 * @typedef {{ file: string, key?: string, message: string }} Problem
 * @typedef {{ language: string, namespace: string, file: string, values: Map<string, unknown> | null }} LocaleFile
 */

/**
 * Line and column (from 1) of a character offset.
 * @param {string} text
 * @param {number} offset
 */
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * JSON.parse, with a failure described by line and column as well as V8's own words.
 * @param {string} text
 * @returns {{ value: unknown } | { error: string }}
 */
export function parseJson(text) {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    if (!position) return { error: `invalid JSON: ${reason}` };
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return { error: `invalid JSON at line ${line}, column ${column}: ${reason}` };
  }
}

/**
 * Every leaf of a locale file as "dotted.key.path" → value, in the file's own order.
 * @param {unknown} node
 * @param {string} [prefix]
 * @param {Map<string, unknown>} [into]
 */
export function flatten(node, prefix = '', into = new Map()) {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, child] of Object.entries(node)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, node);
  }
  return into;
}

/**
 * @param {string} localesDir
 * @param {string} displayRoot  paths in messages are relative to this
 * @returns {{ languages: string[], files: LocaleFile[], problems: Problem[] }}
 */
export function readLocales(localesDir, displayRoot = process.cwd()) {
  /** @type {Problem[]} */
  const problems = [];
  if (!existsSync(localesDir)) {
    return { languages: [], files: [], problems: [{ file: relative(displayRoot, localesDir), message: 'folder not found' }] };
  }
  const languages = readdirSync(localesDir)
    .filter((entry) => statSync(join(localesDir, entry)).isDirectory())
    .sort();
  /** @type {LocaleFile[]} */
  const files = [];
  for (const language of languages) {
    for (const name of readdirSync(join(localesDir, language)).filter(isTextFile).sort()) {
      const path = join(localesDir, language, name);
      const file = relative(displayRoot, path);
      const parsed = parseJson(readFileSync(path, 'utf8'));
      if ('error' in parsed) {
        problems.push({ file, message: parsed.error });
        files.push({ language, namespace: name.slice(0, -'.json'.length), file, values: null });
      } else {
        files.push({ language, namespace: name.slice(0, -'.json'.length), file, values: flatten(parsed.value) });
      }
    }
  }
  return { languages, files, problems };
}

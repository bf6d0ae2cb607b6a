// Which chunks the app's entry goes on to load, read from the manifest Vite writes beside the build
// (build.manifest in vite.config.ts), so that the page's start script can ask for all of them at once.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

const manifestFile = '.vite/manifest.json';

/**
 * @typedef {{ file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }} ManifestChunk
 */

/**
 * The addresses of the chunks the entry imports (src/main.tsx imports React DOM, then the app) and of
 * everything those import in turn, in the order the entry asks for them. Not the chunks the app itself
 * loads later, when a reader opens a citation or the player.
 * @param {Record<string, ManifestChunk>} manifest
 * @param {string} entry the entry's address, as the page template links it
 * @returns {string[]}
 */
export function chunksTheEntryLoads(manifest, entry) {
  const entryChunk = Object.values(manifest).find((chunk) => chunk.isEntry && `/${chunk.file}` === entry);
  if (!entryChunk) throw new Error(`${manifestFile} has no entry ${entry}, the script the page template links.`);
  /** @type {string[]} */
  const addresses = [];
  /** @param {string} key */
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${manifestFile} names ${key} as an import but has no chunk for it.`);
    const address = `/${chunk.file}`;
    if (address === entry || addresses.includes(address)) return;
    addresses.push(address);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const imported of entryChunk.dynamicImports ?? []) visit(imported);
  return addresses;
}

/**
 * Reads the manifest, then removes it: it is for the build, not for readers.
 * @param {string} distDir
 * @returns {Promise<Record<string, ManifestChunk>>}
 */
export async function takeManifest(distDir) {
  const path = join(distDir, manifestFile);
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: vite.config.ts must set build.manifest for the client build.`);
  }
  await rm(join(distDir, '.vite'), { recursive: true, force: true });
  return JSON.parse(text);
}

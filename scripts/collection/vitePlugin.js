// Hands the collection to the app: the table of languages as a module (all a page knows at start),
// and every article and text as data files, written into the build and served by `npm run dev`.
import { extname, relative } from 'node:path';
import { dataFiles } from './dataFiles.js';
import { contentDir, localesDir } from '../i18n/projectSettings.js';
import { readCollection } from './readCollection.js';

const languagesModule = 'virtual:languages';
const resolvedLanguagesModule = `\0${languagesModule}`;

const read = () => readCollection();

const contentTypes = /** @type {Record<string, string>} */ ({
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
});

/** @returns {import('vite').Plugin} */
export function collectionData() {
  return {
    name: 'collection-data',
    resolveId(id) {
      return id === languagesModule ? resolvedLanguagesModule : undefined;
    },
    load(id) {
      if (id !== resolvedLanguagesModule) return undefined;
      return `export const languages = ${JSON.stringify(read().languages)};`;
    },
    generateBundle() {
      // The server build only renders HTML; the browser build owns the public files.
      if (this.environment.config.consumer === 'server') return;
      for (const [address, source] of dataFiles(read())) {
        this.emitFile({ type: 'asset', fileName: address.slice(1), source });
      }
    },
    configureServer(server) {
      const watched = [contentDir, localesDir];
      server.watcher.add(watched);
      // The data files by address, made once and again only after an edit, not on every request.
      /** @type {Map<string, string | Buffer> | undefined} */
      let files;
      for (const event of ['add', 'change', 'unlink']) {
        server.watcher.on(event, (file) => {
          if (!watched.some((folder) => !relative(folder, file).startsWith('..'))) return;
          files = undefined;
          const module = server.moduleGraph.getModuleById(resolvedLanguagesModule);
          if (module) server.moduleGraph.invalidateModule(module);
        });
      }
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith('/data/') && !path.startsWith('/content/')) return next();
        files ??= new Map(dataFiles(read()));
        const found = files.get(decodeURIComponent(path));
        if (found === undefined) return next();
        response.setHeader('Content-Type', contentTypes[extname(path)] ?? 'application/octet-stream');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(found);
      });
    },
  };
}

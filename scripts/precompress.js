// Writes a .br and a .gz beside every text file of the build, at the strongest settings, so the
// server sends each reader the smallest file their browser accepts without compressing per request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const distDir = process.argv[2] ?? 'dist';
const textFile = /\.(html|js|css|svg|json|xml|txt|webmanifest)$/;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const files = (await readdir(distDir, { recursive: true })).filter((file) => textFile.test(file));
let originalBytes = 0;
let brotliBytes = 0;

/** @param {string} file */
async function precompress(file) {
  const path = join(distDir, file);
  const content = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }),
    gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  // A tiny file can grow when compressed; the server then sends it as it is.
  if (br.length < content.length) await writeFile(`${path}.br`, br);
  if (gz.length < content.length) await writeFile(`${path}.gz`, gz);
  originalBytes += content.length;
  brotliBytes += Math.min(br.length, content.length);
}

// zlib compresses on libuv's thread pool, so compressing as many files at once as there are cores keeps
// every core busy: a collection of fifty articles in five languages writes thousands of files.
let next = 0;
async function worker() {
  while (next < files.length) await precompress(files[next++] ?? '');
}
await Promise.all(Array.from({ length: availableParallelism() }, worker));
console.log(`Precompressed ${files.length} files: ${Math.round(originalBytes / 1024)} KiB, ${Math.round(brotliBytes / 1024)} KiB with Brotli.`);

// Part of `npm run build:server`: empties the compiled core/, indexer/ and server/ under the output folder first. tsc
// never deletes what it emitted before, and a module left from a source since moved or removed can shadow the new
// one (`./meilisearch.js` is found before `./meilisearch/index.js`). Usage: node scripts/clean-server-build.mjs [outDir, default dist]
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist');
for (const folder of ['core', 'indexer', 'server']) fs.rmSync(path.join(outDir, folder), { recursive: true, force: true });

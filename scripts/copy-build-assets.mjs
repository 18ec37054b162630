// Part of `npm run build:server`: copies the files tsc does not emit but the compiled code loads at run time (the PDF
// extraction worker, an ES module run by Node's own loader) from core/, indexer/ and server/ to the same place
// under the output folder, then stamps the build (scripts/build-if-stale.mjs reads the stamp's time). Usage: node scripts/copy-build-assets.mjs [outDir, default dist]
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist');

for (const folder of ['core', 'indexer', 'server']) {
  for (const entry of fs.readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || /\.(ts|mts|cts)$/.test(entry.name)) continue;
    const file = path.relative(root, path.join(entry.parentPath, entry.name));
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(outDir, file));
  }
}

fs.writeFileSync(path.join(outDir, '.build-stamp'), `${new Date().toISOString()}\n`);

// `npm run index` and `npm run check`: runs a compiled command from dist/ in this same process, rebuilding dist/ first
// only when a source or build setting is newer than the last build (a no-op run must not pay for tsc or a second
// Node start-up). Usage: node scripts/run-built.mjs <entry under dist/, e.g. indexer/cli.js> [arguments...]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import Module from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
const STAMP = path.join(root, 'dist', '.build-stamp');
const SOURCES = ['core', 'indexer', 'server'];
const SETTINGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newestChange() {
  const files = SOURCES.flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name)),
  );
  return Math.max(...[...files, ...SETTINGS.map((file) => path.join(root, file))].map((file) => fs.statSync(file).mtimeMs));
}

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-built.mjs <entry under dist/> [arguments...]\n');
  process.exit(2);
}
const built = fs.existsSync(STAMP) ? fs.statSync(STAMP).mtimeMs : 0;
if (newestChange() > built) {
  const result = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const script = path.join(root, 'dist', entry);
// Run as the main module, exactly as `node dist/<entry>` would (`require.main === module` holds in it).
process.argv = [process.argv[0], script, ...args];
Module.runMain();

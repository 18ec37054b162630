// Where the project's own files are, whether this code runs from its TypeScript sources (core/) or compiled
// (dist/core/): the project folder is the nearest one up that holds package.json.
import fs from 'node:fs';
import path from 'node:path';

export function findProjectRoot(start: string): string {
  for (let folder = path.resolve(start); ; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`no package.json in ${start} or any folder above it`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

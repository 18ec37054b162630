// The documents of a folder, as the benches read them: each file the indexer would offer its readers (indexer/readers'
// isReadableName), in name order, except the folder's README.
import fs from 'node:fs';
import path from 'node:path';
import { isReadableName } from '../indexer/readers';

/** The paths of `folder`'s documents (not its subfolders), sorted by name. */
export function documentsIn(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isReadableName(entry.name) && !entry.name.startsWith('README'))
    .map((entry) => path.join(folder, entry.name))
    .sort();
}

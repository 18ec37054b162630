import fs from 'node:fs';
import { listLayoutFixtures, buildLayoutDocument } from '../test/helpers/layout-fixtures';
import { readDocument } from '../indexer/readers';
async function main() {
  const f = listLayoutFixtures().find((x) => x.name === process.argv[2])!;
  const { file, bytes } = await buildLayoutDocument(f);
  const read = await readDocument(bytes, file, { maxFileBytes: 5e7 });
  console.log(JSON.stringify(read.text));
  fs.writeFileSync('/tmp/l15/built' + file.slice(file.lastIndexOf('.')), bytes);
}
void main();

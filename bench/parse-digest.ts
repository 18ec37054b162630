// `npx tsx bench/parse-digest.ts [out.json]`: a digest of what reading, parsing and chunking make of every file in
// corpus/ and test/fixtures/layouts/ (with its sidecar) and of each shape of bench/parse-shapes.ts at 0.25 MB. A
// change meant to keep the parse output as it is (a speed-up) must leave every digest the same: run it before and
// after and compare the two files (`cmp`), or read the names it prints as differing from a file given as `--against`.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chunkMeetings } from '../indexer/chunk';
import { parseMinutes } from '../indexer/parse';
import { readDocument } from '../indexer/readers';
import { documentsIn } from './documents';
import { readSidecar } from '../indexer/sidecar';
import { SHAPES } from './parse-shapes';

const FOLDERS = [path.resolve(__dirname, '../corpus'), path.resolve(__dirname, '../test/fixtures/layouts')];
const SHAPE_BYTES = 256 * 1024;

async function digestOf(bytes: Buffer, file: string, format?: 'pdf'): Promise<string> {
  try {
    const read = await readDocument(bytes, file, { maxFileBytes: 2 ** 40 });
    const sidecar = fs.existsSync(file) ? await readSidecar(file) : undefined;
    const parsed = parseMinutes({ text: read.text, format: format ?? read.format, file: path.basename(file), documentId: 'digest', sidecar, pageTitle: read.pageTitle });
    const chunks = chunkMeetings(parsed.meetings);
    return createHash('sha256').update(JSON.stringify({ text: read.text, parsed, chunks })).digest('hex');
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const againstAt = args.indexOf('--against');
  const against = againstAt >= 0 ? (JSON.parse(fs.readFileSync(args[againstAt + 1], 'utf8')) as Record<string, string>) : null;
  const out = args.find((arg, index) => !arg.startsWith('--') && (againstAt < 0 || index !== againstAt + 1));
  const digests: Record<string, string> = {};
  for (const folder of FOLDERS) {
    for (const file of documentsIn(folder)) {
      digests[path.relative(path.resolve(__dirname, '..'), file)] = await digestOf(fs.readFileSync(file), file);
    }
  }
  for (const shape of SHAPES) digests[`shape: ${shape.name}`] = await digestOf(Buffer.from(shape.build(SHAPE_BYTES)), shape.file, shape.format);
  const all = createHash('sha256').update(JSON.stringify(digests)).digest('hex');
  console.log(`${Object.keys(digests).length} documents, digest ${all}`);
  if (out) fs.writeFileSync(out, `${JSON.stringify(digests, null, 1)}\n`);
  if (!against) return;
  const differing = Object.keys({ ...digests, ...against }).filter((name) => digests[name] !== against[name]);
  for (const name of differing) console.log(`differs: ${name}`);
  if (differing.length === 0) console.log('identical to the file given');
  else process.exitCode = 1;
}

void main();

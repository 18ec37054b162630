// A large document of minutes for upload benchmarks and tests: one ModernGov-style minutes page whose agenda
// items and paragraphs are varied copies of the sample's (other places, years and wording), to the size asked.
import fs from 'node:fs';
import path from 'node:path';
import { varyMinutes } from '../reliability/crash-harness';
import { CORPUS_DIR } from './environment';
import { seededRandom } from './random';

const SOURCE = 'kent-medway-pcp-2023-10-17-minutes.txt';

/** Minutes of about `bytes` bytes (UTF-8), the same for the same size and seed. */
export function largeMinutes(bytes: number, seed = 2017): string {
  const random = seededRandom(seed);
  const sample = fs.readFileSync(path.join(CORPUS_DIR, SOURCE), 'utf8');
  const [heading, ...rest] = sample.split(/\n(?=No\. Item)/);
  const body = rest.join('\n');
  const parts = [heading];
  let size = Buffer.byteLength(heading);
  for (let copy = 0; size < bytes; copy += 1) {
    const part = varyMinutes(body, copy, random).replace(/^No\. Item\s*/, copy === 0 ? 'No. Item\n\n' : '');
    parts.push(part);
    size += Buffer.byteLength(part) + 1;
  }
  return parts.join('\n').slice(0, bytes);
}

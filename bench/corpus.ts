// The sample corpus (corpus/) as the indexer chunks it, for benchmarks that run the model over real minutes.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Chunk } from '../core/types';
import { chunkMeetings } from '../indexer/chunk';
import { parseMinutes } from '../indexer/parse';
import { readDocument } from '../indexer/readers';

export async function corpusChunks(corpusDir: string, maxFileBytes: number): Promise<Chunk[]> {
  const files = (await fs.readdir(corpusDir)).filter((name) => /\.(txt|html?|pdf)$/i.test(name)).sort();
  const chunks: Chunk[] = [];
  for (const name of files) {
    const file = path.join(corpusDir, name);
    const read = await readDocument(await fs.readFile(file), file, { maxFileBytes });
    chunks.push(...chunkMeetings(parseMinutes({ text: read.text, format: read.format, file, documentId: name, pageTitle: read.pageTitle }).meetings));
  }
  return chunks;
}

// The paragraphs new since the last alerts run: chunks stored after the watermark whose text was never indexed before
// (a re-indexed document stores its unchanged paragraphs again under new seqs: they are not news), with their
// embeddings from the embedding cache the indexing run filled.
import type { Stores } from '../../indexer/stores/open';
import type { StoredChunk } from '../../indexer/stores/store';
import { passageText } from '../../indexer/stores/vector/embedder';
import { textHash } from '../../indexer/stores/vector/embedding-cache';
import { modelDefaults } from '../../indexer/stores/vector/models';
import type { FirstIndexed, AlertLedger } from './ledger';
import type { BatchParagraph } from './matcher';

export interface NewParagraphs {
  fromSeq: number | null;
  /** The watermark once this batch is recorded. */
  toSeq: number;
  paragraphs: Array<BatchParagraph & { chunk: StoredChunk }>;
  firstIndexed: FirstIndexed[];
}

const READ_SLICE = 1000;

export function* inSlices<T>(values: T[], size: number): Generator<T[]> {
  for (let start = 0; start < values.length; start += size) yield values.slice(start, start + size);
}

/**
 * The server runs alerts on its event loop after an upload: work is cut into slices with a turn for searches
 * between them, so a large upload's batch or many saved searches never hold a search up for long.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Seqs stored after `afterSeq` (paragraphs only) and the last seq stored. */
function seqsAfter(stores: Stores, afterSeq: number): { paragraphs: number[]; last: number | null } {
  const paragraphs: number[] = [];
  let last: number | null = null;
  for (const row of stores.store.chunkAttributes(afterSeq)) {
    if (row.kind === 'paragraph') paragraphs.push(row.seq);
    last = row.seq;
  }
  return { paragraphs, last };
}

/**
 * The batch for this run. The first run ever (no watermark) finds the archive already indexed: its texts are recorded
 * as first indexed when their document was, and none of it is news.
 */
export async function readNewParagraphs(stores: Stores, ledger: AlertLedger, now: Date): Promise<NewParagraphs> {
  const fromSeq = ledger.watermark();
  const { paragraphs: seqs, last } = seqsAfter(stores, fromSeq ?? 0);
  // An empty store still starts the watermark (at 0): what is indexed next is news, not the archive.
  const batch: NewParagraphs = { fromSeq, toSeq: last ?? fromSeq ?? 0, paragraphs: [], firstIndexed: [] };
  const indexedAt = fromSeq === null ? new Map(stores.store.listDocuments().map((document) => [document.id, document.indexedAt])) : null;
  const seen = new Set<string>();
  for (const slice of inSlices(seqs, READ_SLICE)) {
    const chunks = stores.store.getChunksBySeq(slice);
    const known = ledger.knownTexts(chunks.map((chunk) => chunk.contentHash));
    for (const chunk of chunks) {
      if (known.has(chunk.contentHash) || seen.has(chunk.contentHash)) continue;
      seen.add(chunk.contentHash);
      batch.firstIndexed.push({ textHash: chunk.contentHash, seq: chunk.seq, at: indexedAt?.get(chunk.documentId) ?? now.toISOString() });
      if (indexedAt === null) batch.paragraphs.push({ ...chunk, chunk, vector: null });
    }
    await yieldToEventLoop();
  }
  return batch;
}

/** Each paragraph's embedding as indexing cached it (the same text, with its item title when the model wants it). */
export function attachVectors(stores: Stores, paragraphs: Array<BatchParagraph & { chunk: StoredChunk }>): void {
  if (!stores.semantic.available || paragraphs.length === 0) return;
  const { cache, embedder } = stores.semantic.parts;
  const { embedItemTitle } = modelDefaults(embedder.modelId);
  const hashes = paragraphs.map((paragraph) => textHash(passageText(paragraph.chunk, embedItemTitle)));
  const vectors = cache.getMany(hashes);
  paragraphs.forEach((paragraph, position) => {
    paragraph.vector = vectors.get(hashes[position]) ?? null;
  });
}

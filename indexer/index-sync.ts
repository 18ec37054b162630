// Brings the keyword and vector indexes in line with the canonical store: documents not yet synced to each are
// sent, synced marks recorded, and index entries whose chunk is gone (orphans) dropped when a scan is due.
import { pushAll } from '../core/arrays';
import type { VectorCheckpointPolicy } from '../core/config';
import type { Reporter } from './reporter';
import type { Stores } from './stores/open';
import type { IndexTarget, StoredChunk } from './stores/store';
import { embedInSlices } from './stores/vector/embedding-cache';
import { modelDefaults } from './stores/vector/models';
import { shareCopiesInSavedIndex, startVectorFill } from './vector-sync';

export interface SyncOptions {
  /** Scan the indexes for orphans even when no chunk was removed since their last scan (repairs). */
  alwaysScanForOrphans?: boolean;
  /** When a long vector sync saves part-way (config.vectorCheckpoint; the defaults when absent). */
  checkpoint?: VectorCheckpointPolicy;
}

/** The removal count to record once the target is scanned for orphans, or null when no scan is due (see Store.orphanScanState). */
function orphanScanDue(stores: Stores, target: IndexTarget, options: SyncOptions): number | null {
  const { removals, scannedAt } = stores.store.orphanScanState(target);
  return options.alwaysScanForOrphans || scannedAt !== removals ? removals : null;
}

/** Chunks sent to the keyword index at once while syncing: documents are marked synced group by group. */
const KEYWORD_SYNC_CHUNKS = 20_000;

async function syncKeyword(stores: Stores, reporter: Reporter, options: SyncOptions): Promise<void> {
  // A new keyword index (its file deleted, another backend, a dropped Meilisearch index) holds none of the documents.
  stores.store.adoptIndexInstance('keyword', await stores.keyword.instance());
  const pending = stores.store.unsyncedDocuments('keyword');
  let group: typeof pending = [];
  let chunks: StoredChunk[] = [];
  let done = 0;
  const send = async () => {
    if (group.length === 0) return;
    await stores.keyword.replaceDocuments(group.map((document) => document.id), chunks);
    for (const document of group) stores.store.markSynced(document.id, 'keyword', document.contentHash);
    done += group.length;
    if (pending.length > group.length) reporter.line(`keyword index: ${done} of ${pending.length} documents`);
    group = [];
    chunks = [];
  };
  for (const document of pending) {
    group.push(document);
    pushAll(chunks, stores.store.chunksOfDocument(document.id));
    if (chunks.length >= KEYWORD_SYNC_CHUNKS) await send();
  }
  await send();
  // Chunks of documents removed from the store while the keyword index was unreachable or the job was killed.
  const scanAt = orphanScanDue(stores, 'keyword', options);
  if (scanAt === null) return;
  const live = new Set(stores.store.allChunkIds());
  const orphans = (await stores.keyword.allIds()).filter((id) => !live.has(id));
  if (orphans.length > 0) await stores.keyword.deleteChunks(orphans);
  stores.store.recordOrphanScan('keyword', scanAt);
}

async function syncVectors(stores: Stores, reporter: Reporter, options: SyncOptions): Promise<number> {
  if (!stores.semantic.available) return 0;
  const { embedder, index, cache } = stores.semantic.parts;
  // A vector index created anew (its folder deleted, or replaced because the embedding model changed) holds no vectors.
  stores.store.adoptIndexInstance('vector', index.instance());
  // Replaced documents leave their old labels behind: this scan is what removes them.
  const scanAt = orphanScanDue(stores, 'vector', options);
  const live = scanAt === null ? null : new Set(stores.store.allChunkSeqs());
  const orphans = live ? index.labels().filter((label) => !live.has(label)) : [];
  if (orphans.length > 0) index.remove(orphans);
  if (index.unsharedVectors() > 0) await shareCopiesInSavedIndex(stores.store, index, modelDefaults(embedder.modelId).embedItemTitle, (text) => reporter.line(text));

  const pending = stores.store.unsyncedDocuments('vector');
  let embedded = 0;
  if (pending.length > 0 || orphans.length > 0) {
    const fill = startVectorFill(stores.store, index, pending, options.checkpoint);
    embedded = await embedInSlices(fill.chunks, embedder, cache, fill.insert, (done, total) => reporter.embedProgress(done, total));
    await fill.finish();
  }
  // Recorded only once the removals are saved, so a crash before that leaves the scan due.
  if (scanAt !== null) stores.store.recordOrphanScan('vector', scanAt);
  return embedded;
}

/** Brings both indexes in line with the store (after indexing, a crash, or an outage). */
export async function syncIndexes(stores: Stores, reporter: Reporter, options: SyncOptions = {}): Promise<number> {
  // A keyword server that is down does not hold the vector index back: both are brought in line, then the failure is thrown.
  const keywordFailure = await syncKeyword(stores, reporter, options).then(
    () => null,
    (error: unknown) => ({ error }),
  );
  const embedded = await syncVectors(stores, reporter, options);
  if (keywordFailure) throw keywordFailure.error;
  return embedded;
}


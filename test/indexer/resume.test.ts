/** @jest-environment ./test/vector/onnx-environment.ts */
// Indexing that stops part-way through embedding (a crash, a kill) resumes without embedding again what it stored:
// every finished slice of vectors is in the embedding cache before the next one starts, and the vector index is
// saved at checkpoints with the synced marks of the documents it holds whole, so the next run inserts only the rest.
import { ERROR_CODES, ServiceError } from '../../core/errors';
import { silentLogger } from '../../core/logger';
import { inspectIndexes } from '../../indexer/check';
import { indexPaths, silentReporter } from '../../indexer/pipeline';
import { openStores, type Stores } from '../../indexer/stores/open';
import { EMBED_SLICE } from '../../indexer/stores/vector/embedding-cache';
import type { SemanticParts } from '../../indexer/stores/open';
import type { WorkerEmbedder } from '../../indexer/stores/vector/worker-embedder';
import { checkpointSchedule } from '../../indexer/vector-sync';
import { CORPUS_DIR, testConfig } from '../helpers/environment';
import { overriding } from '../helpers/overriding';

function semanticParts(stores: Stores): SemanticParts {
  if (!stores.semantic.available) throw new Error(`this test needs the embedding model: ${stores.semantic.reason}`);
  return stores.semantic.parts;
}

/** Wraps the stores' embedder: counts the texts it is given and fails once more than `limit` were asked for. */
function countEmbedding(stores: Stores, limit = Infinity): { texts: number } {
  const parts = semanticParts(stores);
  const inner: WorkerEmbedder = parts.embedder;
  const count = { texts: 0 };
  parts.embedder = {
    modelId: inner.modelId,
    dimensions: inner.dimensions,
    get running() {
      return inner.running;
    },
    embedPassages: async (texts) => {
      count.texts += texts.length;
      if (count.texts > limit) throw new ServiceError(ERROR_CODES.MODEL_UNAVAILABLE, 'embedding worker exited (simulated crash)');
      return inner.embedPassages(texts);
    },
    embedQuery: (text) => inner.embedQuery(text),
    close: () => inner.close(),
  };
  return count;
}

describe('indexing stopped part-way through embedding', () => {
  it('resumes without embedding again the vectors the stopped run stored', async () => {
    const config = testConfig();
    const stopped = await openStores(config, silentLogger);
    let storedBeforeStop: number;
    try {
      countEmbedding(stopped, EMBED_SLICE + 1);
      await expect(indexPaths([CORPUS_DIR], stopped, config, silentReporter, { prune: false })).rejects.toThrow('simulated crash');
      storedBeforeStop = stopped.semantic.available ? stopped.semantic.parts.cache.count() : 0;
    } finally {
      await stopped.close();
    }
    // The first slice (its distinct texts) was stored; the second was under way when the embedder failed.
    expect(storedBeforeStop).toBeGreaterThan(0);

    const resumed = await openStores(config, silentLogger);
    try {
      const count = countEmbedding(resumed);
      const summary = await indexPaths([CORPUS_DIR], resumed, config, silentReporter, { prune: false });
      const distinctTexts = resumed.semantic.available ? resumed.semantic.parts.cache.count() : 0;
      expect(count.texts).toBe(distinctTexts - storedBeforeStop);
      expect(count.texts).toBeLessThan(distinctTexts - EMBED_SLICE / 2);
      expect(summary.embedded).toBe(count.texts);
      expect((await inspectIndexes(resumed)).consistent).toBe(true);
    } finally {
      await resumed.close();
    }
  }, 120_000);
});

/** Wraps the stores' (real) vector index: records every label inserted into it. */
function recordInserts(stores: Stores): number[] {
  const parts = semanticParts(stores);
  const inner = parts.index;
  const labels: number[] = [];
  parts.index = overriding(inner, {
    upsert: (entries) => {
      labels.push(...entries.map((entry) => entry.label));
      inner.upsert(entries);
    },
  });
  return labels;
}

describe('indexing stopped after a vector index checkpoint', () => {
  it('keeps what the checkpoint saved, and the next run inserts only the rest, each chunk once', async () => {
    // A checkpoint after every slice; the embedder fails on the second slice.
    const config = testConfig({ HNSW_CHECKPOINT_VECTORS: '1', HNSW_CHECKPOINT_SECONDS: '86400' });
    const stopped = await openStores(config, silentLogger);
    try {
      countEmbedding(stopped, EMBED_SLICE + 1);
      await expect(indexPaths([CORPUS_DIR], stopped, config, silentReporter, { prune: false })).rejects.toThrow('simulated crash');
    } finally {
      await stopped.close();
    }

    const resumed = await openStores(config, silentLogger);
    try {
      const allSeqs = resumed.store.allChunkSeqs();
      const checkpointed = new Set(semanticParts(resumed).index.labels());
      expect(allSeqs.length).toBeGreaterThan(EMBED_SLICE);
      expect(checkpointed.size).toBeGreaterThan(EMBED_SLICE / 2);
      // Documents marked synced are whole in the saved index; the first slice also ended inside a document.
      const afterStop = await inspectIndexes(resumed);
      const pending = new Set(resumed.store.unsyncedDocuments('vector').map((document) => document.id));
      expect(pending.size).toBeLessThan(resumed.store.listDocuments().length);
      const missing = resumed.store.getChunksBySeq(afterStop.differences.vector?.missing ?? []);
      expect(missing.filter((chunk) => !pending.has(chunk.documentId))).toEqual([]);
      const partlySaved = [...pending].some((id) => resumed.store.chunksOfDocument(id).some((chunk) => checkpointed.has(chunk.seq)));
      expect(partlySaved).toBe(true);

      const inserted = recordInserts(resumed);
      await indexPaths([CORPUS_DIR], resumed, config, silentReporter, { prune: false });
      expect(inserted.sort((a, b) => a - b)).toEqual(allSeqs.filter((seq) => !checkpointed.has(seq)));
      const { index } = semanticParts(resumed);
      expect(index.deletedSlots()).toBe(0);
      expect((await inspectIndexes(resumed)).consistent).toBe(true);
    } finally {
      await resumed.close();
    }

    const reopened = await openStores(config, silentLogger);
    try {
      const report = await inspectIndexes(reopened);
      expect(report.consistent).toBe(true);
      expect(report.counts.vectors! + report.counts.unembeddable).toBe(report.counts.chunks);
      expect(semanticParts(reopened).index.deletedSlots()).toBe(0);
    } finally {
      await reopened.close();
    }
  }, 120_000);
});

describe('the checkpoint schedule', () => {
  it('is due after the given number of vectors or seconds, whichever comes first, counted from the last checkpoint', () => {
    let now = 0;
    const schedule = checkpointSchedule({ everyVectors: 100, everySeconds: 30 }, () => now);
    schedule.inserted(99);
    expect(schedule.due()).toBe(false);
    schedule.inserted(1);
    expect(schedule.due()).toBe(true);
    schedule.restart();
    expect(schedule.due()).toBe(false);
    now = 29_999;
    expect(schedule.due()).toBe(false);
    now = 30_000;
    expect(schedule.due()).toBe(true);
    schedule.restart();
    schedule.inserted(50);
    expect(schedule.due()).toBe(false);
  });
});

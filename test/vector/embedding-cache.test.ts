/** @jest-environment ./test/vector/onnx-environment.ts */
import path from 'node:path';
import type { Chunk } from '../../core/types';
import { createEmbedder } from '../../indexer/stores/vector/embedder';
import { createEmbeddingCache, EMBED_SLICE, embedChunks, embedInSlices } from '../../indexer/stores/vector/embedding-cache';
import { modelDefaults } from '../../indexer/stores/vector/models';
import type { Embedder } from '../../indexer/stores/vector/types';
import { corpusParagraphs, temporaryDir, testEmbeddingSettings } from './helpers';

function chunkOf(text: string, position: number, itemTitle = 'Police Cadet Scheme'): Chunk {
  return {
    id: `chunk-${position}`,
    kind: 'paragraph',
    documentId: 'document-1',
    meetingId: 'meeting-1',
    itemId: 'item-1',
    text,
    body: 'Kent and Medway Police and Crime Panel',
    date: '2017-03-28',
    year: 2017,
    meetingTitle: 'Police and Crime Panel',
    itemNumber: null,
    itemTitle,
    paragraphIndex: position,
    paragraphNumber: String(position + 1),
    part: 0,
    speaker: null,
    isDecision: false,
    isTruncated: false,
    contentHash: `hash-${position}`,
    duplicateOf: null,
    sourceFile: '/corpus/minutes.txt',
    sourceUrl: null,
  };
}

/** The real embedder, counting how many texts reach the model. */
function countingEmbedder(inner: Embedder): Embedder & { texts: number } {
  const counting = {
    modelId: inner.modelId,
    dimensions: inner.dimensions,
    texts: 0,
    embedPassages: (texts: string[]) => {
      counting.texts += texts.length;
      return inner.embedPassages(texts);
    },
    embedQuery: (text: string) => inner.embedQuery(text),
  };
  return counting;
}

describe('embedding cache', () => {
  let model: Embedder;
  const chunks = corpusParagraphs('kent-medway-pcp-2017-03-28-minutes.txt').slice(0, 20).map((text, position) => chunkOf(text, position));
  beforeAll(async () => {
    model = await createEmbedder(testEmbeddingSettings());
  });

  it('embeds every chunk on the first run and none on a second run over the same text', async () => {
    const file = path.join(temporaryDir(), 'vectors', 'embeddings.sqlite');
    const embedder = countingEmbedder(model);
    const first = await embedChunks(chunks, embedder, createEmbeddingCache(file, model.modelId));
    expect(first.embedded).toBe(chunks.length);
    expect(embedder.texts).toBe(chunks.length);

    const reopened = createEmbeddingCache(file, model.modelId);
    const second = await embedChunks(chunks, embedder, reopened);
    expect(second.embedded).toBe(0);
    expect(embedder.texts).toBe(chunks.length);
    second.vectors.forEach((vector, position) => expect(Array.from(vector)).toEqual(Array.from(first.vectors[position])));
    reopened.close();
  });

  it('re-embeds only the chunks whose embedded text changed (the text, or the title when the model embeds titles)', async () => {
    const cache = createEmbeddingCache(path.join(temporaryDir(), 'embeddings.sqlite'), model.modelId);
    await embedChunks(chunks, model, cache);
    const embedder = countingEmbedder(model);
    const edited = chunks.map((chunk, position) =>
      position === 3 ? { ...chunk, text: `${chunk.text} (amended)` } : position === 4 ? { ...chunk, itemTitle: 'Precept' } : chunk,
    );
    const result = await embedChunks(edited, embedder, cache);
    const expected = modelDefaults(model.modelId).embedItemTitle ? 2 : 1;
    expect(result.embedded).toBe(expected);
    expect(embedder.texts).toBe(expected);
    cache.close();
  });

  it('embeds text shared by several chunks once and keeps vectors in chunk order', async () => {
    const cache = createEmbeddingCache(path.join(temporaryDir(), 'embeddings.sqlite'), model.modelId);
    const embedder = countingEmbedder(model);
    const repeated = [chunks[0], chunks[1], { ...chunks[0], id: 'copy' }];
    const { vectors } = await embedChunks(repeated, embedder, cache);
    expect(embedder.texts).toBe(2);
    expect(Array.from(vectors[2])).toEqual(Array.from(vectors[0]));
    expect(Array.from(vectors[1])).not.toEqual(Array.from(vectors[0]));
    cache.close();
  });

  it('keeps vectors of different models apart', async () => {
    const file = path.join(temporaryDir(), 'embeddings.sqlite');
    const cache = createEmbeddingCache(file, model.modelId);
    await embedChunks(chunks.slice(0, 3), model, cache);
    cache.close();
    const otherModel = createEmbeddingCache(file, 'other/model');
    expect(otherModel.count()).toBe(0);
    otherModel.close();
  });

  it('reports progress over the texts the model has to embed', async () => {
    const cache = createEmbeddingCache(path.join(temporaryDir(), 'embeddings.sqlite'), model.modelId);
    await embedChunks(chunks.slice(0, 5), model, cache);
    const progress: [number, number][] = [];
    await embedChunks(chunks, model, cache, (done, total) => progress.push([done, total]));
    expect(progress[0]).toEqual([0, chunks.length - 5]);
    expect(progress[progress.length - 1]).toEqual([chunks.length - 5, chunks.length - 5]);
    cache.close();
  });

  it('hands the vectors over slice by slice, in order, while the next slice is being embedded', async () => {
    const count = 2 * EMBED_SLICE + 22;
    const many = Array.from({ length: count }, (_, position) => chunkOf(`${chunks[position % chunks.length].text} (copy ${position})`, position));
    const events: string[] = [];
    const tracing: Embedder = {
      modelId: model.modelId,
      dimensions: model.dimensions,
      embedPassages: async (texts) => {
        events.push(`embed ${texts.length}`);
        return model.embedPassages(texts);
      },
      embedQuery: (text) => model.embedQuery(text),
    };
    const handed: { ids: string[]; vectors: Float32Array[] }[] = [];
    const cache = createEmbeddingCache(path.join(temporaryDir(), 'embeddings.sqlite'), model.modelId);
    const embedded = await embedInSlices(many, tracing, cache, (slice, vectors) => {
      events.push(`consume ${slice.length}`);
      handed.push({ ids: slice.map((chunk) => chunk.id), vectors });
    });
    expect(embedded).toBe(count);
    expect(handed.flatMap((slice) => slice.ids)).toEqual(many.map((chunk) => chunk.id));
    expect(Math.max(...handed.map((slice) => slice.ids.length))).toBeLessThanOrEqual(EMBED_SLICE);
    // The second slice goes to the model before the first is consumed.
    expect(events.slice(0, 3)).toEqual([`embed ${EMBED_SLICE}`, `embed ${EMBED_SLICE}`, `consume ${EMBED_SLICE}`]);
    const { vectors } = await embedChunks(many, model, cache);
    expect(handed.flatMap((slice) => slice.vectors).map((vector) => Array.from(vector))).toEqual(vectors.map((vector) => Array.from(vector)));
    cache.close();
  });

  it('stops with the consumer’s error and keeps what was embedded before it', async () => {
    const cache = createEmbeddingCache(path.join(temporaryDir(), 'embeddings.sqlite'), model.modelId);
    const many = Array.from({ length: EMBED_SLICE * 2 + 2 }, (_, position) => chunkOf(`${chunks[position % chunks.length].text} [${position}]`, position));
    await expect(
      embedInSlices(many, model, cache, () => {
        throw new Error('vector index full');
      }),
    ).rejects.toThrow('vector index full');
    expect(cache.count()).toBeGreaterThanOrEqual(EMBED_SLICE);
    cache.close();
  });
});

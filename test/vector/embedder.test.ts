/** @jest-environment ./test/vector/onnx-environment.ts */
import path from 'node:path';
import { ERROR_CODES } from '../../core/errors';
import { createEmbedder, passageText } from '../../indexer/stores/vector/embedder';
import { openVectorIndex } from '../../indexer/stores/vector/hnsw';
import { modelDefaults } from '../../indexer/stores/vector/models';
import type { Embedder } from '../../indexer/stores/vector/types';
import { createRestartingEmbedder, createWorkerEmbedder, type WorkerEmbedder } from '../../indexer/stores/vector/worker-embedder';
import { corpusParagraphs, temporaryDir, testEmbeddingSettings } from './helpers';

const settings = testEmbeddingSettings();
const norm = (vector: Float32Array) => Math.hypot(...vector);
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, d) => sum + value * b[d], 0);

describe('Transformers.js embedder', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedder(settings);
  });

  it('loads the configured model and reports its own width', () => {
    expect(embedder.modelId).toBe(settings.model);
    const expected = modelDefaults(settings.model).dimensions;
    if (expected !== null) expect(embedder.dimensions).toBe(expected);
  });

  it('returns one unit-length vector per passage, in input order, across batches', async () => {
    const texts = corpusParagraphs('kent-medway-pcp-2017-03-28-minutes.txt').slice(0, settings.batchSize + 5);
    const vectors = await embedder.embedPassages(texts);
    expect(vectors).toHaveLength(texts.length);
    for (const vector of vectors) {
      expect(vector).toHaveLength(embedder.dimensions);
      expect(norm(vector)).toBeCloseTo(1, 4);
    }
    const [last] = await embedder.embedPassages([texts[texts.length - 1]]);
    expect(cosine(last, vectors[vectors.length - 1])).toBeCloseTo(1, 4);
  });

  it('never returns NaN: text of unknown words gives a unit vector, or all zeros from a bag-of-words model', async () => {
    const [vector] = await embedder.embedPassages(['zzqxv blorfquint']);
    expect(vector.every(Number.isFinite)).toBe(true);
    expect([0, 1]).toContainEqual(Number(norm(vector).toFixed(4)));
  });

  it('scores a paraphrase far above an unrelated sentence', async () => {
    const query = await embedder.embedQuery('youth volunteering with the police');
    const [related, unrelated] = await embedder.embedPassages([
      'Young people can join the police cadets and volunteer in their community.',
      'The budget for road resurfacing was approved by the council.',
    ]);
    expect(cosine(query, related)).toBeGreaterThan(cosine(query, unrelated) + 0.2);
  });

  describe('nearest neighbours over real minutes', () => {
    const paragraphs = corpusParagraphs('kent-medway-pcp-2017-03-28-minutes.txt');
    const topTexts = async (query: string, k: number) => {
      const index = await openVectorIndex({
        dir: path.join(temporaryDir(), 'vectors'),
        modelId: embedder.modelId,
        dimensions: embedder.dimensions,
        m: 16,
        efConstruction: 200,
        efSearch: 64,
      });
      const vectors = await embedder.embedPassages(paragraphs);
      index.upsert(vectors.map((vector, label) => ({ label, vector })));
      return index.search(await embedder.embedQuery(query), k).map((hit) => paragraphs[hit.label]);
    };

    it('finds a police cadet paragraph for "youth volunteering with the police"', async () => {
      const top = await topTexts('youth volunteering with the police', 3);
      expect(top.some((text) => /cadet/i.test(text))).toBe(true);
    });

    it('finds a CCTV paragraph for "cameras in town centres"', async () => {
      const top = await topTexts('cameras in town centres', 3);
      expect(top.some((text) => /CCTV/.test(text))).toBe(true);
    });
  });

  it('fails with MODEL_UNAVAILABLE, naming the model and the cause, when the model cannot be found', async () => {
    const missing = { ...settings, model: 'no-such-model', localModelDir: temporaryDir() };
    const failure = createEmbedder(missing);
    await expect(failure).rejects.toMatchObject({ code: ERROR_CODES.MODEL_UNAVAILABLE });
    await expect(failure).rejects.toThrow(/"no-such-model".*local folder/);
  });

  it('embeds off the main thread with the same vectors as in-thread', async () => {
    const worker = await createWorkerEmbedder(settings);
    try {
      const texts = ['The Commissioner set the precept.', 'CCTV run by local authorities'];
      const fromWorker = await worker.embedPassages(texts);
      const inThread = await embedder.embedPassages(texts);
      expect(worker.dimensions).toBe(embedder.dimensions);
      fromWorker.forEach((vector, position) => expect(Array.from(vector)).toEqual(Array.from(inThread[position])));
      expect(Array.from(await worker.embedQuery('precept'))).toEqual(Array.from(await embedder.embedQuery('precept')));
    } finally {
      await worker.close();
    }
  });

  it('rejects a request still in flight when the worker is closed, instead of leaving it waiting', async () => {
    const worker = await createWorkerEmbedder(settings);
    const inFlight = worker.embedPassages(corpusParagraphs('kent-medway-pcp-2017-03-28-minutes.txt'));
    const rejected = expect(inFlight).rejects.toMatchObject({ code: ERROR_CODES.MODEL_UNAVAILABLE, message: 'embedding worker was closed' });
    await worker.close();
    await rejected;
  });

  describe('restarting embedder', () => {
    /** Real workers, kept so a test can make one die behind the wrapper's back. */
    function startCounting(): { start: () => Promise<WorkerEmbedder>; started: WorkerEmbedder[] } {
      const started: WorkerEmbedder[] = [];
      return {
        started,
        start: async () => {
          const worker = await createWorkerEmbedder(settings);
          started.push(worker);
          return worker;
        },
      };
    }

    it('starts a fresh worker when its worker has died, with the same vectors', async () => {
      const { start, started } = startCounting();
      const restarting = await createRestartingEmbedder(start);
      try {
        const before = await restarting.embedQuery('precept');
        await started[0].close(); // the worker is gone as far as the wrapper can tell
        expect(Array.from(await restarting.embedQuery('precept'))).toEqual(Array.from(before));
        expect(started).toHaveLength(2);
        expect(restarting.running).toBe(true);
      } finally {
        await restarting.close();
      }
    });

    it('retries a request the death interrupted on the fresh worker', async () => {
      const { start, started } = startCounting();
      const restarting = await createRestartingEmbedder(start);
      try {
        const texts = corpusParagraphs('kent-medway-pcp-2017-03-28-minutes.txt');
        const inFlight = restarting.embedPassages(texts);
        await started[0].close();
        expect(await inFlight).toHaveLength(texts.length);
        expect(started).toHaveLength(2);
      } finally {
        await restarting.close();
      }
    });

    it('stays closed once closed: requests fail and no worker is started', async () => {
      const { start, started } = startCounting();
      const restarting = await createRestartingEmbedder(start);
      await restarting.close();
      await expect(restarting.embedQuery('precept')).rejects.toMatchObject({ code: ERROR_CODES.MODEL_UNAVAILABLE });
      expect(started).toHaveLength(1);
      expect(restarting.running).toBe(false);
    });
  });

  it('reports MODEL_UNAVAILABLE from the worker when the model cannot load there', async () => {
    await expect(createWorkerEmbedder({ ...settings, model: 'no-such-model', localModelDir: temporaryDir() })).rejects.toMatchObject({
      code: ERROR_CODES.MODEL_UNAVAILABLE,
    });
  });
});

describe('passage text', () => {
  it('leads with the item title so a paragraph keeps its topic', () => {
    expect(passageText({ itemTitle: 'Police Cadet Scheme', text: 'The Commissioner thanked the council.' })).toBe(
      'Police Cadet Scheme. The Commissioner thanked the council.',
    );
  });

  it('does not repeat a title the text already starts with, or add an empty one', () => {
    expect(passageText({ itemTitle: 'Precept', text: 'Precept: the proposal was agreed.' })).toBe('Precept: the proposal was agreed.');
    expect(passageText({ itemTitle: ' ', text: 'Apologies were received.' })).toBe('Apologies were received.');
  });

  it('leaves the title out when asked to', () => {
    expect(passageText({ itemTitle: 'Precept', text: 'The proposal was agreed.' }, false)).toBe('The proposal was agreed.');
  });
});

/** @jest-environment ./test/vector/onnx-environment.ts */
// Changing EMBEDDING_MODEL rebuilds the vector index from the store and says so; the keyword index is left as it
// is, and a model that comes back finds its vectors in the embedding cache instead of embedding again.
import path from 'node:path';
import pino from 'pino';
import type { Config } from '../../core/config';
import { inspectIndexes } from '../../indexer/check';
import { indexPaths, silentReporter, type IndexSummary } from '../../indexer/pipeline';
import { dataPaths, openStores } from '../../indexer/stores/open';
import { savedIndexModel } from '../../indexer/stores/vector/hnsw';
import { CORPUS_DIR, TEST_MODEL, temporaryDirectory, testConfig } from '../helpers/environment';

const MINILM = 'Xenova/all-MiniLM-L6-v2';
const MINUTES = path.join(CORPUS_DIR, 'kent-medway-pcp-2017-03-28-minutes.txt');

interface Run {
  summary: IndexSummary;
  messages: string[];
  keywordWrites: number;
  consistent: boolean;
}

describe('a changed embedding model', () => {
  const dataDir = temporaryDirectory('data');
  const first = testConfig({ DATA_DIR: dataDir, EMBEDDING_MODEL: TEST_MODEL });
  const configFor = (model: string): Config =>
    testConfig({ DATA_DIR: dataDir, EMBEDDING_MODEL: model, MEILI_INDEX: first.meili?.index ?? 'minutes' });

  /** Indexes the minutes with `config`, collecting the log messages and counting writes to the keyword index. */
  async function indexWith(config: Config): Promise<Run> {
    const messages: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => messages.push((JSON.parse(line) as { msg: string }).msg) });
    const stores = await openStores(config, logger);
    try {
      const writes = (['upsert', 'deleteDocument', 'deleteChunks'] as const).map((method) => jest.spyOn(stores.keyword, method));
      const summary = await indexPaths([MINUTES], stores, config, silentReporter, { prune: false });
      const { consistent } = await inspectIndexes(stores);
      return { summary, messages, keywordWrites: writes.reduce((sum, spy) => sum + spy.mock.calls.length, 0), consistent };
    } finally {
      await stores.close();
    }
  }

  beforeAll(async () => {
    const { summary } = await indexWith(first);
    expect(summary.embedded).toBeGreaterThan(0);
  }, 120_000);

  it('rebuilds the vector index with the new model from the store, saying so, without touching the keyword index', async () => {
    const run = await indexWith(configFor(MINILM));
    expect(run.messages).toContain(
      `embedding model changed from ${TEST_MODEL} (50 dimensions) to ${MINILM} (384 dimensions): ` +
        'rebuilding the vector index (keyword index untouched)',
    );
    expect(run.summary).toMatchObject({ indexed: 0, unchanged: 1 });
    expect(run.summary.embedded).toBeGreaterThan(0);
    expect(run.summary.semantic).toMatch(new RegExp(`^${MINILM} \\(\\d+ vectors for \\d+ chunks\\)$`));
    expect(run.consistent).toBe(true);
    expect(run.keywordWrites).toBe(0);
    expect(await savedIndexModel(dataPaths(dataDir).vectors)).toEqual({ modelId: MINILM, dimensions: 384 });
  }, 120_000);

  it('says nothing and embeds nothing when the model stays the same', async () => {
    const run = await indexWith(configFor(MINILM));
    expect(run.messages.filter((message) => message.includes('model changed'))).toEqual([]);
    expect(run.summary.embedded).toBe(0);
    expect(run.consistent).toBe(true);
  });

  it('rebuilds from the embedding cache when an earlier model comes back, embedding nothing again', async () => {
    const run = await indexWith(configFor(TEST_MODEL));
    expect(run.messages).toContainEqual(expect.stringMatching(new RegExp(`^embedding model changed from ${MINILM} .* to ${TEST_MODEL} `)));
    expect(run.summary.embedded).toBe(0);
    expect(run.consistent).toBe(true);
    expect(run.keywordWrites).toBe(0);
  });
});

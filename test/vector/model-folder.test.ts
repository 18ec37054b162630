/** @jest-environment ./test/vector/onnx-environment.ts */
// A model folder that cannot serve the configured model is refused with an error naming the folder and what is
// wrong with it, and the indexer goes on for keyword search alone.
import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from '../../core/errors';
import { silentLogger } from '../../core/logger';
import { indexPaths, silentReporter } from '../../indexer/pipeline';
import { openStores } from '../../indexer/stores/open';
import { createEmbedder } from '../../indexer/stores/vector/embedder';
import { CORPUS_DIR, TEST_MODEL, testConfig } from '../helpers/environment';
import { temporaryDir, testEmbeddingSettings } from './helpers';

const settings = { ...testEmbeddingSettings(), dtype: 'q8' as const };
const MINILM = 'Xenova/all-MiniLM-L6-v2';

function testModelFolder(): string {
  const folder = settings.localModelDir && path.join(settings.localModelDir, TEST_MODEL);
  if (!folder || !fs.existsSync(folder)) throw new Error(`these tests need the shared test model ${TEST_MODEL} (see /work/shared/models/README.md)`);
  return folder;
}

/** A models folder holding `model` made of the test model's files, with `change` applied to the copy. */
function modelsFolderWith(model: string, change: (modelFolder: string) => void = () => undefined): string {
  const models = temporaryDir();
  const folder = path.join(models, model);
  fs.mkdirSync(path.join(folder, 'onnx'), { recursive: true });
  const source = testModelFolder();
  for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx']) {
    fs.symlinkSync(path.join(source, file), path.join(folder, file));
  }
  change(folder);
  return models;
}

describe('a model folder that cannot serve the configured model', () => {
  const cases = [
    {
      problem: 'the model folder does not exist',
      model: 'no-such-model',
      models: () => temporaryDir(),
      code: ERROR_CODES.MODEL_UNAVAILABLE,
      says: /cannot load embedding model "no-such-model" from the local folder .*no-such-model/,
    },
    {
      problem: 'the model file is not an ONNX model',
      model: 'broken-model',
      models: () =>
        modelsFolderWith('broken-model', (folder) => {
          fs.rmSync(path.join(folder, 'onnx/model_quantized.onnx'));
          fs.writeFileSync(path.join(folder, 'onnx/model_quantized.onnx'), 'not a model');
        }),
      code: ERROR_CODES.MODEL_UNAVAILABLE,
      says: /cannot load embedding model "broken-model" from the local folder .*broken-model/,
    },
    {
      problem: 'the folder lacks the weights of the dtype asked for',
      model: 'q8-only-model',
      models: () => modelsFolderWith('q8-only-model'),
      dtype: 'int8' as const,
      code: ERROR_CODES.MODEL_UNAVAILABLE,
      says: /from the local folder .*q8-only-model .*not found locally at .*q8-only-model\/onnx\/model_int8\.onnx/,
    },
    {
      problem: 'the folder holds a model of another width',
      model: MINILM,
      models: () => modelsFolderWith(MINILM),
      code: ERROR_CODES.MODEL_MISMATCH,
      says: /model files in .*all-MiniLM-L6-v2 give 50-dimension vectors, but "Xenova\/all-MiniLM-L6-v2" gives 384/,
    },
  ];

  it.each(cases)('says so when $problem, naming the folder', async ({ model, models, code, says, dtype }) => {
    const localModelDir = models();
    const failure = createEmbedder({ ...settings, model, localModelDir, dtype: dtype ?? settings.dtype });
    await expect(failure).rejects.toMatchObject({ code, message: expect.stringMatching(says) });
    await expect(failure).rejects.toThrow(localModelDir);
  });

  it('leaves keyword search working when the folder holds a model of another width', async () => {
    const config = testConfig({ EMBEDDING_MODEL_DIR: modelsFolderWith(MINILM), EMBEDDING_MODEL: MINILM, EMBEDDING_DTYPE: 'q8' });
    const stores = await openStores(config, silentLogger);
    try {
      expect(stores.semantic).toMatchObject({ available: false, reason: expect.stringMatching(/give 50-dimension vectors/) });
      const file = path.join(CORPUS_DIR, 'kent-medway-pcp-2017-03-28-minutes.txt');
      const summary = await indexPaths([file], stores, config, silentReporter, { prune: false });
      expect(summary.failed).toEqual([]);
      expect((await stores.keyword.search({ text: 'cadet scheme', limit: 5, offset: 0 })).total).toBeGreaterThan(0);
    } finally {
      await stores.close();
    }
  });
});

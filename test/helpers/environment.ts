// Test settings: a temp data folder and the embedding model these machines have
// (EMBEDDING_MODEL_DIR/EMBEDDING_MODEL when set, else ../shared/models with the small test model).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../../core/config';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const CORPUS_DIR = path.join(REPO_ROOT, 'corpus');
const SHARED_MODELS = path.resolve(REPO_ROOT, '../shared/models');
const TEST_MODEL = 'glove-sif-50d-10k';

export function modelEnvironment(): Record<string, string> {
  if (process.env.EMBEDDING_MODEL_DIR) {
    return { EMBEDDING_MODEL_DIR: process.env.EMBEDDING_MODEL_DIR, EMBEDDING_MODEL: process.env.EMBEDDING_MODEL ?? '' };
  }
  if (fs.existsSync(path.join(SHARED_MODELS, TEST_MODEL))) {
    return { EMBEDDING_MODEL_DIR: SHARED_MODELS, EMBEDDING_MODEL: TEST_MODEL };
  }
  return process.env.EMBEDDING_MODEL ? { EMBEDDING_MODEL: process.env.EMBEDDING_MODEL } : {};
}

export function temporaryDirectory(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `minutes-search-${prefix}-`));
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: temporaryDirectory('data'),
    CORPUS_DIR,
    LOG_LEVEL: 'silent',
    MEILI_INDEX: `test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    HOST: '127.0.0.1',
    PORT: '0',
    ...(process.env.MEILI_URL ? { MEILI_URL: process.env.MEILI_URL, MEILI_API_KEY: process.env.MEILI_API_KEY ?? '' } : {}),
    ...modelEnvironment(),
    ...overrides,
  });
}

// Test settings: a temp data folder and the embedding model these machines have (EMBEDDING_MODEL_DIR/EMBEDDING_MODEL
// when set, else from ../shared/models: a real sentence model where tests judge meaning, the small GloVe model where
// they only exercise the embedding code path).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../../core/config';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const CORPUS_DIR = path.join(REPO_ROOT, 'corpus');
/** Static word vectors: embeds in milliseconds, for tests of the embedding code path; not a judge of relevance. */
export const TEST_MODEL = 'glove-sif-50d-10k';
/** A transformer sentence model, for tests of semantic and hybrid search and of the chat: they must understand meaning. */
export const MEANING_MODEL = 'Xenova/all-MiniLM-L6-v2';

/** What a test needs of the model: only that embedding works, or that it understands sentences. */
export type ModelPurpose = 'code path' | 'meaning';
const MODEL_FOR: Record<ModelPurpose, string> = { 'code path': TEST_MODEL, meaning: MEANING_MODEL };

/** The repository this checkout was cloned from, when that is a folder on this machine. */
function localOrigin(): string | null {
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    return path.isAbsolute(origin) ? origin : null;
  } catch {
    return null;
  }
}

/** The main checkout when this one is a git worktree of it (worktrees live elsewhere, e.g. one per branch). */
function mainCheckout(): string | null {
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    return path.basename(common) === '.git' ? path.dirname(common) : null;
  } catch {
    return null;
  }
}

/**
 * The shared models folder: ../shared/models beside this checkout, beside the main checkout of a worktree, or beside
 * the checkout it was cloned from (a fresh clone in a temporary folder, as CI checks make). Looked up once per test file.
 */
let sharedModels: string | null | undefined;
function sharedModelsFolder(): string | null {
  const besides = (root: string | null) => {
    const folder = root ? path.resolve(root, '../shared/models') : null;
    return folder && fs.existsSync(folder) ? folder : null;
  };
  if (sharedModels === undefined) sharedModels = besides(REPO_ROOT) ?? besides(mainCheckout()) ?? besides(localOrigin());
  return sharedModels;
}

/**
 * EMBEDDING_MODEL / EMBEDDING_MODEL_DIR when either is set, else the shared model for the purpose when found, else
 * the project's default model.
 */
export function modelEnvironment(purpose: ModelPurpose = 'code path'): Record<string, string> {
  const { EMBEDDING_MODEL_DIR, EMBEDDING_MODEL } = process.env;
  if (EMBEDDING_MODEL_DIR || EMBEDDING_MODEL) return { EMBEDDING_MODEL_DIR: EMBEDDING_MODEL_DIR ?? '', EMBEDDING_MODEL: EMBEDDING_MODEL ?? '' };
  const shared = sharedModelsFolder();
  const model = MODEL_FOR[purpose];
  return shared && fs.existsSync(path.join(shared, model)) ? { EMBEDDING_MODEL_DIR: shared, EMBEDDING_MODEL: model } : {};
}

export function temporaryDirectory(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `minutes-search-${prefix}-`));
}

export function testConfig(overrides: Record<string, string> = {}, purpose: ModelPurpose = 'code path'): Config {
  return loadConfig({
    DATA_DIR: temporaryDirectory('data'),
    CORPUS_DIR,
    LOG_LEVEL: 'silent',
    MEILI_INDEX: `test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    HOST: '127.0.0.1',
    PORT: '0',
    ...(process.env.MEILI_URL ? { MEILI_URL: process.env.MEILI_URL, MEILI_API_KEY: process.env.MEILI_API_KEY ?? '' } : {}),
    ...modelEnvironment(purpose),
    ...overrides,
  });
}

/** The keyword backend of a test config as environment variables, for a child process that must open the same index. */
export function keywordBackendEnvironment(config: Config): Record<string, string> {
  return config.meili ? { MEILI_URL: config.meili.url, MEILI_API_KEY: config.meili.apiKey ?? '', MEILI_INDEX: config.meili.index } : {};
}

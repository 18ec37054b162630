// Picks the keyword backend: Meilisearch when MEILI_URL is configured, else the embedded SQLite index in the data folder.
import path from 'node:path';
import type { Config } from '../../../core/config';
import { createEmbeddedKeywordIndex } from './sqlite-fts';
import { createMeilisearchKeywordIndex } from './meilisearch';
import type { KeywordIndex } from './types';

export const EMBEDDED_KEYWORD_FILE = 'keyword.sqlite';
/** The words the Meilisearch index holds, kept beside it for "did you mean". */
export const MEILISEARCH_VOCABULARY_FILE = 'meilisearch-words.sqlite';

export function createKeywordIndex(config: Config): KeywordIndex {
  // The app and its tools use a key scoped to their index, never the master key.
  if (config.meili) {
    return createMeilisearchKeywordIndex({ ...config.meili, vocabularyFile: path.join(config.dataDir, MEILISEARCH_VOCABULARY_FILE), requireScopedKey: true });
  }
  return createEmbeddedKeywordIndex({ file: path.join(config.dataDir, EMBEDDED_KEYWORD_FILE) });
}

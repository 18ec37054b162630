// The Meilisearch keyword backend, used when MEILI_URL is set: same contract as the embedded index.
// Creates the index and its settings on first use, waits for every task and turns failures into errors.
// It matches the embedded index's stems (stemmer.ts) and ignores the same stop words, so both agree on what a word is.
import { describeError } from '../../../../core/errors';
import type { Chunk } from '../../../../core/types';
import { createStemmer, type Stemmer } from '../stemmer';
import type { KeywordIndex, KeywordIndexStats, KeywordQuery, KeywordResult } from '../types';
import { BATCH_SIZE, MeilisearchConnection, type MeilisearchKeywordIndexOptions } from './connection';
import { DOCUMENT_VERSION, toDocument } from './documents';
import { filterString } from './query';
import { MeilisearchSearch } from './search';
import { VocabularyFile } from './vocabulary-file';
import { WordCounts } from './word-counts';

export type { MeilisearchKeywordIndexOptions };

/** Document ids per delete-by-filter request. */
const FILTER_IDS = 200;

class MeilisearchKeywordIndex implements KeywordIndex {
  readonly backend = 'meilisearch';
  private readonly stemmer: Stemmer = createStemmer();
  private readonly connection: MeilisearchConnection;
  /** Only the match counts are held here, and the words in a file beside it: the Meilisearch server is the one copy of the index. */
  private readonly counts: WordCounts;
  /**
   * Written while Meilisearch indexes each change (it costs about a tenth of Meilisearch's indexing time): should
   * Meilisearch fail a task, the write throws, the store keeps the documents unsynced, and the next sync writes both.
   */
  private readonly words: VocabularyFile;
  private readonly searcher: MeilisearchSearch;

  constructor(private readonly options: MeilisearchKeywordIndexOptions) {
    this.connection = new MeilisearchConnection(options, this.stemmer);
    this.counts = new WordCounts(this.connection, options.index);
    this.words = new VocabularyFile(options.vocabularyFile);
    this.searcher = new MeilisearchSearch(this.connection, this.counts, this.stemmer, options.index, () => this.words.vocabulary());
  }

  async upsert(chunks: Chunk[]): Promise<void> {
    const documents = chunks.map((chunk) => toDocument(chunk, this.stemmer));
    this.counts.clear();
    await this.connection.sendInBatches(documents, 'add documents', async (index, batch) => (await index.addDocuments(batch)).taskUid, () => this.words.record(chunks));
  }

  async deleteDocument(documentId: string): Promise<void> {
    this.counts.clear();
    await this.connection.run((index) => this.connection.waitFor(index.deleteDocuments({ filter: `documentId = ${filterString(documentId)}` }), 'delete document'));
    this.words.removeDocuments([documentId]);
  }

  async replaceDocuments(documentIds: string[], chunks: Chunk[]): Promise<void> {
    const documents = chunks.map((chunk) => toDocument(chunk, this.stemmer));
    this.counts.clear();
    await this.connection.run(async (index, client) => {
      const tasks: number[] = [];
      for (let start = 0; start < documentIds.length; start += FILTER_IDS) {
        const ids = documentIds.slice(start, start + FILTER_IDS).map(filterString);
        tasks.push((await index.deleteDocuments({ filter: `documentId IN [${ids.join(', ')}]` })).taskUid);
      }
      for (let start = 0; start < documents.length; start += BATCH_SIZE) tasks.push((await index.addDocuments(documents.slice(start, start + BATCH_SIZE))).taskUid);
      this.words.replaceDocuments(documentIds, chunks);
      await this.connection.waitInOrder(client, tasks, 'replace documents');
    });
  }

  async deleteChunks(ids: string[]): Promise<void> {
    this.counts.clear();
    await this.connection.sendInBatches(ids, 'delete chunks', async (index, batch) => (await index.deleteDocuments(batch)).taskUid, () => this.words.removeChunks(ids));
  }

  search(query: KeywordQuery): Promise<KeywordResult> {
    return this.searcher.search(query);
  }

  async allIds(): Promise<string[]> {
    return this.connection.run(async (index) => {
      const ids: string[] = [];
      for (let offset = 0; ; offset += BATCH_SIZE) {
        const page = await index.getDocuments({ fields: ['id'], limit: BATCH_SIZE, offset });
        ids.push(...page.results.map((document) => document.id));
        if (page.results.length < BATCH_SIZE) return ids.sort();
      }
    });
  }

  async instance(): Promise<string> {
    // A dropped and re-created index gets a new creation time; documents of another shape need sending again, and
    // so do those whose words a new vocabulary file lacks.
    const info = await this.connection.run((index) => index.getRawInfo());
    const words = this.words.mirror(String(info.createdAt));
    return `meilisearch:${this.options.url}/${this.options.index}@${info.createdAt}#documents-v${DOCUMENT_VERSION}#words-${words}`;
  }

  async stats(): Promise<KeywordIndexStats> {
    try {
      const stats = await this.connection.run((index) => index.getStats());
      return { backend: 'meilisearch', documents: stats.numberOfDocuments, healthy: true, detail: this.options.url };
    } catch (error) {
      return { backend: 'meilisearch', documents: 0, healthy: false, detail: describeError(error) };
    }
  }

  forgetCachedState(): void {
    this.counts.clear();
    this.words.forget();
  }

  async close(): Promise<void> {
    this.connection.close();
    this.stemmer.close();
    this.words.close();
  }
}

export function createMeilisearchKeywordIndex(options: MeilisearchKeywordIndexOptions): KeywordIndex {
  return new MeilisearchKeywordIndex(options);
}

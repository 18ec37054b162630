// The Meilisearch keyword backend, used when MEILI_URL is set: same contract as the embedded index.
// Creates the index and its settings on first use, waits for every task and turns failures into errors.
import type { Index, Meilisearch, Settings, Task } from 'meilisearch';
import type { Chunk } from '../../../core/types';
import { ERROR_CODES, InputError, ServiceError, describeError } from '../../../core/errors';
import { DEFAULT_SNIPPET_WORDS, escapeHtml } from './highlight';
import { hasRequiredClauses, parseQuery, type ParsedQuery } from './query-parser';
import { planQuery } from './query-plan';
import { ENGLISH_STOP_WORDS } from './stop-words';
import { meilisearchSynonyms } from './synonyms';
import type { FacetCounts, KeywordIndex, KeywordMatching, KeywordQuery, KeywordResult, SearchFilters } from './types';
import { createVocabulary } from './vocabulary';

export interface MeilisearchKeywordIndexOptions {
  url: string;
  apiKey?: string;
  index: string;
  /** Health checks before giving up while the server starts (default 6, backing off from 250 ms). */
  connectAttempts?: number;
}

export const DEFAULT_CONNECT_ATTEMPTS = 6;
const FIRST_RETRY_DELAY_MS = 250;
/** Documents per request when indexing or deleting. */
const BATCH_SIZE = 1_000;
/** Longest wait for one indexing task. */
const TASK_TIMEOUT_MS = 120_000;
const VALID_ID = /^[A-Za-z0-9_-]{1,511}$/;
// Meilisearch does not escape HTML in `_formatted`, so matches are marked with control characters,
// the whole snippet is escaped, and only then do the markers become <mark> tags.
const PRE_TAG = '\u0001';
const POST_TAG = '\u0002';

/**
 * Documents holding every word first, then the most common words let go one at a time. The embedded backend stops
 * at a majority of the words (see query-plan); Meilisearch has no such strategy, and `frequency` is the nearer of its
 * own: like the embedded one it keeps the rarer words, so questions are not matched by their commonest words.
 */
export const MATCHING_STRATEGY = 'frequency';

export const MEILISEARCH_SETTINGS: Settings = {
  // A chunk's own words only, text before speaker. Meilisearch matches every searchable attribute and applies
  // -words to them all, so a searchable meeting or item field would let "police" find, and "-police" remove,
  // every paragraph of the Police and Crime Panel (the embedded backend only ranks by those fields).
  searchableAttributes: ['text', 'speaker'],
  filterableAttributes: ['body', 'year', 'dateNumber', 'speaker', 'isDecision', 'documentId', 'meetingId', 'kind'],
  sortableAttributes: ['dateNumber'],
  displayedAttributes: ['id', 'text'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  synonyms: meilisearchSynonyms(),
  stopWords: [...ENGLISH_STOP_WORDS],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 10_000 },
};

interface MeilisearchDocument {
  id: string;
  documentId: string;
  meetingId: string;
  kind: string;
  text: string;
  itemTitle: string;
  meetingTitle: string;
  body: string | null;
  speaker: string | null;
  year: number | null;
  /** The date as a number (20230627): Meilisearch filters and sorts numbers. Absent when undated, so undated chunks sort last. */
  dateNumber?: number;
  isDecision: boolean;
}

function toDocument(chunk: Chunk): MeilisearchDocument {
  if (!VALID_ID.test(chunk.id)) {
    throw new InputError(ERROR_CODES.INVALID_REQUEST, `chunk id must be 1-511 letters, digits, '-' or '_' for Meilisearch; got "${chunk.id}"`, {
      field: 'id',
    });
  }
  return {
    id: chunk.id,
    documentId: chunk.documentId,
    meetingId: chunk.meetingId,
    kind: chunk.kind,
    text: chunk.text,
    itemTitle: chunk.itemTitle,
    meetingTitle: chunk.meetingTitle,
    body: chunk.body,
    speaker: chunk.speaker,
    year: chunk.year,
    ...(chunk.date ? { dateNumber: dateNumber(chunk.date) } : {}),
    isDecision: chunk.isDecision,
  };
}

function dateNumber(isoDate: string): number {
  return Number(isoDate.slice(0, 10).replaceAll('-', ''));
}

/** A string literal for a Meilisearch filter: quoted, with `"` and `\` escaped, so values cannot change the filter. */
export function filterString(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export function buildMeilisearchFilter(filters: SearchFilters = {}): string[] {
  const conditions: string[] = [];
  const anyOf = (attribute: string, values: string[]) => `${attribute} IN [${values.join(', ')}]`;
  if (filters.body?.length) conditions.push(anyOf('body', filters.body.map(filterString)));
  if (filters.speaker?.length) conditions.push(anyOf('speaker', filters.speaker.map(filterString)));
  if (filters.year?.length) conditions.push(anyOf('year', filters.year.map((year) => String(Math.trunc(year)))));
  if (filters.from) conditions.push(`dateNumber >= ${dateNumber(filters.from)}`);
  if (filters.to) conditions.push(`dateNumber <= ${dateNumber(filters.to)}`);
  if (filters.decisionsOnly) conditions.push('isDecision = true');
  if (filters.documentId !== undefined) conditions.push(`documentId = ${filterString(filters.documentId)}`);
  if (filters.meetingId !== undefined) conditions.push(`meetingId = ${filterString(filters.meetingId)}`);
  if (filters.kind !== undefined) conditions.push(`kind = ${filterString(filters.kind)}`);
  return conditions;
}

/** How the query's words are matched: the embedded backend's stop words and phrases, Meilisearch's strategy (words in query order). */
export function matchingOf(parsed: ParsedQuery): KeywordMatching {
  const matching = planQuery(parsed, createVocabulary()).matching;
  return matching.strategy === 'phrase' ? matching : { ...matching, strategy: MATCHING_STRATEGY, minimum: Math.min(1, matching.words.length) };
}

/** The query rewritten in Meilisearch syntax from the parsed clauses, so junk characters never reach it. */
export function toMeilisearchQuery(parsed: ParsedQuery, matching: KeywordMatching = matchingOf(parsed)): string {
  const phrase = matching.strategy === 'phrase';
  const parts = parsed.clauses.flatMap((clause) => {
    if (phrase && !clause.excluded) return [];
    const words = clause.terms.join(' ');
    const written = clause.quoted || clause.terms.length > 1 ? `"${words}"` : words;
    return [clause.excluded ? `-${written}` : written];
  });
  // Stop words alone are searched as one phrase, as the embedded backend does.
  if (phrase) parts.unshift(`"${matching.words[0]}"`);
  const last = parsed.clauses.at(-1);
  // Meilisearch treats the last word as a prefix unless a space follows it.
  return parts.join(' ') + (last?.prefix ? '' : ' ');
}

export function formatHighlight(formatted: string): string {
  return escapeHtml(formatted).replaceAll(PRE_TAG, '<mark>').replaceAll(POST_TAG, '</mark>');
}

function facetCounts(distribution: Record<string, Record<string, number>> | undefined): FacetCounts {
  return { body: distribution?.body ?? {}, year: distribution?.year ?? {}, speaker: distribution?.speaker ?? {} };
}

const delay = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export function createMeilisearchKeywordIndex(options: MeilisearchKeywordIndexOptions): KeywordIndex {
  const attempts = options.connectAttempts ?? DEFAULT_CONNECT_ATTEMPTS;
  let ready: Promise<{ client: Meilisearch; index: Index<MeilisearchDocument> }> | null = null;

  function unavailable(error: unknown): ServiceError {
    if (error instanceof ServiceError || error instanceof InputError) return error as ServiceError;
    return new ServiceError(
      ERROR_CODES.BACKEND_UNAVAILABLE,
      `Meilisearch at ${options.url} did not answer as expected: ${describeError(error)}`,
      { url: options.url },
      { cause: error },
    );
  }

  function checkTask(task: Task, what: string): void {
    if (task.status !== 'succeeded') {
      throw new ServiceError(
        ERROR_CODES.BACKEND_TASK_FAILED,
        `Meilisearch task ${task.uid} (${what}) ended ${task.status}: ${task.error?.message ?? 'no error message'}`,
        { url: options.url, index: options.index, task: task.uid, code: task.error?.code },
      );
    }
  }

  async function connect(): Promise<{ client: Meilisearch; index: Index<MeilisearchDocument> }> {
    // Loaded on first use: the client is an ES module, and the embedded default should not need it.
    const { Meilisearch } = await import('meilisearch');
    const client = new Meilisearch({ host: options.url, apiKey: options.apiKey });
    let lastError: unknown = null;
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      try {
        await client.health();
        lastError = null;
        break;
      } catch (error) {
        lastError = error;
        if (attempt < attempts - 1) await delay(FIRST_RETRY_DELAY_MS * 2 ** attempt);
      }
    }
    if (lastError) {
      throw new ServiceError(
        ERROR_CODES.BACKEND_UNAVAILABLE,
        `Meilisearch at ${options.url} is unreachable: expected a healthy server, got "${describeError(lastError)}" after ${attempts} tries`,
        { url: options.url },
        { cause: lastError },
      );
    }
    const created = await client.createIndex(options.index, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS });
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') checkTask(created, 'create index');
    const index = client.index<MeilisearchDocument>(options.index);
    checkTask(await index.updateSettings(MEILISEARCH_SETTINGS).waitTask({ timeout: TASK_TIMEOUT_MS }), 'apply settings');
    return { client, index };
  }

  async function connected() {
    ready ??= connect().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  }

  async function run<T>(work: (index: Index<MeilisearchDocument>) => Promise<T>): Promise<T> {
    try {
      return await work((await connected()).index);
    } catch (error) {
      throw unavailable(error);
    }
  }

  async function search(query: KeywordQuery): Promise<KeywordResult> {
    const parsed = parseQuery(query.text);
    const filter = buildMeilisearchFilter(query.filters);
    if (!hasRequiredClauses(parsed) && filter.length === 0) return { hits: [], total: 0, facets: facetCounts(undefined) };
    const sort = query.sort === 'oldest' ? ['dateNumber:asc'] : query.sort === 'newest' || !hasRequiredClauses(parsed) ? ['dateNumber:desc'] : undefined;
    const matching = hasRequiredClauses(parsed) ? matchingOf(parsed) : undefined;
    const response = await run((index) =>
      index.search(toMeilisearchQuery(parsed, matching), {
        filter,
        sort,
        matchingStrategy: MATCHING_STRATEGY,
        limit: query.limit,
        offset: query.offset,
        facets: ['body', 'year', 'speaker'],
        attributesToRetrieve: ['id', 'text'],
        attributesToHighlight: ['text'],
        attributesToCrop: ['text'],
        cropLength: DEFAULT_SNIPPET_WORDS,
        cropMarker: '…',
        highlightPreTag: PRE_TAG,
        highlightPostTag: POST_TAG,
        showRankingScore: true,
        showRankingScoreDetails: true,
      }),
    );
    return {
      hits: response.hits.map((hit) => {
        const words = hit._rankingScoreDetails?.words as { matchingWords: number; maxMatchingWords: number } | undefined;
        return {
          id: hit.id,
          score: hit._rankingScore ?? 0,
          highlight: formatHighlight(hit._formatted?.text ?? hit.text),
          coverage: words && words.maxMatchingWords > 0 ? words.matchingWords / words.maxMatchingWords : 1,
        };
      }),
      total: response.estimatedTotalHits ?? response.hits.length,
      facets: facetCounts(response.facetDistribution),
      ...(matching ? { matching } : {}),
    };
  }

  async function inBatches<T>(values: T[], send: (batch: T[]) => Promise<void>): Promise<void> {
    for (let start = 0; start < values.length; start += BATCH_SIZE) await send(values.slice(start, start + BATCH_SIZE));
  }

  return {
    backend: 'meilisearch',
    async upsert(chunks) {
      const documents = chunks.map(toDocument);
      await run((index) =>
        inBatches(documents, async (batch) => checkTask(await index.addDocuments(batch).waitTask({ timeout: TASK_TIMEOUT_MS }), 'add documents')),
      );
    },
    async deleteDocument(documentId) {
      await run(async (index) =>
        checkTask(
          await index.deleteDocuments({ filter: `documentId = ${filterString(documentId)}` }).waitTask({ timeout: TASK_TIMEOUT_MS }),
          'delete document',
        ),
      );
    },
    async deleteChunks(ids) {
      await run((index) =>
        inBatches(ids, async (batch) => checkTask(await index.deleteDocuments(batch).waitTask({ timeout: TASK_TIMEOUT_MS }), 'delete chunks')),
      );
    },
    search,
    async allIds() {
      return run(async (index) => {
        const ids: string[] = [];
        for (let offset = 0; ; offset += BATCH_SIZE) {
          const page = await index.getDocuments({ fields: ['id'], limit: BATCH_SIZE, offset });
          ids.push(...page.results.map((document) => document.id));
          if (page.results.length < BATCH_SIZE) return ids.sort();
        }
      });
    },
    async instance() {
      // A dropped and re-created index gets a new creation time.
      const info = await run((index) => index.getRawInfo());
      return `meilisearch:${options.url}/${options.index}@${info.createdAt}`;
    },
    async stats() {
      try {
        const stats = await run((index) => index.getStats());
        return { backend: 'meilisearch', documents: stats.numberOfDocuments, healthy: true, detail: options.url };
      } catch (error) {
        return { backend: 'meilisearch', documents: 0, healthy: false, detail: describeError(error) };
      }
    },
    // Nothing is held here: the Meilisearch server is the one copy.
    forgetCachedState() {},
    async close() {
      ready = null;
    },
  };
}

// The Meilisearch keyword backend, used when MEILI_URL is set: same contract as the embedded index.
// Creates the index and its settings on first use, waits for every task and turns failures into errors.
// It matches the embedded index's stems (stemmer.ts) and ignores the same stop words, so both agree on what a word is.
import type { Index, Meilisearch, Settings, Task } from 'meilisearch';
import type { Chunk } from '../../../core/types';
import { ERROR_CODES, InputError, ServiceError, describeError } from '../../../core/errors';
import { isoDateNumber } from '../../../core/text/dates';
import { hitWithSnippet } from './highlight';
import { assertScopedKey, probeKey } from './meilisearch-key';
import { createUnitMatcher, rankMostWords, type Candidate, type QueryUnit } from './meilisearch-ranking';
import { hasRequiredClauses, parseQuery, type ParsedQuery, type QueryClause } from './query-parser';
import { MAX_COUNTED_WORDS, defaultSynonyms, matchSynonymRun, planQuery } from './query-plan';
import { createStemmer, type Stemmer } from './stemmer';
import { tokenise } from '../../../core/text/tokens';
import { isStopWord } from '../../../core/text/stop-words';
import { longestSpellingLength, meilisearchSynonyms } from './synonyms';
import type { FacetCounts, KeywordIndex, KeywordQuery, KeywordResult, SearchFilters } from './types';
import { createVocabulary } from './vocabulary';

export interface MeilisearchKeywordIndexOptions {
  url: string;
  apiKey?: string;
  index: string;
  /**
   * Health checks before giving up on the first connection, while the server starts (default 6, backing off from
   * 250 ms). Once one connection attempt has failed or succeeded, requests fail at once while Meilisearch is down.
   */
  connectAttempts?: number;
  /** Longest wait for one HTTP request, in ms (default 2,000): a slow server fails like one that is down. */
  timeoutMs?: number;
  /** Refuse a key that can do more than the app needs (meilisearch-key.ts): on in the app, off for tools run with the master key. */
  requireScopedKey?: boolean;
}

export const DEFAULT_CONNECT_ATTEMPTS = 6;
export const DEFAULT_REQUEST_TIMEOUT_MS = 2_000;
const FIRST_RETRY_DELAY_MS = 250;
/** Documents per request when indexing or deleting. */
const BATCH_SIZE = 1_000;
/** Longest wait for one indexing task. */
const TASK_TIMEOUT_MS = 120_000;
/** How often a task is asked about while waiting for it (the client's default, 50 ms, asks 20 times a second). */
const TASK_POLL_MS = 200;
/** Document ids per delete-by-filter request. */
const FILTER_IDS = 200;
const VALID_ID = /^[A-Za-z0-9_-]{1,511}$/;
/**
 * The shape of the documents sent (part of the instance name): an index filled by an older version (before the
 * stemmed and tokenised fields: 1) is filled again on the next sync.
 */
const DOCUMENT_VERSION = 2;

/**
 * Documents holding every word first, then the last word let go, and the next, down to the first alone. The query's
 * words are sent rarest first (countedUnits), so the most common are let go first, as the embedded backend does
 * (it stops at a majority of the words, see query-plan; Meilisearch has no such strategy). Meilisearch's own
 * `frequency` strategy would do the same, but in 1.50 it finds nothing when the two rarest words are equally rare
 * ("much seiz": 0 results, each word alone 3), and `last` on the words as typed keeps the first word to the end.
 */
export const MATCHING_STRATEGY = 'last';

/**
 * The searchable fields: a chunk's own words (text, speaker) as stems and as written, both split by the embedded
 * index's tokenizer (tokens.ts: apostrophes separate, "Inspectorate's" is two words), one space apart.
 */
export const SEARCHABLE_ATTRIBUTES = ['stemmedText', 'words', 'stemmedSpeaker', 'speakerWords'];

export function meilisearchSettings(stemmer: Stemmer): Settings {
  return {
    // A chunk's own words only, text before speaker. Meilisearch matches every searchable attribute and applies
    // -words to them all, so a searchable meeting or item field would let "police" find, and "-police" remove,
    // every paragraph of the Police and Crime Panel (the embedded backend only ranks by those fields).
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: ['body', 'year', 'dateNumber', 'speaker', 'isDecision', 'documentId', 'meetingId', 'kind'],
    sortableAttributes: ['dateNumber'],
    displayedAttributes: CANDIDATE_FIELDS,
    // Date sorts order by the words held, then the date, as the embedded index does.
    rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'],
    synonyms: meilisearchSynonyms(stemmer.stemText),
    // Stop words are left out of queries here (toMeilisearchQuery), as the embedded backend does; the index keeps
    // them, so "quoted phrases" and queries of stop words only match as written.
    stopWords: [],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: MAX_COUNTED_MATCHES },
    // Indexing at Meilisearch's pace: the order of the candidates it returns matters only at the edge of the ranking
    // window (the ranking is ours), so word pairs are kept per field rather than by distance; no facet search box
    // and no language detection (the minutes are English).
    proximityPrecision: 'byAttribute',
    facetSearch: false,
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['eng'] }],
  };
}

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
  /** The searchable words: the text's and the speaker's stems, as the embedded index matches them. */
  stemmedText: string;
  stemmedSpeaker: string | null;
  words: string;
  speakerWords: string | null;
}

function toDocument(chunk: Chunk, stemmer: Stemmer): MeilisearchDocument {
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
    ...(chunk.date ? { dateNumber: isoDateNumber(chunk.date) } : {}),
    isDecision: chunk.isDecision,
    stemmedText: stemmer.stemText(chunk.text),
    stemmedSpeaker: chunk.speaker === null ? null : stemmer.stemText(chunk.speaker),
    words: tokenise(chunk.text).join(' '),
    speakerWords: chunk.speaker === null ? null : tokenise(chunk.speaker).join(' '),
  };
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
  if (filters.from) conditions.push(`dateNumber >= ${isoDateNumber(filters.from)}`);
  if (filters.to) conditions.push(`dateNumber <= ${isoDateNumber(filters.to)}`);
  if (filters.decisionsOnly) conditions.push('isDecision = true');
  if (filters.documentId !== undefined) conditions.push(`documentId = ${filterString(filters.documentId)}`);
  if (filters.meetingId !== undefined) conditions.push(`meetingId = ${filterString(filters.meetingId)}`);
  if (filters.kind !== undefined) conditions.push(`kind = ${filterString(filters.kind)}`);
  return conditions;
}

export interface MeilisearchQueryParts {
  units: QueryUnit[];
  /** `-word` and `-"phrase"` clauses, in Meilisearch syntax. */
  excluded: string[];
  /** Stop words of the query, which count for nothing on their own. */
  ignored: string[];
  /** A query of stop words only is searched as this one phrase. */
  phrase: QueryUnit | null;
}

/**
 * The query's clauses as Meilisearch will read them, rewritten from the parse (junk characters never reach it) as
 * stems, the way the stemmed fields hold the text. Stop words are left out as the embedded backend ignores them;
 * a run of words spelling an acronym or its long form stays unquoted, so Meilisearch's synonyms find the others.
 */
export function meilisearchQueryParts(parsed: ParsedQuery, stem: (word: string) => string): MeilisearchQueryParts {
  const stems = (terms: string[]) => terms.map(stem).join(' ');
  const quoted = (clause: QueryClause) => (clause.quoted || clause.terms.length > 1 ? `"${stems(clause.terms)}"` : stems(clause.terms));
  const parts: MeilisearchQueryParts = { units: [], excluded: [], ignored: [], phrase: null };
  const { clauses } = parsed;
  const longest = longestSpellingLength(defaultSynonyms);
  for (let index = 0; index < clauses.length; ) {
    const clause = clauses[index];
    const run = clause.excluded ? null : matchSynonymRun(clauses, index, longest, defaultSynonyms);
    const terms = run?.terms ?? clause.terms;
    index += run?.clauseCount ?? 1;
    const prefix = index === clauses.length && clauses[index - 1].prefix;
    if (clause.excluded) parts.excluded.push(`-${quoted(clause)}`);
    else if (run) parts.units.push({ word: terms.join(' '), query: stems(terms), prefix, spellings: [run.terms, ...run.others], typos: false });
    else if (!clause.quoted && terms.length === 1 && isStopWord(terms[0])) parts.ignored.push(terms[0]);
    else parts.units.push({ word: terms.join(' '), query: quoted(clause), prefix, spellings: [terms], typos: !clause.quoted && terms.length === 1 });
  }
  if (parts.units.length === 0 && parts.ignored.length > 0) {
    // Stop words alone are searched as one phrase, as the embedded backend does.
    const words = clauses.filter((clause) => !clause.excluded).flatMap((clause) => clause.terms);
    parts.phrase = { word: words.join(' '), query: `"${stems(words)}"`, prefix: false, spellings: [words], typos: false };
    parts.ignored = [];
  }
  return parts;
}

/**
 * The words that count, rarest first (as `documentsWith` counts them), as the embedded index chooses them: a word no
 * chunk holds even with a typo is let go unless none is held, and only the MAX_COUNTED_WORDS rarest count. The word
 * being typed stays last.
 */
export function countedUnits(units: QueryUnit[], documentsWith: (unit: QueryUnit) => number): { counted: QueryUnit[]; letGo: QueryUnit[] } {
  const held = units.filter((unit) => documentsWith(unit) > 0);
  const candidates = held.length > 0 ? held : units;
  const ordered = candidates.filter((unit) => !unit.prefix).sort((a, b) => documentsWith(a) - documentsWith(b));
  const counted = [...ordered.slice(0, MAX_COUNTED_WORDS - (candidates.some((unit) => unit.prefix) ? 1 : 0)), ...candidates.filter((unit) => unit.prefix)];
  return { counted, letGo: units.filter((unit) => !counted.includes(unit)) };
}

/** The query string: the counted words in order, then the exclusions; the last word is a prefix unless a space follows it. */
export function toMeilisearchQuery(counted: QueryUnit[], excluded: string[]): string {
  const text = [...counted.map((unit) => unit.query), ...excluded].join(' ');
  return excluded.length === 0 && counted.at(-1)?.prefix ? text : `${text} `;
}

type CandidateDocument = Candidate & Pick<MeilisearchDocument, 'year'>;
/** What ranking a candidate reads: its own words, the fields BM25 weighs, and the facet values. */
const CANDIDATE_FIELDS = ['id', 'text', 'speaker', 'itemTitle', 'meetingTitle', 'body', 'year'];
const FACETS = ['body', 'year', 'speaker'];
/** Most matches counted, as the embedded index counts them (DEFAULT_MAX_COUNTED_MATCHES); beyond it, `approximate`. */
const MAX_COUNTED_MATCHES = 10_000;
/** Candidates each Meilisearch query gives for ranking, at least: as many as the embedded index ranks (DEFAULT_RANK_WINDOW). */
const RANK_WINDOW = 300;
/** Candidates from each of the other word orders (see searchByRelevance). */
const OTHER_ORDER_WINDOW = 100;

function countFacets(facets: FacetCounts, candidate: CandidateDocument): void {
  const add = (bucket: Record<string, number>, key: string | number | null) => {
    if (key !== null) bucket[String(key)] = (bucket[String(key)] ?? 0) + 1;
  };
  add(facets.body, candidate.body);
  add(facets.year, candidate.year);
  add(facets.speaker, candidate.speaker);
}

function facetCounts(distribution: Record<string, Record<string, number>> | undefined): FacetCounts {
  return { body: distribution?.body ?? {}, year: distribution?.year ?? {}, speaker: distribution?.speaker ?? {} };
}

const delay = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export function createMeilisearchKeywordIndex(options: MeilisearchKeywordIndexOptions): KeywordIndex {
  let attempts = options.connectAttempts ?? DEFAULT_CONNECT_ATTEMPTS;
  const stemmer = createStemmer();
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
    const client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS });
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
    // Waiting for a server to come up is for start-up: later, a search must not wait seconds to learn it is down.
    attempts = 1;
    if (lastError) {
      throw new ServiceError(
        ERROR_CODES.BACKEND_UNAVAILABLE,
        `Meilisearch at ${options.url} is unreachable: expected a healthy server, got "${describeError(lastError)}" after ${attempts} tries`,
        { url: options.url },
        { cause: lastError },
      );
    }
    if (options.requireScopedKey) {
      assertScopedKey(await probeKey({ ...options, timeoutMs: options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS }), options.index);
    }
    const created = await client.createIndex(options.index, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS });
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') checkTask(created, 'create index');
    const index = client.index<MeilisearchDocument>(options.index);
    checkTask(await index.updateSettings(meilisearchSettings(stemmer)).waitTask({ timeout: TASK_TIMEOUT_MS }), 'apply settings');
    return { client, index };
  }

  async function connected() {
    ready ??= connect().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  }

  async function run<T>(work: (index: Index<MeilisearchDocument>, client: Meilisearch) => Promise<T>): Promise<T> {
    try {
      const { index, client } = await connected();
      return await work(index, client);
    } catch (error) {
      throw unavailable(error);
    }
  }

  /**
   * Sends every batch without waiting for Meilisearch to process the one before (it queues them and indexes
   * consecutive ones together), then waits for the tasks in order: they finish in the order they were sent.
   */
  async function sendInBatches<T>(values: T[], what: string, send: (index: Index<MeilisearchDocument>, batch: T[]) => Promise<number>): Promise<void> {
    await run(async (index, client) => {
      const tasks: number[] = [];
      for (let start = 0; start < values.length; start += BATCH_SIZE) tasks.push(await send(index, values.slice(start, start + BATCH_SIZE)));
      await waitInOrder(client, tasks, what);
    });
  }

  /** Meilisearch processes an index's tasks in the order they were sent: waiting for each in turn is one wait for all. */
  async function waitInOrder(client: Meilisearch, tasks: number[], what: string): Promise<void> {
    for (const uid of tasks) checkTask(await client.tasks.waitForTask(uid, { timeout: TASK_TIMEOUT_MS, interval: TASK_POLL_MS }), what);
  }

  /** How many chunks match each Meilisearch query (typos and synonyms included): asked once until the index changes. */
  const matchCounts = new Map<string, number>();
  async function countMatches(queries: string[], filter: string[] = []): Promise<(query: string) => number> {
    const key = (query: string) => (filter.length === 0 ? query : JSON.stringify([query, filter]));
    const unknown = [...new Set(queries.filter((query) => !matchCounts.has(key(query))))];
    if (unknown.length > 0) {
      const { results } = await run((_, client) =>
        client.multiSearch({ queries: unknown.map((q) => ({ indexUid: options.index, q, filter, limit: 0, matchingStrategy: 'all' as const })) }),
      );
      results.forEach((result, position) => matchCounts.set(key(unknown[position]), result.estimatedTotalHits ?? 0));
    }
    return (query) => matchCounts.get(key(query)) ?? 0;
  }

  /**
   * Chunks holding at least `floor` of the units, as the embedded index counts a query's matches, from the counts of
   * chunks holding every unit of each subset (inclusion–exclusion: Σ_{k ≥ floor} (−1)^(k−floor) C(k−1, floor−1) S_k).
   */
  async function countHolding(units: QueryUnit[], floor: number, filter: string[], excluded: string[]): Promise<number> {
    const subsets = [...Array(2 ** units.length).keys()].map((mask) => units.filter((_, index) => mask & (1 << index))).filter((subset) => subset.length >= floor);
    const count = await countMatches(
      subsets.map((subset) => toMeilisearchQuery(subset, excluded)),
      filter,
    );
    const choose = (n: number, k: number): number => (k === 0 ? 1 : (n * choose(n - 1, k - 1)) / k);
    const total = subsets.reduce((sum, subset) => sum + (-1) ** (subset.length - floor) * choose(subset.length - 1, floor - 1) * count(toMeilisearchQuery(subset, excluded)), 0);
    return Math.max(0, Math.round(total));
  }

  /**
   * Each unit as it will be searched, and how many chunks match it. A word some chunk holds as typed is searched by
   * its stem, with no typos of its own; a word none holds is searched as typed, so Meilisearch's typos reach the words
   * it may mean, as the embedded index corrects only the words it does not hold.
   */
  async function resolveUnits(units: QueryUnit[]): Promise<{ units: QueryUnit[]; documentsWith: (unit: QueryUnit) => number }> {
    const queryOf = (unit: QueryUnit) => toMeilisearchQuery([unit], []);
    const asTyped = (unit: QueryUnit): QueryUnit => ({ ...unit, query: unit.spellings[0][0] });
    const exactly = (unit: QueryUnit) => `"${unit.spellings[0][0]}" `;
    const count = await countMatches(units.flatMap((unit) => (unit.typos ? [exactly(unit), queryOf(unit), queryOf(asTyped(unit))] : [queryOf(unit)])));
    // The word being typed stays as it is, read as a prefix; it keeps its typos only when no chunk holds it as typed.
    const resolved = units.map((unit) => {
      if (!unit.typos) return unit;
      if (count(exactly(unit)) > 0) return { ...unit, typos: false };
      return unit.prefix ? unit : asTyped(unit);
    });
    // A word held as typed counts the chunks holding it as typed, as the embedded index's vocabulary does (IDF, rarity).
    return { units: resolved, documentsWith: (unit) => (unit.typos || unit.spellings.length > 1 || unit.spellings[0].length > 1 ? count(queryOf(unit)) : count(exactly(unit)) || count(queryOf(unit))) };
  }

  /** The query's parts and the units that count, rarest first. */
  async function planMeilisearchQuery(parsed: ParsedQuery) {
    const parts = meilisearchQueryParts(parsed, stemmer.stem);
    if (parts.phrase || parts.units.length === 0) return { parts, counted: parts.phrase ? [parts.phrase] : [], letGo: [] as QueryUnit[], documentsWith: () => 1 };
    const { units, documentsWith } = await resolveUnits(parts.units);
    return { parts, documentsWith, ...countedUnits(units, documentsWith) };
  }

  let indexedChunks: number | null = null;
  async function chunkCount(): Promise<number> {
    indexedChunks ??= (await run((index) => index.getStats())).numberOfDocuments;
    return indexedChunks;
  }

  /**
   * Relevance: Meilisearch finds the candidates (the words rarest first, and once more with each other word first,
   * so a chunk lacking the rarest word is found too), and the embedded index's rules rank them: most of the words
   * held, more first, then BM25 (meilisearch-ranking.ts). Counts and facets are exact when every query was read whole.
   */
  async function searchByRelevance(query: KeywordQuery, filter: string[], units: QueryUnit[], excluded: string[], documentsWith: (unit: QueryUnit) => number) {
    const window = Math.max(query.offset + query.limit, RANK_WINDOW);
    // The word being typed is read as a prefix only last: it is searched alone instead of first.
    const orders = [units, ...units.slice(1).map((first) => (first.prefix ? [first] : [first, ...units.filter((unit) => unit !== first)]))];
    const { results } = await run((_, client) =>
      client.multiSearch({
        queries: orders.map((order, position) => ({
          indexUid: options.index,
          q: toMeilisearchQuery(order, excluded),
          filter,
          matchingStrategy: MATCHING_STRATEGY,
          // The other orders only add the chunks lacking the rarest word: their first matches are enough.
          limit: position === 0 ? window : Math.max(OTHER_ORDER_WINDOW, query.offset + query.limit),
          attributesToRetrieve: CANDIDATE_FIELDS,
          ...(position === 0 && query.facets !== false ? { facets: FACETS } : {}),
        })),
      }),
    );
    const candidates = [...new Map(results.flatMap((result) => result.hits as unknown as CandidateDocument[]).map((hit) => [hit.id, hit])).values()];
    const matcher = createUnitMatcher(units, stemmer.stem);
    const countOf = new Map(units.flatMap((unit) => unit.spellings.flat().map((term) => [term, documentsWith(unit)] as const)));
    const statistics = { documents: Math.max(1, await chunkCount()), documentsWith: (term: string) => countOf.get(term) ?? 1 };
    const { ranked, floor } = rankMostWords(units, candidates, matcher, statistics);
    // Asked for more, every query is read whole in the end: then the total is exact.
    const complete = results.every((result) => (result.estimatedTotalHits ?? 0) <= (result.limit ?? 0));
    const kept = new Set(ranked.map((entry) => entry.id));
    const facets = facetCounts(undefined);
    const counting = query.facets !== false;
    if (complete && counting) for (const candidate of candidates) if (kept.has(candidate.id)) countFacets(facets, candidate);
    // Beyond the candidates read, counted as the embedded index counts (most of the words), up to its 10,000.
    const total = complete ? ranked.length : Math.min(MAX_COUNTED_MATCHES, Math.max(ranked.length, await countHolding(units, floor, filter, excluded)));
    return {
      ranked: ranked.slice(query.offset, query.offset + query.limit),
      total,
      facets: complete || !counting ? facets : facetCounts(results[0].facetDistribution),
      floor,
      approximate: !complete,
    };
  }

  async function search(query: KeywordQuery): Promise<KeywordResult> {
    const parsed = parseQuery(query.text);
    const filter = buildMeilisearchFilter(query.filters);
    if (!hasRequiredClauses(parsed) && filter.length === 0) return { hits: [], total: 0, facets: facetCounts(undefined) };
    const sort = query.sort === 'oldest' ? ['dateNumber:asc'] : query.sort === 'newest' || !hasRequiredClauses(parsed) ? ['dateNumber:desc'] : undefined;
    const { parts, counted, letGo, documentsWith } = await planMeilisearchQuery(parsed);
    // The words a snippet marks: the query's own (and the other spellings of its acronyms), as the embedded index marks them.
    const matchTerms = counted.length > 0 ? planQuery(parsed, createVocabulary()).matchTerms : [];
    const ignored = [...new Set([...parts.ignored, ...letGo.map((unit) => unit.word)])];
    if (!sort && counted.length > 0) {
      const found = await searchByRelevance(query, filter, counted, parts.excluded, documentsWith);
      return {
        hits: found.ranked.map((entry) => hitWithSnippet(entry.id, entry.score, entry.words / counted.length, entry.text, matchTerms)),
        total: found.total,
        facets: found.facets,
        matching: parts.phrase
          ? { strategy: 'phrase', words: [parts.phrase.word], minimum: 1, ignored: [] }
          : { strategy: 'most', words: counted.map((unit) => unit.word), minimum: found.floor, ignored },
        ...(found.approximate ? { approximate: true } : {}),
      };
    }
    const response = await run((index) =>
      index.search(toMeilisearchQuery(counted, parts.excluded), {
        filter,
        sort,
        matchingStrategy: MATCHING_STRATEGY,
        limit: query.limit,
        offset: query.offset,
        ...(query.facets !== false ? { facets: FACETS } : {}),
        attributesToRetrieve: ['id', 'text'],
        showRankingScore: true,
        showRankingScoreDetails: true,
      }),
    );
    return {
      hits: response.hits.map((hit) => {
        const words = hit._rankingScoreDetails?.words as { matchingWords: number; maxMatchingWords: number } | undefined;
        const coverage = words && words.maxMatchingWords > 0 ? words.matchingWords / words.maxMatchingWords : 1;
        return hitWithSnippet(hit.id, hit._rankingScore ?? 0, coverage, hit.text, matchTerms);
      }),
      total: Math.min(MAX_COUNTED_MATCHES, response.estimatedTotalHits ?? response.hits.length),
      facets: facetCounts(response.facetDistribution),
      ...((response.estimatedTotalHits ?? 0) >= MAX_COUNTED_MATCHES ? { approximate: true } : {}),
      ...(counted.length > 0
        ? { matching: parts.phrase ? { strategy: 'phrase' as const, words: [parts.phrase.word], minimum: 1, ignored: [] } : { strategy: 'frequency' as const, words: counted.map((unit) => unit.word), minimum: 1, ignored } }
        : {}),
    };
  }

  return {
    backend: 'meilisearch',
    async upsert(chunks) {
      const documents = chunks.map((chunk) => toDocument(chunk, stemmer));
      matchCounts.clear();
      indexedChunks = null;
      await sendInBatches(documents, 'add documents', async (index, batch) => (await index.addDocuments(batch)).taskUid);
    },
    async deleteDocument(documentId) {
      matchCounts.clear();
      indexedChunks = null;
      await run(async (index) =>
        checkTask(
          await index.deleteDocuments({ filter: `documentId = ${filterString(documentId)}` }).waitTask({ timeout: TASK_TIMEOUT_MS }),
          'delete document',
        ),
      );
    },
    async replaceDocuments(documentIds, chunks) {
      const documents = chunks.map((chunk) => toDocument(chunk, stemmer));
      matchCounts.clear();
      indexedChunks = null;
      await run(async (index, client) => {
        const tasks: number[] = [];
        for (let start = 0; start < documentIds.length; start += FILTER_IDS) {
          const ids = documentIds.slice(start, start + FILTER_IDS).map(filterString);
          tasks.push((await index.deleteDocuments({ filter: `documentId IN [${ids.join(', ')}]` })).taskUid);
        }
        for (let start = 0; start < documents.length; start += BATCH_SIZE) tasks.push((await index.addDocuments(documents.slice(start, start + BATCH_SIZE))).taskUid);
        await waitInOrder(client, tasks, 'replace documents');
      });
    },
    async deleteChunks(ids) {
      matchCounts.clear();
      indexedChunks = null;
      await sendInBatches(ids, 'delete chunks', async (index, batch) => (await index.deleteDocuments(batch)).taskUid);
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
      // A dropped and re-created index gets a new creation time; documents of another shape need sending again.
      const info = await run((index) => index.getRawInfo());
      return `meilisearch:${options.url}/${options.index}@${info.createdAt}#documents-v${DOCUMENT_VERSION}`;
    },
    async stats() {
      try {
        const stats = await run((index) => index.getStats());
        return { backend: 'meilisearch', documents: stats.numberOfDocuments, healthy: true, detail: options.url };
      } catch (error) {
        return { backend: 'meilisearch', documents: 0, healthy: false, detail: describeError(error) };
      }
    },
    // Only the word counts are held here: the Meilisearch server is the one copy of the index.
    forgetCachedState() {
      matchCounts.clear();
      indexedChunks = null;
    },
    async close() {
      ready = null;
      stemmer.close();
    },
  };
}

// A search on Meilisearch, ranked as the embedded index ranks: relevance takes Meilisearch's candidates and ranks
// them by the embedded index's rules (ranking.ts); date sorts and filter-only listings use Meilisearch's own sort.
import type { FacetCounts, KeywordMatching } from '../../../../core/search-types';
import { FieldWords } from '../field-words';
import { hitWithSnippet } from '../highlight';
import { hasRequiredClauses, parseQuery, type ParsedQuery } from '../query-parser';
import { planQuery } from '../query-plan';
import type { Stemmer } from '../stemmer';
import { suggestSpelling } from '../spelling';
import type { KeywordQuery, KeywordResult } from '../types';
import { createVocabulary, type Vocabulary } from '../vocabulary';
import type { MeilisearchConnection } from './connection';
import { CANDIDATE_FIELDS, FACETS, MATCHING_STRATEGY, MAX_COUNTED_MATCHES, type MeilisearchDocument } from './documents';
import { buildMeilisearchFilter, countedUnits, meilisearchQueryParts, toMeilisearchQuery, type MeilisearchQueryParts } from './query';
import { FEW_MATCHES, rankMostWords, type Candidate, type QueryUnit } from './ranking';
import { WordJudgements, createUnitMatcher } from './unit-matcher';
import type { WordCounts } from './word-counts';

/** Candidates each Meilisearch query gives for ranking, at least: as many as the embedded index ranks (DEFAULT_RANK_WINDOW). */
const RANK_WINDOW = 300;
/** Candidates from each of the other word orders (see byRelevance). */
const OTHER_ORDER_WINDOW = 100;

type CandidateDocument = Candidate & Pick<MeilisearchDocument, 'year'>;

/** The query's parts, the units that count (rarest first), those let go, and how many chunks hold each unit. */
interface MeilisearchPlan {
  parts: MeilisearchQueryParts;
  counted: QueryUnit[];
  letGo: QueryUnit[];
  documentsWith: (unit: QueryUnit) => number;
}

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

export class MeilisearchSearch {
  /** The candidates' words as numbers, kept by text, and what the query under way judged of each. */
  private readonly judgements = new WordJudgements(new FieldWords());

  constructor(
    private readonly connection: MeilisearchConnection,
    private readonly counts: WordCounts,
    private readonly stemmer: Stemmer,
    private readonly indexName: string,
    private readonly vocabulary: () => Vocabulary,
  ) {}

  async search(query: KeywordQuery): Promise<KeywordResult> {
    const parsed = parseQuery(query.text);
    const filter = buildMeilisearchFilter(query.filters);
    if (!hasRequiredClauses(parsed) && filter.length === 0) return { hits: [], total: 0, facets: facetCounts(undefined) };
    const sort = query.sort === 'oldest' ? ['dateNumber:asc'] : query.sort === 'newest' || !hasRequiredClauses(parsed) ? ['dateNumber:desc'] : undefined;
    const plan = await this.plan(parsed);
    // The words a snippet marks: the query's own (and the other spellings of its acronyms), as the embedded index marks them.
    const matchTerms = plan.counted.length > 0 ? planQuery(parsed, createVocabulary()).matchTerms : [];
    const result = !sort && plan.counted.length > 0 ? await this.byRelevance(query, filter, plan, matchTerms) : await this.sorted(query, filter, sort ?? [], plan, matchTerms);
    return this.withSuggestion(result, parsed);
  }

  /** "Did you mean", as the embedded index offers it: the query with the words no chunk holds replaced. */
  private withSuggestion(result: KeywordResult, parsed: ParsedQuery): KeywordResult {
    if (!result.matching || result.matching.strategy === 'phrase') return result;
    const suggestion = suggestSpelling(parsed, this.vocabulary());
    return suggestion === null ? result : { ...result, matching: { ...result.matching, suggestion } };
  }

  private async plan(parsed: ParsedQuery): Promise<MeilisearchPlan> {
    const parts = meilisearchQueryParts(parsed, this.stemmer.stem);
    if (parts.phrase || parts.units.length === 0) return { parts, counted: parts.phrase ? [parts.phrase] : [], letGo: [], documentsWith: () => 1 };
    const { units, documentsWith } = await this.counts.resolveUnits(parts.units);
    return { parts, documentsWith, ...countedUnits(units, documentsWith) };
  }

  /**
   * Relevance: Meilisearch finds the candidates (the words rarest first, and once more with each other word first,
   * so a chunk lacking the rarest word is found too), and the embedded index's rules rank them: most of the words
   * held, more first, then BM25 (ranking.ts). Counts and facets are exact when every query was read whole.
   */
  private async byRelevance(query: KeywordQuery, filter: string[], plan: MeilisearchPlan, matchTerms: string[]): Promise<KeywordResult> {
    const { counted: units, parts, documentsWith } = plan;
    const { results, everyOrder } = await this.readCandidates(query, filter, units, parts.excluded);
    const candidates = [...new Map(results.flatMap((result) => result.hits as unknown as CandidateDocument[]).map((hit) => [hit.id, hit])).values()];
    const countOf = new Map(units.flatMap((unit) => unit.spellings.flat().map((term) => [term, documentsWith(unit)] as const)));
    const statistics = { documents: Math.max(1, await this.counts.chunkCount()), documentsWith: (term: string) => countOf.get(term) ?? 1 };
    // The judgements and word numbers are shared by this thread's searches: from the matcher's start to the last BM25
    // read, no await lets another search in.
    const matcher = createUnitMatcher(units, this.stemmer.stemWords, this.judgements);
    const { ranked, floor } = rankMostWords(units, candidates, matcher, statistics, (terms) => this.judgements.fieldWords.readerFor(terms));
    // Asked for more, every query is read whole in the end: then the total is exact.
    const complete = everyOrder && results.every((result) => (result.estimatedTotalHits ?? 0) <= (result.limit ?? 0));
    const kept = new Set(ranked.map((entry) => entry.id));
    const facets = facetCounts(undefined);
    const counting = query.facets !== false;
    if (complete && counting) for (const candidate of candidates) if (kept.has(candidate.id)) countFacets(facets, candidate);
    // Beyond the candidates read, counted as the embedded index counts (most of the words), up to its 10,000.
    const total = complete ? ranked.length : Math.min(MAX_COUNTED_MATCHES, Math.max(ranked.length, await this.counts.countHolding(units, floor, filter, parts.excluded)));
    return {
      hits: ranked.slice(query.offset, query.offset + query.limit).map((entry) => hitWithSnippet(entry.id, entry.score, entry.words / units.length, entry.text, matchTerms)),
      total,
      facets: complete || !counting ? facets : facetCounts(results[0].facetDistribution),
      matching: parts.phrase ? { strategy: 'phrase', words: [parts.phrase.word], minimum: 1, ignored: [] } : { strategy: 'most', words: rarestFirst(units, documentsWith), minimum: floor, ...ignoredWords(plan) },
      ...(complete ? {} : { approximate: true }),
    };
  }

  /**
   * The candidates: the units rarest first, then each other unit first (the word being typed alone), in one
   * multi-search; `everyOrder` is false when the other orders were not needed. Facets are asked of Meilisearch only
   * when some query may match more chunks than it reads: else they are counted here.
   */
  private async readCandidates(query: KeywordQuery, filter: string[], units: QueryUnit[], excluded: string[]) {
    const window = Math.max(query.offset + query.limit, RANK_WINDOW);
    // The word being typed is read as a prefix only last: it is searched alone instead of first.
    const orders = [units, ...units.slice(1).map((first) => (first.prefix ? [first] : [first, ...units.filter((unit) => unit !== first)]))];
    // The other orders only add the chunks lacking the rarest word: their first matches are enough.
    const limits = orders.map((_, position) => (position === 0 ? window : Math.max(OTHER_ORDER_WINDOW, query.offset + query.limit)));
    // With `last`, a query matches at most the chunks holding its first unit.
    const matchingAlone = await this.counts.matchingAlone(orders.map((order) => order[0]));
    const overflows = orders.map((order, position) => matchingAlone(order[0]) > limits[position]);
    const read = async (count: number) => {
      const { results } = await this.connection.run((_, client) =>
        client.multiSearch({
          queries: orders.slice(0, count).map((order, position) => ({
            indexUid: this.indexName,
            q: toMeilisearchQuery(order, excluded),
            filter,
            matchingStrategy: MATCHING_STRATEGY,
            limit: limits[position],
            attributesToRetrieve: CANDIDATE_FIELDS,
            ...(position === 0 && query.facets !== false && overflows.some(Boolean) ? { facets: FACETS } : {}),
          })),
        }),
      );
      return results;
    };
    // The other orders find only chunks lacking the rarest unit, which rank below those holding every unit: when
    // these fill the page (Meilisearch returns them first), the others cannot reach it. The result is then counted
    // as one too large to read whole is.
    const pageHoldsEveryUnit = async () =>
      (await this.counts.countHolding(units, units.length, filter, excluded)) >= Math.max(query.offset + query.limit, FEW_MATCHES);
    const everyOrder = orders.length === 1 || !overflows[0] || !(await pageHoldsEveryUnit());
    return { results: await read(everyOrder ? orders.length : 1), everyOrder };
  }

  /** Date sorts and filter-only listings: Meilisearch's own order (ranking rules `words, sort`). */
  private async sorted(query: KeywordQuery, filter: string[], sort: string[], plan: MeilisearchPlan, matchTerms: string[]): Promise<KeywordResult> {
    const { counted, parts } = plan;
    const response = await this.connection.run((index) =>
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
    const matching: KeywordMatching | undefined = parts.phrase
      ? { strategy: 'phrase', words: [parts.phrase.word], minimum: 1, ignored: [] }
      : { strategy: 'frequency', words: counted.map((unit) => unit.word), minimum: 1, ...ignoredWords(plan) };
    return {
      hits: response.hits.map((hit) => {
        const words = hit._rankingScoreDetails?.words as { matchingWords: number; maxMatchingWords: number } | undefined;
        const coverage = words && words.maxMatchingWords > 0 ? words.matchingWords / words.maxMatchingWords : 1;
        return hitWithSnippet(hit.id, hit._rankingScore ?? 0, coverage, hit.text, matchTerms);
      }),
      total: Math.min(MAX_COUNTED_MATCHES, response.estimatedTotalHits ?? response.hits.length),
      facets: facetCounts(response.facetDistribution),
      ...((response.estimatedTotalHits ?? 0) >= MAX_COUNTED_MATCHES ? { approximate: true } : {}),
      ...(counted.length > 0 ? { matching } : {}),
    };
  }
}

/**
 * The counted words rarest first, as the embedded index reports them (a topic history ties passages to the rarest):
 * the units are sent with a typed prefix last, whatever its count.
 */
function rarestFirst(units: QueryUnit[], documentsWith: (unit: QueryUnit) => number): string[] {
  return [...units].sort((a, b) => documentsWith(a) - documentsWith(b)).map((unit) => unit.word);
}

/** Stop words of the query and the words let go for being held by no chunk. */
/** The words let go (stop words, and words let go for being common or held by no chunk), and of those the last alone. */
function ignoredWords(plan: MeilisearchPlan): Pick<KeywordMatching, 'ignored' | 'unknown'> {
  const unknown = plan.letGo.filter((unit) => plan.documentsWith(unit) === 0).map((unit) => unit.word);
  return { ignored: [...new Set([...plan.parts.ignored, ...plan.letGo.map((unit) => unit.word)])], ...(unknown.length > 0 ? { unknown } : {}) };
}

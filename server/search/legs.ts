// Running the two legs of a search at once (keyword matches, semantic candidates) and deciding how the request is
// served when one of them fails: in hybrid mode the other answers and `degraded` says which is missing.
import { describeError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import { constraintsOf, type QueryConstraints } from '../../indexer/stores/keyword/query-constraints';
import type { FacetCounts } from '../../core/search-types';
import type { KeywordResult } from '../../indexer/stores/keyword/types';
import type { SearchMode, SearchParams } from '../api-types';
import { MAX_LIMIT, MAX_OFFSET } from '../validation';
import type { SemanticSide } from './semantic-leg';

/**
 * Up to this many keyword matches are all read, so that `total` counts exactly the results left after collapsing
 * copies and summaries: as deep as the API pages. Beyond it the total is an estimate (see countFacets).
 */
export const EXACT_TOTAL_MATCHES = MAX_OFFSET + MAX_LIMIT;

/** The two indexes as a search uses them; tests pass fakes. */
export interface SearchLegs {
  /** The first `limit` keyword matches under the search's filters; a deeper read of the same matches keeps the facets of the first (`known`). */
  keyword(params: SearchParams, limit: number, known?: FacetCounts): Promise<KeywordResult>;
  /** The `window` chunks nearest the query's meaning under its filters, bound by its -words and "phrases". */
  semantic(params: SearchParams, window: number, constraints: QueryConstraints): Promise<SemanticSide>;
}

/** What each leg found, and how the request was served. */
export interface LegResults {
  semantic: SemanticSide | null;
  keyword: KeywordResult | null;
  servedMode: SearchMode;
  degraded: string | null;
}

/** Passed as known facets by a reading that shows none (a topic history), so the keyword index counts none. */
export const UNCOUNTED_FACETS: FacetCounts = Object.freeze({ body: {}, year: {}, speaker: {} });

/**
 * The first `window` keyword matches, or all of them when there are few enough to count exactly after collapsing;
 * `facets: false` spares the counting of facets nobody will show.
 */
export async function keywordMatches(legs: Pick<SearchLegs, 'keyword'>, params: SearchParams, window: number, facets = true): Promise<KeywordResult> {
  const first = await legs.keyword(params, window, facets ? undefined : UNCOUNTED_FACETS);
  return first.hits.length >= first.total || first.total > EXACT_TOTAL_MATCHES ? first : legs.keyword(params, first.total, first.facets);
}

/**
 * A query of -words alone, or of marks with no word ('"', '...', '!!!'), means nothing to compare meanings with: the
 * model embedded the marks and the nearest paragraphs came back as "loosely related".
 */
function hasMeaning(constraints: QueryConstraints): boolean {
  return /[\p{L}\p{N}]/u.test(constraints.meaning);
}

/**
 * Runs both legs at once. A leg that fails leaves the other to answer, with `degraded` saying which is missing: a
 * keyword server down or slow does not leave a keyword search's page empty while the model can answer by meaning.
 */
export async function runLegs(legs: SearchLegs, params: SearchParams, window: number, logger: Logger, facets = true): Promise<LegResults> {
  const constraints = constraintsOf(params.q);
  const wantsSemantic = params.mode !== 'keyword' && hasMeaning(constraints);
  const [semantic, keyword] = await Promise.allSettled([
    wantsSemantic ? legs.semantic(params, window, constraints) : null,
    params.mode === 'semantic' ? null : keywordMatches(legs, params, window, facets),
  ]);
  if (semantic.status === 'rejected') {
    logger.warn({ event: 'semantic_failed', reason: describeError(semantic.reason) }, 'semantic side failed');
    if (keyword.status === 'rejected') throw keyword.reason;
    // The reason (a model folder, a cache path) stays in the log: public answers carry no server internals.
    const degraded = 'semantic search unavailable (the embedding model could not be used; see the server log); showing keyword results';
    return { semantic: null, keyword: keyword.value ?? (await keywordMatches(legs, params, window, facets)), servedMode: 'keyword', degraded };
  }
  if (keyword.status === 'rejected') {
    const meaningOnly =
      semantic.value ?? (params.mode === 'keyword' && hasMeaning(constraints) ? await legs.semantic(params, window, constraints).catch(() => null) : null);
    if (meaningOnly === null) throw keyword.reason;
    logger.warn({ event: 'keyword_failed', reason: describeError(keyword.reason) }, 'keyword side failed');
    return { semantic: meaningOnly, keyword: null, servedMode: 'semantic', degraded: 'keyword search unavailable; showing results by meaning only' };
  }
  return { semantic: semantic.value, keyword: keyword.value, servedMode: params.mode, degraded: null };
}

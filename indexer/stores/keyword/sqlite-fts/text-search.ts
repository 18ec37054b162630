// A query with words: the chunks holding all the plan's words first, then fewer, level by level down to the floor
// (see QueryPlan); each level's candidates ranked by BM25 in JavaScript (scoring.ts) or ordered by date, within a
// bounded window, and the total and facets taken from the loosest level.
import type { SortOrder } from '../../../../core/search-types';
import { hitWithSnippet } from '../highlight';
import { relaxationLevels, type QueryPlan } from '../query-plan';
import { scoreCandidates, type CorpusStatistics } from '../scoring';
import type { KeywordHit, KeywordQuery, KeywordResult } from '../types';
import { FACET_LIMIT } from './date-listing';
import { itemTitleExpression } from './filter-tokens';
import { SearchReads, type CandidateRow, type FtsMatches } from './matches';
import type { IndexMemory } from './memory';

/** Matches holding most of a query's words below which fewer words are accepted (see matchFloor). */
const FEW_MATCHES = 10;
/**
 * Candidate rows kept in memory between writes (about half a kilobyte each: 30 MB at the bound, twice the 29,000 the
 * 183 queries of bench/keyword-mix.ts score at a million paragraphs); past it the memory starts again.
 */
const MAX_REMEMBERED_ROWS = 60_000;
/** Most item titles whose chunks are sampled first (the shortest of those holding the query words). */
const MAX_SAMPLED_TITLES = 64;

export interface SearchLimits {
  maxCounted: number;
  rankWindow: number;
}

/** One ranked match: how many of the query's requirements it matched, and its BM25. */
interface RankedRow {
  rowid: number;
  words: number;
  bm25: number;
}

/** One relaxation level's matches: `counted` up to maxCounted, and the `rowids` to rank (all, or a sample). */
interface LevelCandidates {
  counted: number[];
  rowids: number[];
  sampled: boolean;
}

/** Higher is better: more matched words always first, then BM25 (squashed into [0, 1)). */
function combinedScore(row: RankedRow): number {
  return row.words + row.bm25 / (1 + row.bm25);
}

const byRelevance = (sort: SortOrder | undefined) => (sort ?? 'relevance') === 'relevance';

export class TextSearch {
  constructor(
    private readonly matches: FtsMatches,
    private readonly memory: IndexMemory,
    private readonly limits: SearchLimits,
  ) {}

  /**
   * All the plan's words first; when that fills fewer than the page needs, chunks holding fewer follow, level
   * by level down to the plan's minimum (see QueryPlan). Every chunk of the loosest level can be paged to,
   * so it gives the total and the facets whatever page is asked for.
   */
  search(query: KeywordQuery, plan: QueryPlan): KeywordResult {
    const needed = query.offset + query.limit;
    const ranked: RankedRow[] = [];
    const seen = new Set<number>();
    let level: LevelCandidates = { counted: [], rowids: [], sampled: false };
    let words = plan.required.length + 1;
    let sampled = false;
    const reads = new SearchReads(this.matches, this.memory.postings, plan, query.filters);
    const floor = this.matchFloor(plan, reads);
    for (words of relaxationLevels(plan, floor)) {
      level = this.levelCandidates(plan, words, query, reads);
      sampled ||= level.sampled;
      ranked.push(...this.rankLevel(level, words, plan, query.sort, seen));
      if (ranked.length >= needed) break;
    }
    const page = ranked.slice(query.offset, needed);
    const texts = new Map(this.rowsOf(page.map((row) => row.rowid)).map((row) => [row.rowid, row]));
    const hits = page.flatMap((row): KeywordHit[] => {
      const candidate = texts.get(row.rowid);
      if (!candidate) return [];
      return [hitWithSnippet(candidate.id, combinedScore(row), row.words / plan.required.length, candidate.text, plan.matchTerms)];
    });
    // The loosest level holds every match of the levels above it.
    const loosest = words === floor ? level.counted : reads.level(floor, this.limits.maxCounted);
    const { total, estimated } = this.memory.totalOf(loosest, this.limits.maxCounted);
    return {
      hits,
      total,
      facets: query.facets === false ? { body: {}, year: {}, speaker: {} } : this.memory.attributes().facets(loosest, FACET_LIMIT),
      approximate: sampled || estimated,
      matching: { ...plan.matching, minimum: floor },
    };
  }

  /**
   * The level's matches not seen at a level above, in order: the ranked window first (by BM25, or by date: date sorts
   * read only the page's text, relevance reads every candidate's to score it), then the matches a sample left out,
   * unscored, most recently indexed first, so the total can be paged through.
   */
  private rankLevel(level: LevelCandidates, words: number, plan: QueryPlan, sort: SortOrder | undefined, seen: Set<number>): RankedRow[] {
    const fresh = level.rowids.filter((rowid) => !seen.has(rowid));
    fresh.forEach((rowid) => seen.add(rowid));
    let levelRows: RankedRow[];
    if (byRelevance(sort)) {
      const rows = this.rowsOf(fresh);
      const statistics: CorpusStatistics = { documents: Math.max(1, this.memory.indexedRows()), documentsWith: (term) => this.memory.vocabulary().documentsWith(term) };
      const scores = scoreCandidates(plan, rows, statistics, (terms) => this.memory.fieldWords.readerFor(terms));
      levelRows = rows.map((row, index) => ({ rowid: row.rowid, words, bm25: scores[index] }));
    } else {
      levelRows = fresh.map((rowid) => ({ rowid, words, bm25: 0 }));
    }
    levelRows.sort(this.orderOf(sort));
    const unsampled = level.counted.filter((rowid) => !seen.has(rowid));
    unsampled.forEach((rowid) => seen.add(rowid));
    return [...levelRows, ...unsampled.map((rowid) => ({ rowid, words, bm25: 0 }))];
  }

  /**
   * The candidates of one relaxation level (chunks holding at least `words` of the plan's words) to score: all its
   * matches when at most rankWindow, else a sample of rankWindow: first the matches under item titles holding
   * the words, then the most recently indexed. Date sorts take every counted match (dates are in memory).
   * `counted` holds the matches up to maxCounted, most recently indexed first.
   */
  private levelCandidates(plan: QueryPlan, words: number, query: KeywordQuery, reads: SearchReads): LevelCandidates {
    const { maxCounted, rankWindow } = this.limits;
    // Reading the rowids of every counted match (not just counting them) costs ~0.2 µs each and makes the
    // facets exact up to maxCounted; date sorts order them all, the dates being in memory.
    const counted = reads.level(words, maxCounted);
    if (counted.length <= rankWindow || !byRelevance(query.sort)) return { counted, rowids: counted, sampled: false };
    const inTitles = itemTitleExpression(this.memory.itemTitles().matching(plan.required, words, MAX_SAMPLED_TITLES));
    const sample = new Set(inTitles ? reads.level(words, rankWindow, inTitles) : []);
    for (const rowid of counted) {
      if (sample.size >= rankWindow) break;
      sample.add(rowid);
    }
    return { counted, rowids: [...sample], sampled: true };
  }

  /**
   * The rows still held of these rowids, in rowid order: from memory when a search read them since the last write
   * (the most recent matches of common words are every such query's candidates), else from the file.
   */
  private rowsOf(rowids: number[]): CandidateRow[] {
    const remembered = this.memory.rememberedRows();
    const missing = rowids.filter((rowid) => !remembered.has(rowid));
    if (remembered.size + missing.length > MAX_REMEMBERED_ROWS) remembered.clear();
    for (const row of this.matches.candidates(missing)) remembered.set(row.rowid, row);
    return [...rowids].sort((a, b) => a - b).flatMap((rowid) => remembered.get(rowid) ?? []);
  }

  private orderOf(sort: SortOrder | undefined): (a: RankedRow, b: RankedRow) => number {
    const byScore = (a: RankedRow, b: RankedRow) => combinedScore(b) - combinedScore(a) || a.rowid - b.rowid;
    if (byRelevance(sort)) return byScore;
    const attributes = this.memory.attributes();
    const direction = sort === 'newest' ? -1 : 1;
    return (a, b) => {
      if (a.words !== b.words) return b.words - a.words;
      const [first, second] = [attributes.dateKey(a.rowid), attributes.dateKey(b.rowid)];
      if (first === second) return byScore(a, b);
      if (first === 0 || second === 0) return first === 0 ? 1 : -1;
      return direction * (first - second);
    };
  }

  /**
   * The fewest of the plan's words a result must hold: most of them, unless fewer than FEW_MATCHES chunks do, when
   * words are let go one at a time (down to one). A question in other words than the minutes' shares one or two
   * words with the paragraph that answers it; the page is then never empty while a chunk holds a word that counts.
   */
  private matchFloor(plan: QueryPlan, reads: SearchReads): number {
    let floor = plan.minimum;
    // Each level asked is read as deep as the search will read it (the floor's is the total), not just FEW_MATCHES deep.
    while (floor > 1 && reads.level(floor, this.limits.maxCounted).length < FEW_MATCHES) floor -= 1;
    return floor;
  }
}

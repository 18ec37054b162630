// On a small index (a council's own archive), the chunks holding each of a query's words are read from FTS5 once and
// kept until the next write, and "at least n of these words" is counted over them in memory: asking FTS5 for the
// C(n, m) groups of every relaxation level was a third of a keyword search on corpus/ (585 chunks), and the same
// words come back query after query. A larger index asks FTS5, which stops at the first matches a level needs.
import type { SearchFilters } from '../../../../core/search-types';
import { toFtsMatchExpression, type QueryPlan, type TermAlternative } from '../query-plan';
import { CONTENT_COLUMNS } from './database';
import { filterTokenExpression, needsDateCheck } from './filter-tokens';
import type { FtsMatches } from './matches';

/** Chunks in the text index up to which words' matches are kept in memory (each word's at most this many rowids). */
export const MAX_POSTINGS_ROWS = 20_000;
/** Distinct words (or filters) whose matches are kept; past it they start again. */
const MAX_HELD_EXPRESSIONS = 5_000;

/** Counts a search's levels over the matches of each word, read from FTS5 once and `held` until the next write (IndexMemory). */
export class ClausePostings {
  constructor(
    private readonly matches: FtsMatches,
    private readonly held: Map<string, Set<number>>,
  ) {}

  /**
   * The rowids, most recently indexed first and at most `limit`, of the chunks holding at least `words` of the plan's
   * requirements and none of its excluded words, within the filters: what FTS5 gives for levelExpression. Null for a
   * date range (its exact bounds are checked on the rows, in SQL).
   */
  level(plan: Pick<QueryPlan, 'required' | 'excluded'>, words: number, filters: SearchFilters | undefined, limit: number): number[] | null {
    if (needsDateCheck(filters)) return null;
    const needed = Math.min(Math.max(words, 1), plan.required.length);
    const held = new Map<number, number>();
    for (const requirement of plan.required) {
      for (const rowid of this.matchesOf(this.wordExpression(requirement.alternatives))) held.set(rowid, (held.get(rowid) ?? 0) + 1);
    }
    const tokens = filterTokenExpression(filters);
    const within = tokens === null ? null : this.matchesOf(tokens);
    const excluded = plan.excluded.length === 0 ? null : this.matchesOf(this.wordExpression(plan.excluded));
    const found: number[] = [];
    for (const [rowid, count] of held) {
      if (count >= needed && (within === null || within.has(rowid)) && (excluded === null || !excluded.has(rowid))) found.push(rowid);
    }
    return found.sort((a, b) => b - a).slice(0, limit);
  }

  private wordExpression(alternatives: TermAlternative[]): string {
    return `${CONTENT_COLUMNS} : (${toFtsMatchExpression({ required: [{ alternatives }], excluded: [] }) as string})`;
  }

  private matchesOf(expression: string): Set<number> {
    let rowids = this.held.get(expression);
    if (!rowids) {
      if (this.held.size >= MAX_HELD_EXPRESSIONS) this.held.clear();
      rowids = new Set(this.matches.rowids(expression, undefined, MAX_POSTINGS_ROWS));
      this.held.set(expression, rowids);
    }
    return rowids;
  }
}

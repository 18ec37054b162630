// Reading matches of an FTS5 expression: their rowids (most recently indexed first, FTS5 stopping at the limit) and
// the fields a candidate is scored and shown by. Statements are prepared once per distinct SQL.
import type Database from 'better-sqlite3';
import type { SearchFilters } from '../../../../core/search-types';
import { anyOf, toFtsMatchExpression, type QueryPlan, type TermAlternative } from '../query-plan';
import type { ScoredFields } from '../scoring';
import { CONTENT_COLUMNS } from './database';
import { rowidsHoldingAtLeast, type AtLeastQuery } from './at-least';
import { filterTokenExpression, needsDateCheck } from './filter-tokens';
import type { PostingLists } from './postings';

export interface CandidateRow extends ScoredFields {
  rowid: number;
  id: string;
}

/** The FTS5 expression for chunks holding at least `words` of the plan's words within the filters. */
function levelExpression(plan: QueryPlan, words: number, filters: SearchFilters | undefined): string {
  const content = `${CONTENT_COLUMNS} : (${toFtsMatchExpression(plan, words) as string})`;
  const tokens = filterTokenExpression(filters);
  return tokens ? `${content} AND ${tokens}` : content;
}

/**
 * The SQL reading matches of an FTS5 expression, with the exact date bounds checked on the rows when
 * a date range is set (the filter tokens only narrowed it to whole years).
 */
function matchesOf(expression: string, filters: SearchFilters | undefined) {
  const bounds: string[] = [];
  const parameters: unknown[] = [expression];
  if (filters?.from) {
    bounds.push('AND c.date >= ?');
    parameters.push(filters.from);
  }
  if (filters?.to) {
    bounds.push('AND c.date <= ?');
    parameters.push(filters.to);
  }
  const join = needsDateCheck(filters) ? 'JOIN chunks c ON c.rowid = chunk_text.rowid' : '';
  return { from: `chunk_text ${join} WHERE chunk_text MATCH ? ${bounds.join(' ')}`, parameters };
}

export class FtsMatches {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly database: Database.Database) {}

  prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.database.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** rowids of the `limit` most recently indexed matches (FTS5 stops reading there). */
  rowids(expression: string, filters: SearchFilters | undefined, limit: number): number[] {
    const { from, parameters } = matchesOf(expression, filters);
    return this.prepared(`SELECT chunk_text.rowid FROM ${from} ORDER BY chunk_text.rowid DESC LIMIT ${limit}`)
      .pluck()
      .all(...parameters) as number[];
  }

  candidates(rowids: number[]): CandidateRow[] {
    if (rowids.length === 0) return [];
    return this.prepared(
      `SELECT c.rowid, c.id, c.speaker, c.body, t.item_title AS itemTitle, t.meeting_title AS meetingTitle, t.text
       FROM chunks c JOIN chunk_content t ON t.rowid = c.rowid WHERE c.rowid IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(rowids)) as CandidateRow[];
  }
}

/**
 * One search's reads of matches: chunks holding at least so many of the plan's words, within the filters. A level
 * read once answers every later ask for as many rows or fewer, or for more when it held them all: the floor of a
 * query and its levels ask for the same ones. Without a date range they are worked out from each word's rowids
 * (at-least.ts); a date range is checked on the rows, in SQL.
 */
export class SearchReads {
  private readonly read = new Map<string, { rowids: number[]; limit: number }>();

  constructor(
    private readonly matches: FtsMatches,
    private readonly postings: PostingLists,
    private readonly plan: QueryPlan,
    private readonly filters: SearchFilters | undefined,
  ) {}

  /** The `limit` most recently indexed chunks holding at least `words` of the plan's words, under one of `titles` (an FTS5 expression) when given. */
  level(words: number, limit: number, titles: string | null = null): number[] {
    const key = `${words}\u0000${titles ?? ''}`;
    const known = this.read.get(key);
    if (known && (known.limit >= limit || known.rowids.length < known.limit)) return known.rowids.length > limit ? known.rowids.slice(0, limit) : known.rowids;
    const rowids = needsDateCheck(this.filters) ? this.levelInSql(words, limit, titles) : this.levelFromPostings(words, limit, titles);
    this.read.set(key, { rowids, limit });
    return rowids;
  }

  private levelInSql(words: number, limit: number, titles: string | null): number[] {
    const full = levelExpression(this.plan, words, this.filters);
    return this.matches.rowids(titles ? `${full} AND ${titles}` : full, this.filters, limit);
  }

  private levelFromPostings(words: number, limit: number, titles: string | null): number[] {
    const inContent = (alternatives: TermAlternative[]) => this.postings.of(`${CONTENT_COLUMNS} : (${anyOf(alternatives)})`);
    const query: AtLeastQuery = {
      counted: this.plan.required.map((requirement) => inContent(requirement.alternatives)),
      atLeast: words,
      required: [filterTokenExpression(this.filters), titles].flatMap((expression) => (expression ? [this.postings.of(expression)] : [])),
      excluded: this.plan.excluded.length > 0 ? [inContent(this.plan.excluded)] : [],
    };
    return rowidsHoldingAtLeast(query, limit);
  }
}

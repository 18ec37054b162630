// A query of filters without words: the page straight from the date indexes, dated chunks first either way, then
// undated ones; the total and facets from the filter tokens.
import type { SearchFilters } from '../../../../core/search-types';
import { hitWithSnippet } from '../highlight';
import type { KeywordQuery, KeywordResult } from '../types';
import { CONTENT_COLUMNS } from './database';
import { filterTokenExpression } from './filter-tokens';
import type { FtsMatches } from './matches';
import type { IndexMemory } from './memory';

export const FACET_LIMIT = 100;

/** SQL conditions on `chunks c` for the filters, with their parameters. */
function filterConditions(filters: SearchFilters = {}): { sql: string[]; parameters: unknown[] } {
  const sql: string[] = [];
  const parameters: unknown[] = [];
  const anyOf = (column: string, values: readonly unknown[] | undefined) => {
    if (!values || values.length === 0) return;
    sql.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    parameters.push(...values);
  };
  const equals = (column: string, value: unknown) => {
    if (value === undefined) return;
    sql.push(`${column} = ?`);
    parameters.push(value);
  };
  anyOf('c.body', filters.body);
  anyOf('c.year', filters.year);
  anyOf('c.speaker', filters.speaker);
  equals('c.document_id', filters.documentId);
  equals('c.meeting_id', filters.meetingId);
  equals('c.kind', filters.kind);
  if (filters.decisionsOnly) sql.push('c.is_decision = 1');
  if (filters.from) {
    sql.push('c.date >= ?');
    parameters.push(filters.from);
  }
  if (filters.to) {
    sql.push('c.date <= ?');
    parameters.push(filters.to);
  }
  return { sql, parameters };
}

export function hasFilters(filters: SearchFilters | undefined): boolean {
  return filterConditions(filters).sql.length > 0;
}

/** Only called with filters. `excludedMatch`: the FTS5 expression of the query's -words, if any. */
export function listByDate(query: KeywordQuery, excludedMatch: string | null, matches: FtsMatches, memory: IndexMemory, maxCounted: number): KeywordResult {
  const filters = filterConditions(query.filters);
  if (excludedMatch) {
    filters.sql.push('c.rowid NOT IN (SELECT rowid FROM chunk_text WHERE chunk_text MATCH ?)');
    filters.parameters.push(`${CONTENT_COLUMNS} : (${excludedMatch})`);
  }
  const where = (extra: string) => `WHERE ${[...filters.sql, extra].join(' AND ')}`;
  const direction = query.sort === 'oldest' ? 'ASC' : 'DESC';
  // Without "date IS NULL" in ORDER BY, SQLite walks the (filter, date) indexes in order and stops at the page.
  const pageOf = (condition: string, limit: number, offset: number) =>
    matches
      .prepared(
        `SELECT c.id, t.text FROM chunks c JOIN chunk_content t ON t.rowid = c.rowid ${where(condition)}
         ORDER BY c.date ${direction}, c.rowid ${direction} LIMIT ? OFFSET ?`,
      )
      .all(...filters.parameters, limit, offset) as Array<{ id: string; text: string }>;
  const rows = pageOf('c.date IS NOT NULL', query.limit, query.offset);
  if (rows.length < query.limit) {
    const dated = matches.prepared(`SELECT count(*) FROM chunks c ${where('c.date IS NOT NULL')}`).pluck().get(...filters.parameters) as number;
    rows.push(...pageOf('c.date IS NULL', query.limit - rows.length, Math.max(0, query.offset - dated)));
  }
  const tokens = filterTokenExpression(query.filters) as string;
  const counted = matches.rowids(excludedMatch ? `${tokens} NOT ${CONTENT_COLUMNS} : (${excludedMatch})` : tokens, query.filters, maxCounted);
  const { total, estimated } = memory.totalOf(counted, maxCounted);
  return {
    hits: rows.map((row) => hitWithSnippet(row.id, 0, 1, row.text, [])),
    total,
    facets: memory.attributes().facets(counted, FACET_LIMIT),
    approximate: estimated,
  };
}

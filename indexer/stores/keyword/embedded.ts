// The default keyword backend: SQLite FTS5 (BM25, Porter stemming) in its own database file, plus a
// vocabulary of indexed words for typo tolerance and last-word completion. No server to run.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Chunk } from '../../../core/types';
import { highlightSnippet } from './highlight';
import { parseQuery } from './query-parser';
import { planQuery, toFtsMatchExpression } from './query-plan';
import { tokenise } from './tokens';
import type { FacetCounts, KeywordHit, KeywordIndex, KeywordQuery, KeywordResult, SearchFilters } from './types';
import { createVocabulary, type Vocabulary } from './vocabulary';

export interface EmbeddedKeywordIndexOptions {
  /** The SQLite file (created with its folder when missing). */
  file: string;
  /** Most matches counted for `total` (default 100,000); a count that reaches it is reported as is, with `approximate`. */
  maxCountedMatches?: number;
  /**
   * How many of the most recently indexed matches are ranked, sorted and counted for facets (default 4,000).
   * Queries with fewer matches are exact; beyond it results carry `approximate: true`.
   */
  rankWindow?: number;
}

export const DEFAULT_MAX_COUNTED_MATCHES = 100_000;
export const DEFAULT_RANK_WINDOW = 4_000;
/** BM25 column weights, in the column order of `chunk_text`: the item title and the text matter most. */
const COLUMN_WEIGHTS = { itemTitle: 4, text: 2, speaker: 1, meetingTitle: 0.5, body: 0.5 };
const FACET_LIMIT = 100;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS chunks (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  body TEXT,
  date TEXT,
  year INTEGER,
  speaker TEXT,
  is_decision INTEGER NOT NULL
);
-- Kept apart from the narrow filter columns, which ranking reads for thousands of rows per query.
CREATE TABLE IF NOT EXISTS chunk_content (
  rowid INTEGER PRIMARY KEY,
  item_title TEXT NOT NULL,
  meeting_title TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_document ON chunks(document_id);
CREATE INDEX IF NOT EXISTS chunks_by_meeting ON chunks(meeting_id);
CREATE INDEX IF NOT EXISTS chunks_by_date ON chunks(date);
CREATE INDEX IF NOT EXISTS chunks_by_body ON chunks(body, date);
CREATE INDEX IF NOT EXISTS chunks_by_year ON chunks(year, date);
CREATE INDEX IF NOT EXISTS chunks_by_speaker ON chunks(speaker, date);
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_text USING fts5(
  item_title, text, speaker, meeting_title, body,
  content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
`;

const SELECT_CHUNK_ROW = 'SELECT c.rowid, c.id, c.body, c.speaker, t.item_title, t.meeting_title, t.text FROM chunks c JOIN chunk_content t ON t.rowid = c.rowid';

interface ChunkRow {
  rowid: number;
  id: string;
  body: string | null;
  speaker: string | null;
  item_title: string;
  meeting_title: string;
  text: string;
}

/** rowid, score, body, year, speaker, date */
type WindowRow = [number, number, string | null, number | null, string | null, string | null];

const byDate = (direction: 1 | -1) => (a: WindowRow, b: WindowRow) => {
  if (a[5] === b[5]) return b[1] - a[1] || a[0] - b[0];
  if (a[5] === null) return 1;
  if (b[5] === null) return -1;
  return direction * (a[5] < b[5] ? -1 : 1);
};

const WINDOW_ORDER = {
  relevance: (a: WindowRow, b: WindowRow) => b[1] - a[1] || a[0] - b[0],
  newest: byDate(-1),
  oldest: byDate(1),
} as const;

interface FacetRow {
  body: string | null;
  year: number | null;
  speaker: string | null;
  matches: number;
}

function indexedTerms(row: Pick<ChunkRow, 'body' | 'speaker' | 'item_title' | 'meeting_title' | 'text'>): Set<string> {
  return new Set(tokenise([row.item_title, row.text, row.speaker ?? '', row.meeting_title, row.body ?? ''].join('\n')));
}

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

function hasFilters(filters: SearchFilters | undefined): boolean {
  return filterConditions(filters).sql.length > 0;
}

function emptyFacets(): FacetCounts {
  return { body: {}, year: {}, speaker: {} };
}

function facetsFrom(rows: FacetRow[]): FacetCounts {
  const facets = emptyFacets();
  const add = (counts: Record<string, number>, value: string | number | null, matches: number) => {
    if (value === null || value === '') return;
    counts[String(value)] = (counts[String(value)] ?? 0) + matches;
  };
  for (const row of rows) {
    add(facets.body, row.body, row.matches);
    add(facets.year, row.year, row.matches);
    add(facets.speaker, row.speaker, row.matches);
  }
  return { body: topCounts(facets.body), year: topCounts(facets.year), speaker: topCounts(facets.speaker) };
}

/** The most frequent values first, at most FACET_LIMIT (as Meilisearch's maxValuesPerFacet). */
function topCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, FACET_LIMIT));
}

const ORDER_BY_DATE = {
  newest: 'c.date IS NULL, c.date DESC, c.rowid',
  oldest: 'c.date IS NULL, c.date ASC, c.rowid',
} as const;

export function createEmbeddedKeywordIndex(options: EmbeddedKeywordIndexOptions): KeywordIndex {
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const database = new Database(options.file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.exec(SCHEMA);
  const maxCounted = options.maxCountedMatches ?? DEFAULT_MAX_COUNTED_MATCHES;
  const rankWindow = options.rankWindow ?? DEFAULT_RANK_WINDOW;
  const statementCache = new Map<string, Database.Statement>();
  function prepared(sql: string): Database.Statement {
    let statement = statementCache.get(sql);
    if (!statement) {
      statement = database.prepare(sql);
      statementCache.set(sql, statement);
    }
    return statement;
  }
  const weights = Object.values(COLUMN_WEIGHTS).join(', ');

  const statements = {
    existing: database.prepare<[string], ChunkRow>(`${SELECT_CHUNK_ROW} WHERE c.id = ?`),
    byDocument: database.prepare<[string], ChunkRow>(`${SELECT_CHUNK_ROW} WHERE c.document_id = ?`),
    insertChunk: database.prepare(
      `INSERT INTO chunks (id, document_id, meeting_id, kind, body, date, year, speaker, is_decision)
       VALUES (@id, @documentId, @meetingId, @kind, @body, @date, @year, @speaker, @isDecision)`,
    ),
    saveContent: database.prepare(
      `INSERT INTO chunk_content (rowid, item_title, meeting_title, text) VALUES (?, ?, ?, ?)
       ON CONFLICT (rowid) DO UPDATE SET item_title = excluded.item_title, meeting_title = excluded.meeting_title, text = excluded.text`,
    ),
    deleteContent: database.prepare('DELETE FROM chunk_content WHERE rowid = ?'),
    updateChunk: database.prepare(
      `UPDATE chunks SET document_id = @documentId, meeting_id = @meetingId, kind = @kind, body = @body, date = @date, year = @year,
       speaker = @speaker, is_decision = @isDecision WHERE rowid = @rowid`,
    ),
    deleteChunk: database.prepare('DELETE FROM chunks WHERE rowid = ?'),
    insertText: database.prepare(
      'INSERT INTO chunk_text (rowid, item_title, text, speaker, meeting_title, body) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    deleteText: database.prepare('DELETE FROM chunk_text WHERE rowid = ?'),
    saveTerm: database.prepare('INSERT INTO terms (term, documents) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET documents = excluded.documents'),
    forgetTerm: database.prepare('DELETE FROM terms WHERE term = ?'),
    allIds: database.prepare<[], { id: string }>('SELECT id FROM chunks ORDER BY id'),
    count: database.prepare<[], { documents: number }>('SELECT count(*) AS documents FROM chunks'),
  };

  let vocabulary: Vocabulary | null = null;
  function loadedVocabulary(): Vocabulary {
    vocabulary ??= createVocabulary(
      database
        .prepare<[], [string, number]>('SELECT term, documents FROM terms')
        .raw()
        .all(),
    );
    return vocabulary;
  }

  function saveVocabularyChanges(): void {
    for (const [term, documents] of loadedVocabulary().takeChanges()) {
      if (documents > 0) statements.saveTerm.run(term, documents);
      else statements.forgetTerm.run(term);
    }
  }

  /** A rolled-back transaction leaves the in-memory counts ahead of the file: reload them from it. */
  function keepingVocabularyInStep(write: () => void): void {
    try {
      write();
    } catch (error) {
      vocabulary = null;
      throw error;
    }
  }

  function removeRow(row: ChunkRow): void {
    loadedVocabulary().count(indexedTerms(row), -1);
    statements.deleteText.run(row.rowid);
  }

  const upsertAll = database.transaction((chunks: Chunk[]) => {
    for (const chunk of chunks) {
      const values = {
        id: chunk.id,
        documentId: chunk.documentId,
        meetingId: chunk.meetingId,
        kind: chunk.kind,
        body: chunk.body,
        date: chunk.date,
        year: chunk.year,
        speaker: chunk.speaker,
        isDecision: chunk.isDecision ? 1 : 0,
      };
      const existing = statements.existing.get(chunk.id);
      let rowid: number;
      if (existing) {
        removeRow(existing);
        statements.updateChunk.run({ ...values, rowid: existing.rowid });
        rowid = existing.rowid;
      } else {
        rowid = Number(statements.insertChunk.run(values).lastInsertRowid);
      }
      statements.saveContent.run(rowid, chunk.itemTitle, chunk.meetingTitle, chunk.text);
      statements.insertText.run(rowid, chunk.itemTitle, chunk.text, chunk.speaker ?? '', chunk.meetingTitle, chunk.body ?? '');
      loadedVocabulary().count(
        indexedTerms({ body: chunk.body, speaker: chunk.speaker, item_title: chunk.itemTitle, meeting_title: chunk.meetingTitle, text: chunk.text }),
        1,
      );
    }
    saveVocabularyChanges();
  });

  const deleteRows = database.transaction((rows: ChunkRow[]) => {
    for (const row of rows) {
      removeRow(row);
      statements.deleteChunk.run(row.rowid);
      statements.deleteContent.run(row.rowid);
    }
    saveVocabularyChanges();
  });

  function listByDate(query: KeywordQuery, excludedMatch: string | null): KeywordResult {
    const filters = filterConditions(query.filters);
    if (excludedMatch) {
      filters.sql.push('c.rowid NOT IN (SELECT rowid FROM chunk_text WHERE chunk_text MATCH ?)');
      filters.parameters.push(excludedMatch);
    }
    const where = filters.sql.length > 0 ? `WHERE ${filters.sql.join(' AND ')}` : '';
    const order = ORDER_BY_DATE[query.sort === 'oldest' ? 'oldest' : 'newest'];
    const scanned = `SELECT c.rowid AS rowid FROM chunks c ${where} LIMIT ${maxCounted}`;
    const facetRows = prepared(
      `SELECT c.body, c.year, c.speaker, count(*) AS matches FROM chunks c WHERE c.rowid IN (${scanned}) GROUP BY 1, 2, 3`,
    ).all(...filters.parameters) as FacetRow[];
    const rows = prepared(
      `SELECT c.id, t.text FROM chunks c JOIN chunk_content t ON t.rowid = c.rowid ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    ).all(
      ...filters.parameters,
      query.limit,
      query.offset,
    ) as Array<{ id: string; text: string }>;
    const total = facetRows.reduce((sum, row) => sum + row.matches, 0);
    return {
      hits: rows.map((row) => ({ id: row.id, score: 0, highlight: highlightSnippet(row.text, []) })),
      total,
      facets: facetsFrom(facetRows),
      approximate: total >= maxCounted,
    };
  }

  function searchText(query: KeywordQuery, match: string, matchTerms: string[]): KeywordResult {
    const filters = filterConditions(query.filters);
    const filtered = filters.sql.length > 0;
    const join = filtered ? 'JOIN chunks c ON c.rowid = chunk_text.rowid' : '';
    const where = `chunk_text MATCH ?${filters.sql.map((condition) => ` AND ${condition}`).join('')}`;
    const counted = prepared(`SELECT count(*) AS matches FROM (SELECT chunk_text.rowid FROM chunk_text ${join} WHERE ${where} LIMIT ${maxCounted})`)
      .get(match, ...filters.parameters) as { matches: number };
    // Ranking, sorting and facets read a window of the most recently indexed matches: bm25 and the
    // join cost ~1 µs a row, too much for the hundreds of thousands of matches of a common word.
    const window = prepared(
      `SELECT w.rowid, w.score, c.body, c.year, c.speaker, c.date FROM (
         SELECT chunk_text.rowid AS rowid, -bm25(chunk_text, ${weights}) AS score FROM chunk_text ${join}
         WHERE ${where} ORDER BY chunk_text.rowid DESC LIMIT ${rankWindow}
       ) w JOIN chunks c ON c.rowid = w.rowid`,
    )
      .raw()
      .all(match, ...filters.parameters) as WindowRow[];
    const facets = facetsFrom(window.map(([, , body, year, speaker]) => ({ body, year, speaker, matches: 1 })));
    window.sort(WINDOW_ORDER[query.sort ?? 'relevance']);
    const page = window.slice(query.offset, query.offset + query.limit);
    const texts = new Map(
      page.length === 0
        ? []
        : (prepared(`SELECT c.rowid, c.id, t.text FROM chunks c JOIN chunk_content t ON t.rowid = c.rowid WHERE c.rowid IN (${page.map(() => '?').join(', ')})`)
            .all(...page.map(([rowid]) => rowid)) as Array<{ rowid: number; id: string; text: string }>).map((row) => [row.rowid, row]),
    );
    const hits: KeywordHit[] = page.flatMap(([rowid, score]) => {
      const row = texts.get(rowid);
      return row ? [{ id: row.id, score, highlight: highlightSnippet(row.text, matchTerms) }] : [];
    });
    return { hits, total: counted.matches, facets, approximate: counted.matches > window.length };
  }

  return {
    backend: 'embedded',
    async upsert(chunks) {
      if (chunks.length > 0) keepingVocabularyInStep(() => upsertAll(chunks));
    },
    async deleteDocument(documentId) {
      keepingVocabularyInStep(() => deleteRows(statements.byDocument.all(documentId)));
    },
    async deleteChunks(ids) {
      keepingVocabularyInStep(() => deleteRows(ids.flatMap((id) => statements.existing.all(id))));
    },
    async search(query) {
      const plan = planQuery(parseQuery(query.text), loadedVocabulary());
      const match = toFtsMatchExpression(plan);
      if (match) return searchText(query, match, plan.matchTerms);
      if (!hasFilters(query.filters)) return { hits: [], total: 0, facets: emptyFacets() };
      const excluded = toFtsMatchExpression({ required: [{ alternatives: plan.excluded }], excluded: [], matchTerms: [] });
      return listByDate(query, plan.excluded.length > 0 ? excluded : null);
    },
    async allIds() {
      return statements.allIds.all().map((row) => row.id);
    },
    async stats() {
      return { backend: 'embedded', documents: statements.count.get()?.documents ?? 0, healthy: true, detail: options.file };
    },
    async close() {
      database.close();
    },
  };
}

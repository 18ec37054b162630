// The default keyword backend, no server to run: SQLite FTS5 (Porter stemming, filters as hidden tokens)
// in its own database file finds matches in each chunk's own words (its text and speaker: meeting and item
// fields are shared by every paragraph under them, so they only weigh in the ranking); BM25 ranks a bounded
// set of them in JavaScript (scoring.ts). In memory: the vocabulary (typos, completions, IDF), item titles and
// per-row facet values.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Chunk } from '../../../core/types';
import { hitWithSnippet } from './highlight';
import { parseQuery } from './query-parser';
import { FILTER_TOKEN_COLUMN, filterTokenExpression, filterTokensOf, itemTitleExpression, needsDateCheck, type FilteredFields } from './filter-tokens';
import { createItemTitles, type ItemTitles } from './item-titles';
import { planQuery, relaxationLevels, toFtsMatchExpression, type QueryPlan } from './query-plan';
import { createRowAttributes, type RowAttributes, type RowAttributeValues } from './row-attributes';
import { scoreCandidates, type CorpusStatistics, type ScoredFields } from './scoring';
import { tokenise } from '../../../core/text/tokens';
import { FTS_TOKENIZER } from './stemmer';
import type { FacetCounts, KeywordHit, KeywordIndex, KeywordQuery, KeywordResult, SearchFilters, SortOrder } from './types';
import { createVocabulary, type Vocabulary } from './vocabulary';

export interface EmbeddedKeywordIndexOptions {
  /** The SQLite file (created with its folder when missing). */
  file: string;
  /**
   * Most matches counted for `total` (default 10,000, as the Meilisearch backend's maxTotalHits); a count
   * that reaches it is reported as is, with `approximate`.
   */
  maxCountedMatches?: number;
  /**
   * Queries with at most this many matches (default 300) are ranked, sorted and faceted exactly over all
   * of them. Beyond it, BM25 ranks a sample of this size chosen for relevance: first the matches under
   * item titles holding the query words (the most heavily weighted field), then the most recently indexed;
   * results then carry `approximate: true`.
   */
  rankWindow?: number;
}

export const DEFAULT_MAX_COUNTED_MATCHES = 10_000;
/** Matches holding most of a query's words below which fewer words are accepted (see matchFloor). */
const FEW_MATCHES = 10;
export const DEFAULT_RANK_WINDOW = 300;
/** Rows read at a time when rebuilding the text index of an older file. */
const REBUILD_PAGE_ROWS = 5_000;
/** Most item titles whose chunks are sampled first (the shortest of those holding the query words). */
const MAX_SAMPLED_TITLES = 64;
/** The columns a chunk's own words are in: the only ones query words and -words are matched in. */
const CONTENT_COLUMNS = '{text speaker}';
const FACET_LIMIT = 100;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS index_instance (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL);
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
-- Kept apart from the narrow filter columns, which the filters-only listing reads for many rows.
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
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
`;

const TEXT_INDEX_COLUMNS = ['text', 'speaker', FILTER_TOKEN_COLUMN];
const TEXT_INDEX_SCHEMA = `
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_text USING fts5(
  ${TEXT_INDEX_COLUMNS.join(', ')},
  content='', contentless_delete=1, tokenize='${FTS_TOKENIZER}'
);
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

/** One ranked match: how many of the query's requirements it matched, and its BM25. */
interface RankedRow {
  rowid: number;
  words: number;
  bm25: number;
}

interface CandidateRow extends ScoredFields {
  rowid: number;
  id: string;
}

/** Higher is better: more matched words always first, then BM25 (squashed into [0, 1)). */
function combinedScore(row: RankedRow): number {
  return row.words + row.bm25 / (1 + row.bm25);
}

/** The words a chunk can be found by: the vocabulary counts these, so IDF and word frequencies agree with matching. */
function matchableTerms(row: Pick<Chunk, 'text' | 'speaker'>): Set<string> {
  return new Set(tokenise(`${row.text}\n${row.speaker ?? ''}`));
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

/**
 * The row count FTS5 keeps for its own bm25(), read in constant time (count(*) walks a whole index):
 * the first SQLite varint (big-endian 7-bit groups) of record 1 in the `_data` shadow table.
 */
function readIndexedRowCount(database: Database.Database): number {
  const block = database.prepare<[], Buffer>('SELECT block FROM chunk_text_data WHERE id = 1').pluck().get();
  let value = 0;
  for (let position = 0; block && position < Math.min(block.length, 8); position += 1) {
    value = value * 128 + (block[position] & 0x7f);
    if ((block[position] & 0x80) === 0) break;
  }
  return value;
}

/** Databases written with other text index columns (before filter tokens, or with meeting and item fields) get it rebuilt from the stored rows. */
function needsTextIndexRebuild(database: Database.Database): boolean {
  const columns = database.prepare<[], string>("SELECT name FROM pragma_table_info('chunk_text')").pluck().all();
  return columns.length > 0 && columns.join(',') !== TEXT_INDEX_COLUMNS.join(',');
}

export function createEmbeddedKeywordIndex(options: EmbeddedKeywordIndexOptions): KeywordIndex {
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const database = new Database(options.file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.exec(SCHEMA);
  database.prepare('INSERT OR IGNORE INTO index_instance (id, name) VALUES (1, ?)').run(`embedded:${randomUUID()}`);
  const instanceName = database.prepare<[], string>('SELECT name FROM index_instance').pluck().get() as string;
  const rebuildTextIndex = needsTextIndexRebuild(database);
  if (rebuildTextIndex) database.exec('DROP TABLE chunk_text');
  database.exec(TEXT_INDEX_SCHEMA);
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
    insertText: database.prepare(`INSERT INTO chunk_text (rowid, ${TEXT_INDEX_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?)`),
    deleteText: database.prepare('DELETE FROM chunk_text WHERE rowid = ?'),
    saveTerm: database.prepare('INSERT INTO terms (term, documents) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET documents = excluded.documents'),
    forgetTerm: database.prepare('DELETE FROM terms WHERE term = ?'),
    allIds: database.prepare<[], { id: string }>('SELECT id FROM chunks ORDER BY id'),
    count: database.prepare<[], { documents: number }>('SELECT count(*) AS documents FROM chunks'),
  };

  function insertText(rowid: number, chunk: FilteredFields & Pick<Chunk, 'text'>): void {
    statements.insertText.run(rowid, chunk.text, chunk.speaker ?? '', filterTokensOf(chunk));
  }

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

  /** Chunks in the text index, for IDF; forgotten on every write. */
  let indexedRows: number | null = null;
  let itemTitles: ItemTitles | null = null;
  function loadedItemTitles(): ItemTitles {
    itemTitles ??= createItemTitles(database.prepare('SELECT DISTINCT item_title FROM chunk_content').pluck().all() as string[]);
    return itemTitles;
  }

  let rowAttributes: RowAttributes | null = null;
  function loadedRowAttributes(): RowAttributes {
    rowAttributes ??= createRowAttributes(
      (function* rows() {
        for (const row of database.prepare('SELECT rowid, body, year, speaker, date FROM chunks').iterate() as Iterable<RowAttributeValues & { rowid: number }>) {
          yield [row.rowid, row] as [number, RowAttributeValues];
        }
      })(),
    );
    return rowAttributes;
  }

  function saveVocabularyChanges(): void {
    for (const [term, documents] of loadedVocabulary().takeChanges()) {
      if (documents > 0) statements.saveTerm.run(term, documents);
      else statements.forgetTerm.run(term);
    }
  }

  if (rebuildTextIndex) {
    // Read in pages: better-sqlite3 cannot write while a statement is still iterating.
    const page = database.prepare<[number], FilteredFields & { rowid: number; text: string }>(
      `SELECT c.rowid, c.document_id AS documentId, c.meeting_id AS meetingId, c.kind, c.body, c.year, c.speaker, c.is_decision AS isDecision,
              t.item_title AS itemTitle, t.text
       FROM chunks c JOIN chunk_content t ON t.rowid = c.rowid WHERE c.rowid > ? ORDER BY c.rowid LIMIT ${REBUILD_PAGE_ROWS}`,
    );
    // The words counted for each chunk changed with the columns, so the vocabulary is counted again too.
    database.transaction(() => {
      database.exec('DELETE FROM terms');
      vocabulary = createVocabulary();
      for (let rows = page.all(0); rows.length > 0; rows = page.all(rows[rows.length - 1].rowid)) {
        for (const row of rows) {
          insertText(row.rowid, { ...row, isDecision: Boolean(row.isDecision) });
          vocabulary.count(matchableTerms(row), 1);
        }
      }
      saveVocabularyChanges();
    })();
  }

  /** A rolled-back transaction leaves the in-memory copies ahead of the file: reload them from it. */
  function keepingMemoryInStep(write: () => void): void {
    indexedRows = null;
    try {
      write();
    } catch (error) {
      vocabulary = null;
      rowAttributes = null;
      itemTitles = null;
      throw error;
    }
  }

  function removeRow(row: ChunkRow): void {
    loadedVocabulary().count(matchableTerms(row), -1);
    loadedRowAttributes().remove(row.rowid);
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
      insertText(rowid, chunk);
      loadedRowAttributes().set(rowid, chunk);
      loadedItemTitles().add(chunk.itemTitle);
      loadedVocabulary().count(matchableTerms(chunk), 1);
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

  const replaceAll = database.transaction((documentIds: string[], chunks: Chunk[]) => {
    deleteRows(documentIds.flatMap((documentId) => statements.byDocument.all(documentId)));
    if (chunks.length > 0) upsertAll(chunks);
  });

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

  /** rowids of the `limit` most recently indexed matches (FTS5 stops reading there). */
  function matchingRowids(expression: string, filters: SearchFilters | undefined, limit: number): number[] {
    const { from, parameters } = matchesOf(expression, filters);
    return prepared(`SELECT chunk_text.rowid FROM ${from} ORDER BY chunk_text.rowid DESC LIMIT ${limit}`)
      .pluck()
      .all(...parameters) as number[];
  }

  function candidateRows(rowids: number[]): CandidateRow[] {
    if (rowids.length === 0) return [];
    return prepared(
      `SELECT c.rowid, c.id, c.speaker, c.body, t.item_title AS itemTitle, t.meeting_title AS meetingTitle, t.text
       FROM chunks c JOIN chunk_content t ON t.rowid = c.rowid WHERE c.rowid IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(rowids)) as CandidateRow[];
  }

  /** The FTS5 expression for chunks holding at least `words` of the plan's words within the filters. */
  function levelExpression(plan: QueryPlan, words: number, filters: SearchFilters | undefined): string {
    const content = `${CONTENT_COLUMNS} : (${toFtsMatchExpression(plan, words) as string})`;
    const tokens = filterTokenExpression(filters);
    return tokens ? `${content} AND ${tokens}` : content;
  }

  /**
   * The candidates of one relaxation level (chunks holding at least `words` of the plan's words) to score: all its
   * matches when at most rankWindow, else a sample of rankWindow: first the matches under item titles holding
   * the words, then the most recently indexed. Date sorts take every counted match (dates are in memory).
   * `counted` holds the matches up to maxCounted, most recently indexed first.
   */
  function levelCandidates(plan: QueryPlan, words: number, query: KeywordQuery) {
    const full = levelExpression(plan, words, query.filters);
    // Reading the rowids of every counted match (not just counting them) costs ~0.2 µs each and makes the
    // facets exact up to maxCounted; date sorts order them all, the dates being in memory.
    const counted = matchingRowids(full, query.filters, maxCounted);
    if (counted.length <= rankWindow || (query.sort ?? 'relevance') !== 'relevance') return { counted, rowids: counted, sampled: false };
    const inTitles = itemTitleExpression(loadedItemTitles().matching(plan.required, words, MAX_SAMPLED_TITLES));
    const sample = new Set(inTitles ? matchingRowids(`${full} AND ${inTitles}`, query.filters, rankWindow) : []);
    for (const rowid of counted) {
      if (sample.size >= rankWindow) break;
      sample.add(rowid);
    }
    return { counted, rowids: [...sample], sampled: true };
  }

  function orderOf(sort: SortOrder | undefined): (a: RankedRow, b: RankedRow) => number {
    const byScore = (a: RankedRow, b: RankedRow) => combinedScore(b) - combinedScore(a) || a.rowid - b.rowid;
    if (!sort || sort === 'relevance') return byScore;
    const attributes = loadedRowAttributes();
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
   * All the plan's words first; when that fills fewer than the page needs, chunks holding fewer follow, level
   * by level down to the plan's minimum (see QueryPlan). Every chunk of the loosest level can be paged to,
   * so it gives the total and the facets whatever page is asked for.
   */
  function searchText(query: KeywordQuery, plan: QueryPlan): KeywordResult {
    const needed = query.offset + query.limit;
    // Date sorts order by level and date alone, so only the page's text is read; relevance reads every candidate's to score it.
    const byRelevance = (query.sort ?? 'relevance') === 'relevance';
    const ranked: RankedRow[] = [];
    const seen = new Set<number>();
    const texts = new Map<number, CandidateRow>();
    let level = { counted: [] as number[], rowids: [] as number[], sampled: false };
    let words = plan.required.length + 1;
    let sampled = false;
    indexedRows ??= readIndexedRowCount(database);
    const statistics: CorpusStatistics = { documents: Math.max(1, indexedRows), documentsWith: (term) => loadedVocabulary().documentsWith(term) };
    const floor = matchFloor(plan, query.filters);
    for (words of relaxationLevels(plan, floor)) {
      level = levelCandidates(plan, words, query);
      sampled ||= level.sampled;
      const fresh = level.rowids.filter((rowid) => !seen.has(rowid));
      fresh.forEach((rowid) => seen.add(rowid));
      let levelRows: RankedRow[];
      if (byRelevance) {
        const rows = candidateRows(fresh);
        const scores = scoreCandidates(plan, rows, statistics);
        rows.forEach((row) => texts.set(row.rowid, row));
        levelRows = rows.map((row, index) => ({ rowid: row.rowid, words, bm25: scores[index] }));
      } else {
        levelRows = fresh.map((rowid) => ({ rowid, words, bm25: 0 }));
      }
      levelRows.sort(orderOf(query.sort));
      // Matches left out of a sample follow it unscored, most recently indexed first, so the total can be paged through.
      const unsampled = level.counted.filter((rowid) => !seen.has(rowid));
      unsampled.forEach((rowid) => seen.add(rowid));
      ranked.push(...levelRows, ...unsampled.map((rowid) => ({ rowid, words, bm25: 0 })));
      if (ranked.length >= needed) break;
    }
    const page = ranked.slice(query.offset, needed);
    for (const row of candidateRows(page.map((row) => row.rowid).filter((rowid) => !texts.has(rowid)))) texts.set(row.rowid, row);
    const hits = page.flatMap((row): KeywordHit[] => {
      const candidate = texts.get(row.rowid);
      if (!candidate) return [];
      return [hitWithSnippet(candidate.id, combinedScore(row), row.words / plan.required.length, candidate.text, plan.matchTerms)];
    });
    // The loosest level holds every match of the levels above it.
    const loosest = words === floor ? level.counted : matchingRowids(levelExpression(plan, floor, query.filters), query.filters, maxCounted);
    const total = loosest.length;
    return {
      hits,
      total,
      facets: query.facets === false ? emptyFacets() : loadedRowAttributes().facets(loosest, FACET_LIMIT),
      approximate: sampled || total >= maxCounted,
      matching: { ...plan.matching, minimum: floor },
    };
  }

  /**
   * The fewest of the plan's words a result must hold: most of them, unless fewer than FEW_MATCHES chunks do, when
   * words are let go one at a time (down to one). A question in other words than the minutes' shares one or two
   * words with the paragraph that answers it; the page is then never empty while a chunk holds a word that counts.
   */
  function matchFloor(plan: QueryPlan, filters: SearchFilters | undefined): number {
    let floor = plan.minimum;
    while (floor > 1 && matchingRowids(levelExpression(plan, floor, filters), filters, FEW_MATCHES).length < FEW_MATCHES) floor -= 1;
    return floor;
  }

  /** Filters without words: the page straight from the date indexes, dated chunks first either way, then undated ones. */
  function listByDate(query: KeywordQuery, excludedMatch: string | null): KeywordResult {
    const filters = filterConditions(query.filters);
    if (excludedMatch) {
      filters.sql.push('c.rowid NOT IN (SELECT rowid FROM chunk_text WHERE chunk_text MATCH ?)');
      filters.parameters.push(`${CONTENT_COLUMNS} : (${excludedMatch})`);
    }
    const where = (extra: string) => `WHERE ${[...filters.sql, extra].join(' AND ')}`;
    const direction = query.sort === 'oldest' ? 'ASC' : 'DESC';
    // Without "date IS NULL" in ORDER BY, SQLite walks the (filter, date) indexes in order and stops at the page.
    const pageOf = (condition: string, limit: number, offset: number) =>
      prepared(
        `SELECT c.id, t.text FROM chunks c JOIN chunk_content t ON t.rowid = c.rowid ${where(condition)}
         ORDER BY c.date ${direction}, c.rowid ${direction} LIMIT ? OFFSET ?`,
      ).all(...filters.parameters, limit, offset) as Array<{ id: string; text: string }>;
    const rows = pageOf('c.date IS NOT NULL', query.limit, query.offset);
    if (rows.length < query.limit) {
      const dated = prepared(`SELECT count(*) FROM chunks c ${where('c.date IS NOT NULL')}`).pluck().get(...filters.parameters) as number;
      rows.push(...pageOf('c.date IS NULL', query.limit - rows.length, Math.max(0, query.offset - dated)));
    }
    // Only called with filters, so there is a token expression.
    const tokens = filterTokenExpression(query.filters) as string;
    const counted = matchingRowids(excludedMatch ? `${tokens} NOT ${CONTENT_COLUMNS} : (${excludedMatch})` : tokens, query.filters, maxCounted);
    return {
      hits: rows.map((row) => hitWithSnippet(row.id, 0, 1, row.text, [])),
      total: counted.length,
      facets: loadedRowAttributes().facets(counted, FACET_LIMIT),
      approximate: counted.length >= maxCounted,
    };
  }

  return {
    backend: 'embedded',
    async upsert(chunks) {
      if (chunks.length > 0) keepingMemoryInStep(() => upsertAll(chunks));
    },
    async deleteDocument(documentId) {
      keepingMemoryInStep(() => deleteRows(statements.byDocument.all(documentId)));
    },
    async deleteChunks(ids) {
      keepingMemoryInStep(() => deleteRows(ids.flatMap((id) => statements.existing.all(id))));
    },
    async replaceDocuments(documentIds, chunks) {
      keepingMemoryInStep(() => replaceAll(documentIds, chunks));
    },
    async search(query) {
      const plan = planQuery(parseQuery(query.text), loadedVocabulary());
      if (plan.required.length > 0) return searchText(query, plan);
      if (!hasFilters(query.filters)) return { hits: [], total: 0, facets: emptyFacets() };
      const excluded = toFtsMatchExpression({ required: [{ alternatives: plan.excluded }], excluded: [] });
      return listByDate(query, plan.excluded.length > 0 ? excluded : null);
    },
    async allIds() {
      return statements.allIds.all().map((row) => row.id);
    },
    async stats() {
      return { backend: 'embedded', documents: statements.count.get()?.documents ?? 0, healthy: true, detail: options.file };
    },
    instance: async () => instanceName,
    forgetCachedState() {
      vocabulary = null;
      itemTitles = null;
      rowAttributes = null;
      indexedRows = null;
    },
    async close() {
      database.close();
    },
  };
}

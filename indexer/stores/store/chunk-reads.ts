// Reads of stored chunks, by key and in bulk: what searches show, count and filter, and what the sync walks.
import type Database from 'better-sqlite3';
import { CHUNK_COLUMNS, inKeyOrder, toChunk, type AttributeRow, type ChunkRow, type CopyRow } from './rows';
import { MAX_COPIES_LISTED, type ChunkAttributes, type ChunkCopy, type ChunkFacets, type ChunkText, type CopiesOf, type StoredChunk } from './types';

function prepareStatements(db: Database.Database) {
  return {
    chunksOfDocument: db.prepare<[string], ChunkRow>(`SELECT ${CHUNK_COLUMNS} FROM chunks WHERE document_id = ? ORDER BY seq`).raw(),
    chunkById: db.prepare<[string], ChunkRow>(`SELECT ${CHUNK_COLUMNS} FROM chunks WHERE id = ?`).raw(),
    // Look-ups by many keys pass them as one JSON array: one prepared statement, no limit on bound parameters.
    chunksById: db.prepare<[string], ChunkRow>(`SELECT ${CHUNK_COLUMNS} FROM chunks WHERE id IN (SELECT value FROM json_each(?))`).raw(),
    chunksBySeq: db.prepare<[string], ChunkRow>(`SELECT ${CHUNK_COLUMNS} FROM chunks WHERE seq IN (SELECT value FROM json_each(?))`).raw(),
    // The decision index holds only decision chunks: what a search asking what was decided reads of the items it found.
    decisionsOfItems: db
      .prepare<[string], ChunkRow>(`SELECT ${CHUNK_COLUMNS} FROM chunks WHERE is_decision = 1 AND item_id IN (SELECT value FROM json_each(?)) ORDER BY seq`)
      .raw(),
    chunkFacetsBySeq: db.prepare<[string], ChunkFacets>(
      'SELECT seq, id, body, year, speaker FROM chunks WHERE seq IN (SELECT value FROM json_each(?))',
    ),
    // The originals, and the first copies of each: a boilerplate paragraph can be copied thousands of times, and
    // reading every copy cost seconds a search at a million paragraphs.
    copiesOf: db
      .prepare<[{ originals: string; listed: number }], CopyRow>(
        `SELECT id, meeting_id, body, date, meeting_title, duplicate_of, seq FROM chunks
         WHERE id IN (SELECT value FROM json_each(@originals))
         UNION ALL
         SELECT c.id, c.meeting_id, c.body, c.date, c.meeting_title, c.duplicate_of, c.seq FROM json_each(@originals) AS o
         JOIN chunks AS c ON c.seq IN (SELECT seq FROM chunks WHERE duplicate_of = o.value ORDER BY seq LIMIT @listed)
         ORDER BY 7`,
      )
      .raw(),
    copyCounts: db
      .prepare<[string], [original: string, copies: number]>(
        'SELECT o.value, (SELECT count(*) FROM chunks WHERE duplicate_of = o.value) FROM json_each(?) AS o',
      )
      .raw(),
    allChunkIds: db.prepare<[], { id: string }>('SELECT id FROM chunks ORDER BY seq'),
    allChunkSeqs: db.prepare<[], { seq: number }>('SELECT seq FROM chunks ORDER BY seq'),
    chunkTexts: db.prepare<[], ChunkText>('SELECT seq, item_title AS itemTitle, text FROM chunks ORDER BY seq'),
    chunkAttributes: db
      .prepare<[number], AttributeRow>(
        'SELECT seq, kind, document_id, meeting_id, body, date, year, speaker, is_decision FROM chunks WHERE seq > ? ORDER BY seq',
      )
      .raw(),
  };
}

const originalOf = (chunk: Pick<StoredChunk, 'id' | 'duplicateOf'>) => chunk.duplicateOf ?? chunk.id;

export class ChunkReads {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = prepareStatements(db);
  }

  ofDocument(documentId: string): StoredChunk[] {
    return this.statements.chunksOfDocument.all(documentId).map(toChunk);
  }

  byId(id: string): StoredChunk | undefined {
    const row = this.statements.chunkById.get(id);
    return row ? toChunk(row) : undefined;
  }

  byIds(ids: string[]): StoredChunk[] {
    return inKeyOrder(ids, this.statements.chunksById.all(JSON.stringify(ids)).map(toChunk), (chunk) => chunk.id);
  }

  bySeqs(seqs: number[]): StoredChunk[] {
    return inKeyOrder(seqs, this.statements.chunksBySeq.all(JSON.stringify(seqs)).map(toChunk), (chunk) => chunk.seq);
  }

  decisionsOfItems(itemIds: string[]): StoredChunk[] {
    return this.statements.decisionsOfItems.all(JSON.stringify(itemIds)).map(toChunk);
  }

  facetsBySeqs(seqs: number[]): ChunkFacets[] {
    return inKeyOrder(seqs, this.statements.chunkFacetsBySeq.all(JSON.stringify(seqs)), (chunk) => chunk.seq);
  }

  copiesOf(chunks: Array<Pick<StoredChunk, 'id' | 'duplicateOf'>>): Map<string, CopiesOf> {
    const originals = new Set(chunks.map(originalOf));
    const passages = new Map<string, ChunkCopy[]>();
    const addTo = (original: string | null, copy: ChunkCopy) => {
      if (original === null || !originals.has(original)) return;
      const copies = passages.get(original);
      if (copies) copies.push(copy);
      else passages.set(original, [copy]);
    };
    const keys = JSON.stringify([...originals]);
    // One more than listed: a chunk that is itself a copy leaves its own place in the list.
    for (const [id, meetingId, body, date, meetingTitle, duplicateOf] of this.statements.copiesOf.all({ originals: keys, listed: MAX_COPIES_LISTED + 1 })) {
      const copy = { id, meetingId, body, date, meetingTitle };
      addTo(id, copy);
      addTo(duplicateOf, copy);
    }
    // Every chunk of a passage but the one asked about: the original and its copies, less itself.
    const copyCount = new Map(this.statements.copyCounts.all(keys));
    return new Map(
      chunks.map((chunk) => {
        const others = (passages.get(originalOf(chunk)) ?? []).filter((copy) => copy.id !== chunk.id);
        return [chunk.id, { listed: others.slice(0, MAX_COPIES_LISTED), total: others.length === 0 ? 0 : (copyCount.get(originalOf(chunk)) ?? 0) }];
      }),
    );
  }

  allIds(): string[] {
    return this.statements.allChunkIds.all().map((row) => row.id);
  }

  allSeqs(): number[] {
    return this.statements.allChunkSeqs.all().map((row) => row.seq);
  }

  chunkTexts(): Iterable<ChunkText> {
    return this.statements.chunkTexts.iterate();
  }

  *attributes(afterSeq = 0): Iterable<ChunkAttributes> {
    const rows = this.statements.chunkAttributes.iterate(afterSeq);
    for (const [seq, kind, documentId, meetingId, body, date, year, speaker, isDecision] of rows) {
      yield { seq, kind, documentId, meetingId, body, date, year, speaker, isDecision: isDecision === 1 };
    }
  }
}

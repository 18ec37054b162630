// The Meilisearch backend's vocabulary ("did you mean"), kept in a SQLite file of the data folder: every word its
// chunks hold with how many hold it, and each chunk's words, so a replaced or removed chunk is counted out. Meilisearch
// cannot list its words, and reading its documents back is far too slow for that (20,000 took 9 s at 100k chunks).
// The file mirrors one Meilisearch index: when that index is created anew, the file starts empty again.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Chunk } from '../../../../core/types';
import { createVocabulary, matchableTerms, type Vocabulary } from '../vocabulary';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS chunk_words (id TEXT PRIMARY KEY, document_id TEXT NOT NULL, words TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS chunk_words_by_document ON chunk_words (document_id);
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mirror (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

/** Chunk ids per removal statement (SQLite's bound parameters). */
const IDS_PER_STATEMENT = 500;

type ChunkWords = Pick<Chunk, 'id' | 'documentId' | 'text' | 'speaker'>;

export class VocabularyFile {
  private readonly database: Database.Database;
  private readonly statements;
  private held: Vocabulary | null = null;

  constructor(file: string) {
    this.database = new Database(file);
    this.database.pragma('journal_mode = WAL');
    this.database.pragma('synchronous = NORMAL');
    this.database.exec(SCHEMA);
    this.statements = {
      wordsOf: this.database.prepare<[string], string>('SELECT words FROM chunk_words WHERE id = ?').pluck(),
      save: this.database.prepare('INSERT OR REPLACE INTO chunk_words (id, document_id, words) VALUES (?, ?, ?)'),
      readMirror: this.database.prepare<[string], string>('SELECT value FROM mirror WHERE key = ?').pluck(),
      writeMirror: this.database.prepare('INSERT OR REPLACE INTO mirror (key, value) VALUES (?, ?)'),
      saveTerm: this.database.prepare('INSERT OR REPLACE INTO terms (term, documents) VALUES (?, ?)'),
      forgetTerm: this.database.prepare('DELETE FROM terms WHERE term = ?'),
    };
  }

  /** The words indexed, read from the file on first use after a change by another process (forget). */
  vocabulary(): Vocabulary {
    this.held ??= createVocabulary(this.database.prepare<[], [string, number]>('SELECT term, documents FROM terms').raw().all());
    return this.held;
  }

  /** Another process wrote the file. */
  forget(): void {
    this.held = null;
  }

  /**
   * Names this file for the index instance, after making sure it mirrors the Meilisearch index created at `createdAt`:
   * a file that mirrored another (the index was dropped and created again) is emptied and named anew, and so is a new
   * file, so the store syncs every document again.
   */
  mirror(createdAt: string): string {
    return this.database.transaction(() => {
      const name = this.statements.readMirror.get('name');
      if (name !== undefined && this.statements.readMirror.get('createdAt') === createdAt) return name;
      this.database.exec('DELETE FROM chunk_words; DELETE FROM terms;');
      this.held = null;
      const fresh = randomUUID();
      this.statements.writeMirror.run('name', fresh);
      this.statements.writeMirror.run('createdAt', createdAt);
      return fresh;
    })();
  }

  /** Counts the words of these chunks, replacing those of chunks already held under the same ids. */
  record(chunks: ChunkWords[]): void {
    this.write(() => this.count(chunks));
  }

  /** Replaces every chunk of these documents with `chunks`, in one transaction. */
  replaceDocuments(documentIds: string[], chunks: ChunkWords[]): void {
    this.write(() => {
      this.removeWhere('document_id', documentIds);
      this.count(chunks);
    });
  }

  removeDocuments(documentIds: string[]): void {
    this.write(() => this.removeWhere('document_id', documentIds));
  }

  removeChunks(ids: string[]): void {
    this.write(() => this.removeWhere('id', ids));
  }

  close(): void {
    this.database.close();
  }

  private count(chunks: ChunkWords[]): void {
    for (const chunk of chunks) {
      this.countOut(this.statements.wordsOf.get(chunk.id));
      const words = matchableTerms(chunk);
      this.vocabulary().count(words, 1);
      this.statements.save.run(chunk.id, chunk.documentId, [...words].join(' '));
    }
  }

  private removeWhere(column: 'id' | 'document_id', values: string[]): void {
    for (let start = 0; start < values.length; start += IDS_PER_STATEMENT) {
      const batch = values.slice(start, start + IDS_PER_STATEMENT);
      const placeholders = batch.map(() => '?').join(', ');
      const removed = this.database.prepare<string[], string>(`DELETE FROM chunk_words WHERE ${column} IN (${placeholders}) RETURNING words`).pluck().all(...batch);
      for (const words of removed) this.countOut(words);
    }
  }

  private countOut(words: string | undefined): void {
    if (words) this.vocabulary().count(words.split(' '), -1);
  }

  /** One transaction, the changed counts saved with it; a rolled-back one makes the counts read the file again. */
  private write(change: () => void): void {
    try {
      this.database.transaction(() => {
        change();
        for (const [term, documents] of this.vocabulary().takeChanges()) {
          if (documents > 0) this.statements.saveTerm.run(term, documents);
          else this.statements.forgetTerm.run(term);
        }
      })();
    } catch (error) {
      this.held = null;
      throw error;
    }
  }
}

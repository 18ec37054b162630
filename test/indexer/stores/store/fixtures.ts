// Minutes written for the store tests, and the store's parts opened on a SQLite file in a temporary folder.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Meeting, Paragraph } from '../../../../core/types';
import { chunkMeetings } from '../../../../indexer/chunk';
import { ChunkReads, DataFolderRecord, Documents, MeetingReads, SyncLedger, type DocumentRecord } from '../../../../indexer/stores/store';
import { openDatabase } from '../../../../indexer/stores/store/database';
import { temporaryDirectory } from '../../../helpers/environment';

export const SHARED = 'The committee agreed to replace the gas lanterns in the square.';

export function paragraph(index: number, text: string, extra: Partial<Paragraph> = {}): Paragraph {
  return { index, number: String(index + 1), text, speaker: null, isDecision: false, isTruncated: false, ...extra };
}

export function document(id: string, contentHash = `hash-${id}`): DocumentRecord {
  return { id, path: `/minutes/${id}.txt`, format: 'text', contentHash, size: 100, indexedAt: '2026-01-01T00:00:00.000Z', parserVersion: 3 };
}

export function meeting(documentId: string, id: string, date: string | null, body: string | null, paragraphs: Paragraph[]): Meeting {
  return {
    id,
    body,
    date,
    title: `Minutes of ${id}`,
    venue: 'Council Chamber',
    attendees: [{ name: 'Cllr Jane Holt', role: 'Chair', attendance: 'present' }],
    source: { documentId, file: `${documentId}.txt`, format: 'text', url: null },
    items: [{ index: 0, number: '1', title: 'Street lighting', paragraphs, decisions: [] }],
  };
}

export interface StoreParts {
  folder: string;
  file: string;
  db: Database.Database;
  ledger: SyncLedger;
  documents: Documents;
  chunks: ChunkReads;
  meetings: MeetingReads;
  dataFolder: DataFolderRecord;
  /** Stores a document of the given meetings, chunked as the indexer chunks them. */
  put(record: DocumentRecord, meetings: Meeting[]): ReturnType<Documents['replace']>;
  close(): void;
}

/** Each part on one database in a fresh temporary folder; `close` closes it and removes the folder. */
export function openParts(): StoreParts {
  const folder = temporaryDirectory('store');
  const file = path.join(folder, 'nested', 'store.sqlite');
  const db = openDatabase(file);
  const ledger = new SyncLedger(db);
  const documents = new Documents(db, ledger);
  return {
    folder,
    file,
    db,
    ledger,
    documents,
    chunks: new ChunkReads(db),
    meetings: new MeetingReads(db),
    dataFolder: new DataFolderRecord(db),
    put: (record, meetings) => documents.replace(record, meetings, chunkMeetings(meetings)),
    close: () => {
      if (db.open) db.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

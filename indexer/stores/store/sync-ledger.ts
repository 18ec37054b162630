// Which documents each derived index holds: synced marks per document, the index instance the marks were made
// for, and the removal count behind orphan scans (see Store for the rules).
import type Database from 'better-sqlite3';
import { toDocument, type DocumentRow } from './rows';
import type { DocumentRecord, IndexTarget } from './types';

export class SyncLedger {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      countRemoval: db.prepare('UPDATE chunk_removals SET count = count + 1'),
      removals: db.prepare<[], number>('SELECT count FROM chunk_removals').pluck(),
      scannedAt: db.prepare<[IndexTarget], number>('SELECT removals FROM orphan_scans WHERE target = ?').pluck(),
      recordScan: db.prepare(
        'INSERT INTO orphan_scans (target, removals) VALUES (?, ?) ON CONFLICT (target) DO UPDATE SET removals = excluded.removals',
      ),
      indexInstance: db.prepare<[IndexTarget], string>('SELECT instance FROM index_instances WHERE target = ?').pluck(),
      recordIndexInstance: db.prepare(
        'INSERT INTO index_instances (target, instance) VALUES (?, ?) ON CONFLICT (target) DO UPDATE SET instance = excluded.instance',
      ),
    };
  }

  /** Called inside the transaction that removes chunks, so a crash can never lose the count. */
  countRemoval(): void {
    this.statements.countRemoval.run();
  }

  markSynced(documentId: string, target: IndexTarget, contentHash: string): void {
    this.db.prepare(`UPDATE documents SET ${target}_synced = ? WHERE id = ?`).run(contentHash, documentId);
  }

  unsyncedDocuments(target: IndexTarget): DocumentRecord[] {
    return this.db
      .prepare<[], DocumentRow>(`SELECT * FROM documents WHERE ${target}_synced IS NULL OR ${target}_synced != content_hash ORDER BY path`)
      .all()
      .map(toDocument);
  }

  orphanScanState(target: IndexTarget): { removals: number; scannedAt: number | null } {
    return { removals: this.statements.removals.get()!, scannedAt: this.statements.scannedAt.get(target) ?? null };
  }

  recordOrphanScan(target: IndexTarget, removals: number): void {
    this.statements.recordScan.run(target, removals);
  }

  adoptIndexInstance(target: IndexTarget, instance: string): boolean {
    return this.db.transaction(() => {
      const known = this.statements.indexInstance.get(target);
      if (known === instance) return false;
      this.statements.recordIndexInstance.run(target, instance);
      if (known === undefined) return false;
      this.db.prepare(`UPDATE documents SET ${target}_synced = NULL`).run();
      return true;
    })();
  }
}

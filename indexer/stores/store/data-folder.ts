// Whether the data folder was ever set up (see DataFolderState), kept in the store so it survives restarts.
import type Database from 'better-sqlite3';
import type { DataFolderState } from './types';

export class DataFolderRecord {
  constructor(private readonly db: Database.Database) {}

  state(): DataFolderState {
    const recorded = this.db.prepare<[], DataFolderState>('SELECT state FROM data_folder').pluck().get();
    if (recorded) return recorded;
    return this.db.prepare('SELECT 1 FROM documents LIMIT 1').get() ? 'initialised' : 'new';
  }

  record(state: DataFolderState): void {
    this.db.prepare('INSERT INTO data_folder (id, state) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state').run(state);
  }
}

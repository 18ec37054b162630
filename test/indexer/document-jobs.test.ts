/** @jest-environment ./test/vector/onnx-environment.ts */
// An upload the server fails to index is the server's fault, not the file's: when the store cannot take it (a full
// disk), the job says so (storage_full, "nothing was stored") instead of calling the file unreadable, and keeps
// neither a document nor the uploaded file.
import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, ServiceError } from '../../core/errors';
import { silentLogger } from '../../core/logger';
import { DocumentJobs } from '../../indexer/document-jobs';
import { openStores } from '../../indexer/stores/open';
import { uploadsFolderOf } from '../../indexer/uploads';
import { CORPUS_DIR, testConfig } from '../helpers/environment';

const SAMPLE = 'kent-medway-pcp-item-opportunities-for-the-future.txt';

/** What better-sqlite3 throws when the disk fills up during a write. */
function diskFull(): Error {
  return Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
}

it('answers a store that cannot take an upload as the server disk being full, and keeps nothing', async () => {
  const config = testConfig();
  const stores = await openStores(config, silentLogger);
  try {
    const store = stores.store;
    stores.store = {
      ...store,
      replaceDocument: () => {
        throw diskFull();
      },
    };
    const jobs = new DocumentJobs(stores, config, silentLogger);
    const upload = jobs.addUpload({ name: SAMPLE, bytes: fs.readFileSync(path.join(CORPUS_DIR, SAMPLE)) });
    await expect(upload).rejects.toBeInstanceOf(ServiceError);
    await expect(upload).rejects.toMatchObject({ code: ERROR_CODES.STORAGE_FULL, message: expect.stringContaining('nothing was stored') });
    await expect(upload).rejects.not.toMatchObject({ message: expect.stringContaining(config.dataDir) });
    expect(store.listDocuments()).toEqual([]);
    expect(fs.readdirSync(uploadsFolderOf(config.dataDir))).toEqual([]);
  } finally {
    await stores.close();
  }
});

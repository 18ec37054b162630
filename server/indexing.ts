// How the server has documents added and meetings removed: the jobs run one at a time, since each writes the store
// and both indexes and must not interleave with another.
import type { Config } from '../core/config';
import type { Logger } from '../core/logger';
import { DocumentJobs, type Upload, type UploadOutcome } from '../indexer/document-jobs';
import type { Stores } from '../indexer/stores/open';

export interface DocumentIndexing {
  addUpload(upload: Upload): Promise<UploadOutcome>;
  removeMeeting(meetingId: string): Promise<void>;
  close(): Promise<void>;
}

/** One job at a time: a job starts when the one before it has settled, whether it succeeded or failed. */
export function createSerializer() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const next = tail.then(job, job);
    tail = next.catch(() => undefined);
    return next;
  };
}

/** The jobs on this thread, against the server's own stores. */
export function createLocalIndexing(stores: Stores, config: Config, logger: Logger): DocumentIndexing {
  const jobs = new DocumentJobs(stores, config, logger);
  const serialize = createSerializer();
  return {
    addUpload: (upload) => serialize(() => jobs.addUpload(upload)),
    removeMeeting: (meetingId) => serialize(() => jobs.removeMeeting(meetingId)),
    close: () => serialize(async () => undefined),
  };
}

/** @jest-environment ./test/vector/onnx-environment.ts */
// Indexing never blocks search: while a 3 MB upload is read, parsed, stored, embedded and inserted into HNSW, and
// while a large meeting is deleted, the server's event loop never stalls for long and searches keep being answered.
// (Before the indexing worker, the same upload stalled the loop for seconds: parsing, the store's transaction,
// keyword inserts and HNSW addPoint all ran on it.) Deleting that meeting leaves most HNSW slots deleted, and the
// index is compacted rather than left to reuse them (8x slower inserts).
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { largeMinutes } from '../helpers/large-minutes';
import type { Config } from '../../core/config';
import { silentLogger } from '../../core/logger';
import { dataPaths } from '../../indexer/stores/open';
import { MANIFEST_FILE, type VectorIndexManifest } from '../../indexer/stores/vector/hnsw';
import { startServer, type RunningServer } from '../../server/start';
import { testConfig } from '../helpers/environment';

const ADMIN_KEY = 'upload-concurrency-key-51d0';
/** Longest the event loop may stall: far above one search, far below what indexing in-line took. */
const LONGEST_STALL_MS = 750;
let config: Config;
let server: RunningServer;

beforeAll(async () => {
  config = testConfig({ ADMIN_API_KEY: ADMIN_KEY, RATE_LIMIT_PER_MINUTE: '1000000' });
  server = await startServer(config, silentLogger);
}, 120_000);

function savedManifest(): VectorIndexManifest {
  return JSON.parse(fs.readFileSync(path.join(dataPaths(config.dataDir).vectors, MANIFEST_FILE), 'utf8')) as VectorIndexManifest;
}

afterAll(async () => {
  await server?.close();
});

/** Runs `work` while one client searches back to back; returns the longest loop stall and the searches answered. */
async function searchingDuring<T>(work: Promise<T>): Promise<{ result: T; longestStallMs: number; searches: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let done = false;
  let searches = 0;
  const searching = (async () => {
    while (!done) {
      const response = await fetch(`${server.url}/api/search?q=cadet&mode=hybrid`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      searches += 1;
    }
  })();
  try {
    return { result: await work, longestStallMs: delay.max / 1e6, searches };
  } finally {
    done = true;
    delay.disable();
    await searching;
  }
}

it('keeps answering searches while a large upload is indexed and while its meeting is deleted', async () => {
  const form = new FormData();
  form.append('file', new Blob([largeMinutes(3 * 2 ** 20)], { type: 'text/plain' }), 'large.txt');
  const uploading = fetch(`${server.url}/api/documents`, { method: 'POST', body: form, headers: { 'x-api-key': ADMIN_KEY } }).then(
    async (response) => ({ status: response.status, body: (await response.json()) as { meetings: { id: string }[] } }),
  );
  const upload = await searchingDuring(uploading);
  expect(upload.result.status).toBe(201);
  expect(upload.searches).toBeGreaterThan(10);
  expect(upload.longestStallMs).toBeLessThan(LONGEST_STALL_MS);

  const [meeting] = upload.result.body.meetings;
  const deletion = await searchingDuring(fetch(`${server.url}/api/meetings/${meeting.id}`, { method: 'DELETE', headers: { 'x-api-key': ADMIN_KEY } }));
  expect(deletion.result.status).toBe(200);
  expect(deletion.longestStallMs).toBeLessThan(LONGEST_STALL_MS);

  // The saved index holds the corpus's vectors only, in a graph without the deleted meeting's slots.
  const health = (await (await fetch(`${server.url}/api/health`)).json()) as { semantic: { vectors: number } };
  const manifest = savedManifest();
  expect(manifest.deletedLabels).toEqual([]);
  expect(manifest.count).toBe(health.semantic.vectors);
  expect(manifest.capacity).toBeLessThan(4 * manifest.count);
}, 300_000);

// Searches answered by worker threads (SEARCH_WORKERS): the same answers as in-process, an upload seen by every
// worker as soon as it is acknowledged, a meeting deleted gone from all of them, and a worker lost answered for.
import { silentLogger } from '../../../core/logger';
import type { SearchResponse, TopicHistoryPage } from '../../../server/api-types';
import { startServer, type RunningServer } from '../../../server/start';
import { testConfig } from '../../helpers/environment';

const ADMIN_KEY = 'pool-test-admin-key-5521';
const QUERIES = ['police cadets', 'CCTV funding', 'what did the Commissioner say about the precept', '"community safety"', 'cadets -budget'];

async function search(server: RunningServer, query: string, mode = 'hybrid'): Promise<SearchResponse> {
  const response = await fetch(`${server.url}/api/search?mode=${mode}&q=${encodeURIComponent(query)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as SearchResponse;
}

const ranking = (response: SearchResponse) => response.results.map((result) => result.id);

describe('searches in worker threads', () => {
  let pooled: RunningServer;
  let inProcess: RunningServer;

  beforeAll(async () => {
    pooled = await startServer(testConfig({ SEARCH_WORKERS: '2', ADMIN_API_KEY: ADMIN_KEY }), silentLogger);
    inProcess = await startServer(testConfig({ SEARCH_WORKERS: '0' }), silentLogger);
  }, 600_000);

  afterAll(async () => {
    await pooled?.close();
    await inProcess?.close();
  }, 120_000);

  it('answers every query as the in-process search does, many at once', async () => {
    const expected = await Promise.all(QUERIES.map((query) => search(inProcess, query)));
    // Twice over at once, so both workers answer some of them.
    const answers = await Promise.all([...QUERIES, ...QUERIES].map((query) => search(pooled, query)));
    answers.forEach((answer, index) => {
      const wanted = expected[index % QUERIES.length];
      expect(ranking(answer)).toEqual(ranking(wanted));
      expect(answer.total).toBe(wanted.total);
      expect(answer.facets).toEqual(wanted.facets);
    });
    expect(ranking(expected[0]).length).toBeGreaterThan(0);
  }, 120_000);

  it('builds a topic history from the passages a worker read, as in-process', async () => {
    const history = async (server: RunningServer) => {
      const response = await fetch(`${server.url}/api/topics?q=${encodeURIComponent('police cadets')}`);
      expect(response.status).toBe(200);
      return (await response.json()) as TopicHistoryPage;
    };
    const expected = await history(inProcess);
    expect(expected.meetings.length).toBeGreaterThan(0);
    expect(await history(pooled)).toEqual(expected);
  }, 120_000);

  it('finds an upload on every worker as soon as it is acknowledged, and forgets a deleted meeting', async () => {
    const form = new FormData();
    const minutes = 'Minutes of the meeting of the Harbour Committee held on 9 June 2022\n\n1. Quillwort moorings\n\nThe committee discussed quillwort growing on the moorings.\n';
    form.append('file', new Blob([minutes], { type: 'text/plain' }), 'quillwort.txt');
    const upload = await fetch(`${pooled.url}/api/documents`, { method: 'POST', body: form, headers: { 'x-api-key': ADMIN_KEY } });
    expect(upload.status).toBe(201);
    const { meetings } = (await upload.json()) as { meetings: Array<{ id: string }> };

    // By meaning: only a worker that read the vector index again can find it.
    const found = await Promise.all(Array.from({ length: 6 }, () => search(pooled, 'The committee discussed quillwort growing on the moorings.', 'semantic')));
    for (const response of found) expect(response.results[0]?.text).toMatch(/quillwort/);

    const removed = await fetch(`${pooled.url}/api/meetings/${meetings[0].id}`, { method: 'DELETE', headers: { 'x-api-key': ADMIN_KEY } });
    expect(removed.status).toBe(200);
    const gone = await Promise.all(Array.from({ length: 6 }, () => search(pooled, 'quillwort', 'keyword')));
    for (const response of gone) expect(response.results).toEqual([]);
  }, 300_000);
});

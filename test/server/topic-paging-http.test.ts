// GET /api/topics pages over a real server: a subject discussed at more meetings than one page holds, indexed from
// minutes files into real SQLite and HNSW, asked over HTTP on 127.0.0.1 as the page asks it.
import fs from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../../core/logger';
import { startServer, type RunningServer } from '../../server/start';
import type { TopicHistoryPage } from '../../server/api-types';
import { DEFAULT_TOPIC_MEETINGS, MAX_TOPIC_MEETINGS } from '../../server/topics/page';
import { DREDGING_DISCUSSED, DREDGING_FIRST_RAISED, DREDGING_IN_PASSING, dredgingMinutes } from '../helpers/dredging-minutes';
import { temporaryDirectory, testConfig } from '../helpers/environment';

let server: RunningServer;

beforeAll(async () => {
  const corpus = temporaryDirectory('dredging-corpus');
  for (const [file, text] of Object.entries(dredgingMinutes())) fs.writeFileSync(path.join(corpus, file), text);
  server = await startServer(testConfig({ CORPUS_DIR: corpus }), silentLogger);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

async function topics(query: string): Promise<{ status: number; body: TopicHistoryPage; bytes: number }> {
  const response = await fetch(`${server.url}/api/topics?q=harbour+dredging${query}`);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as TopicHistoryPage, bytes: Buffer.byteLength(text) };
}

const datesOf = (page: TopicHistoryPage) => page.meetings.map((entry) => entry.meeting.date);

describe('GET /api/topics, paged', () => {
  it('sends the first page of the timeline and counts the rest, the in-passing meetings counted but not listed', async () => {
    const { status, body } = await topics('');
    expect(status).toBe(200);
    expect(body.page).toEqual({ offset: 0, limit: DEFAULT_TOPIC_MEETINGS, total: DREDGING_DISCUSSED });
    expect(body.meetings).toHaveLength(DEFAULT_TOPIC_MEETINGS);
    expect(datesOf(body)[0]).toBe('2019-01-10');
    expect(body.inPassing).toEqual({ count: DREDGING_IN_PASSING, meetings: null });
    // Worked out from the whole history: the first mention is a finance meeting folded away in passing, and the latest
    // decision is at a meeting past this page.
    expect(body.firstMention?.meeting.date).toBe(DREDGING_FIRST_RAISED);
    expect(body.latestDecision?.meeting.date).toBe('2020-12-10');
    expect(body.latestDecision?.passage.text).toMatch(/^RESOLVED that the harbour dredging contract be extended/);
  });

  it('sends the next page from the offset, oldest first, so the pages together are the whole timeline', async () => {
    const first = (await topics('')).body;
    const second = (await topics(`&offset=${DEFAULT_TOPIC_MEETINGS}`)).body;
    expect(second.page).toEqual({ offset: DEFAULT_TOPIC_MEETINGS, limit: DEFAULT_TOPIC_MEETINGS, total: DREDGING_DISCUSSED });
    expect(second.meetings).toHaveLength(DREDGING_DISCUSSED - DEFAULT_TOPIC_MEETINGS);
    const whole = (await topics(`&limit=${MAX_TOPIC_MEETINGS}`)).body;
    expect([...datesOf(first), ...datesOf(second)]).toEqual(datesOf(whole));
    expect(datesOf(whole)).toEqual([...datesOf(whole)].sort());
    expect(second.firstMention).toEqual(first.firstMention);
  });

  it('lists the in-passing meetings with their passages when asked, alone with limit=0', async () => {
    const { body } = await topics('&passing=true&limit=0');
    expect(body.meetings).toEqual([]);
    expect(body.page.total).toBe(DREDGING_DISCUSSED);
    expect(body.inPassing.meetings?.map((entry) => entry.meeting.date)).toEqual([DREDGING_FIRST_RAISED, '2020-06-05', '2021-02-05']);
    expect(body.inPassing.meetings?.[0].passages.map((passage) => passage.text)).toEqual([expect.stringContaining('spending on the harbour dredging stood at')]);
  });

  it('sends a first page a fraction of the whole history', async () => {
    const first = await topics('');
    const whole = await topics(`&limit=${MAX_TOPIC_MEETINGS}&passing=true`);
    expect(whole.body.meetings).toHaveLength(DREDGING_DISCUSSED);
    expect(whole.body.inPassing.meetings).toHaveLength(DREDGING_IN_PASSING);
    expect(first.bytes).toBeLessThan(whole.bytes * 0.85);
  });

  it.each([
    ['&limit=-1', 'limit', 'expected a whole number of meetings'],
    ['&limit=', 'limit', 'expected a whole number of meetings'],
    ['&offset=2.5', 'offset', 'expected a whole number of meetings'],
    [`&limit=${MAX_TOPIC_MEETINGS + 1}`, 'limit', `at most ${MAX_TOPIC_MEETINGS} meetings`],
    ['&limit=5&limit=10', 'limit', 'given more than once'],
    ['&passing=yes', 'passing', 'expected one of "0"|"1"|"true"|"false"'],
  ])('refuses %s, naming the field', async (query, field, message) => {
    const { status, body } = await topics(query);
    expect(status).toBe(400);
    const { error } = body as unknown as { error: { code: string; message: string; field: string } };
    expect(error).toEqual({ code: 'invalid_request', field, message: expect.stringContaining(message) });
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });
});

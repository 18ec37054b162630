// The HTTP API against a real index of corpus/: real SQLite, real HNSW, real HTTP on 127.0.0.1.
import { silentLogger } from '../../core/logger';
import { startServer, type RunningServer } from '../../server/start';
import type { ChatResponse, MeetingDetail, SearchResponse, TopicHistoryPage } from '../../server/api-types';
import { testConfig } from '../helpers/environment';

const ADMIN_KEY = 'test-admin-key-0123456789';
let server: RunningServer;

async function getJson<T>(path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: (await response.json()) as T };
}

async function search(query: string): Promise<SearchResponse> {
  const { status, body } = await getJson<SearchResponse>(`/api/search?${query}`);
  expect(status).toBe(200);
  return body;
}

async function chat(messages: { role: 'user' | 'assistant'; content: string }[]): Promise<ChatResponse> {
  const response = await fetch(`${server.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ChatResponse;
}

function upload(name: string, content: string, key?: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/plain' }), name);
  return fetch(`${server.url}/api/documents`, { method: 'POST', body: form, headers: key ? { 'x-api-key': key } : {} });
}

beforeAll(async () => {
  server = await startServer(testConfig({ ADMIN_API_KEY: ADMIN_KEY }, 'meaning'), silentLogger);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('health', () => {
  it('reports counts, what the minutes cover, the keyword backend and the embedding model in use', async () => {
    const { status, body } = await getJson<{
      counts: { meetings: number; chunks: number };
      coverage: { bodies: { name: string; meetings: number }[]; bodyCount: number; firstDate: string | null; lastDate: string | null };
      keyword: { backend: string; healthy: boolean };
      semantic: { available: boolean; model: string };
    }>('/api/health');
    expect(status).toBe(200);
    expect(body.counts.meetings).toBeGreaterThanOrEqual(8);
    expect(body.counts.chunks).toBeGreaterThan(300);
    // The sample minutes: the Panel's meetings and the Dartford committee's, March 2017 to October 2023.
    expect(body.coverage.bodyCount).toBe(2);
    expect(body.coverage.bodies[0]).toEqual({ name: 'Kent and Medway Police and Crime Panel', meetings: expect.any(Number) });
    expect(body.coverage.bodies.reduce((sum, entry) => sum + entry.meetings, 0)).toBeLessThanOrEqual(body.counts.meetings);
    expect([body.coverage.firstDate, body.coverage.lastDate]).toEqual(['2017-03-28', '2023-10-17']);
    expect(body.keyword.healthy).toBe(true);
    expect(body.semantic.available).toBe(true);
    expect(body.semantic.model).toBe(testConfig({}, 'meaning').embedding.model);
  });
});

describe('GET /api/search', () => {
  it('finds paragraphs by keyword with marked, escaped highlights and where they were said', async () => {
    const body = await search('q=cadet&mode=keyword');
    expect(body.total).toBeGreaterThan(3);
    const first = body.results[0];
    expect(first.highlight).toMatch(/<mark>cadets?<\/mark>/i);
    expect(first.meeting.body).toBeTruthy();
    expect(first.item.title).toBeTruthy();
    expect(first.ranks.keyword).toBe(1);
    expect(first.ranks.semantic).toBeNull();
    // No search by meaning ran, so no threshold of closeness in meaning is given.
    expect(body.closeSimilarity).toBeNull();
  });

  it('explains each hybrid result by its rank on both sides', async () => {
    const body = await search('q=keeping%20experienced%20officers%20from%20leaving%20the%20force&mode=hybrid&limit=10');
    expect(body.servedMode).toBe('hybrid');
    expect(body.results.some((result) => result.ranks.keyword !== null && result.ranks.semantic !== null)).toBe(true);
    const scores = body.results.map((result) => result.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('reports the semantic weight of each hybrid query, larger for a paraphrase than for the minutes’ own words', async () => {
    // Both words of this query are in the minutes together; only some words of the paraphrase are.
    const exact = await search('q=police%20cadets&mode=hybrid');
    const paraphrase = await search('q=keeping%20experienced%20officers%20from%20leaving%20the%20force&mode=hybrid');
    expect(exact.semanticWeight).not.toBeNull();
    expect(paraphrase.semanticWeight).toBeGreaterThan(exact.semanticWeight!);
    expect((await search('q=police&mode=keyword')).semanticWeight).toBeNull();
  });

  it('keeps an exact match on a rare name at the top of hybrid results', async () => {
    const body = await search('q=Amelix&mode=hybrid');
    expect(body.results[0].text).toContain('Amelix');
  });

  it('finds paraphrases in semantic mode', async () => {
    const body = await search('q=cameras%20in%20town%20centres&mode=semantic&limit=10');
    expect(body.results.some((result) => /CCTV/.test(result.text))).toBe(true);
    expect(body.results.every((result) => result.ranks.semantic !== null)).toBe(true);
  });

  it('filters by body and year on both sides of a hybrid search', async () => {
    const body = await search(
      `q=funding&mode=hybrid&limit=50&body=${encodeURIComponent('Kent and Medway Police and Crime Panel')}&year=2023`,
    );
    expect(body.results.length).toBeGreaterThan(0);
    for (const result of body.results) {
      expect(result.meeting.body).toBe('Kent and Medway Police and Crime Panel');
      expect(result.meeting.date?.slice(0, 4)).toBe('2023');
    }
  });

  it('filters by date range, speaker, decisions and meeting', async () => {
    const ranged = await search('q=Commissioner&from=2017-07-01&to=2017-12-31&limit=50');
    expect(ranged.results.length).toBeGreaterThan(0);
    for (const result of ranged.results) expect(result.meeting.date! >= '2017-07-01' && result.meeting.date! <= '2017-12-31').toBe(true);

    const spoken = await search(`q=funding&speaker=${encodeURIComponent('The Commissioner')}&limit=50`);
    expect(spoken.results.length).toBeGreaterThan(0);
    for (const result of spoken.results) expect(result.speaker).toBe('The Commissioner');

    const decisions = await search('q=minutes&decisions=true&limit=50');
    expect(decisions.results.length).toBeGreaterThan(0);
    for (const result of decisions.results) expect(result.decision).toBe(true);

    const meetingId = decisions.results[0].meeting.id;
    const inMeeting = await search(`q=minutes&meeting=${meetingId}&limit=50`);
    for (const result of inMeeting.results) expect(result.meeting.id).toBe(meetingId);
  });

  it('sorts by date and paginates without repeating results', async () => {
    const newest = await search('q=Commissioner&sort=newest&limit=20');
    const dates = newest.results.map((result) => result.meeting.date ?? '');
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort().reverse());
    // By words and meaning, newest first lists every passage holding the words before those found by meaning alone.
    const cadets = await search('q=police%20cadets&sort=newest&limit=50');
    const holding = cadets.results.map((result) => result.ranks.keyword !== null);
    expect(holding).toContain(false);
    expect(holding.indexOf(false)).toBeGreaterThan(0);
    expect(holding.slice(holding.indexOf(false))).not.toContain(true);
    const first = await search('q=Commissioner&limit=5&offset=0');
    const second = await search('q=Commissioner&limit=5&offset=5');
    const ids = new Set(first.results.map((result) => result.id));
    expect(second.results.some((result) => ids.has(result.id))).toBe(false);
  });

  it('returns facets with counts for body, year and speaker', async () => {
    const body = await search('q=Commissioner');
    expect(Object.values(body.facets.year).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(Object.keys(body.facets.body)).toContain('Kent and Medway Police and Crime Panel');
    expect(body.facets.speaker['The Commissioner']).toBeGreaterThan(0);
  });

  it('offers "did you mean" when a search finds little, and the suggested search finds what was meant', async () => {
    const misspelled = await search('q=crme%20cadt&mode=keyword');
    expect(misspelled.total).toBe(0);
    expect(misspelled.suggestion).toBe('crime cadet');
    const hybrid = await search('q=crme&mode=hybrid');
    expect(hybrid.suggestion).toBe('crime');
    const suggested = await search(`q=${encodeURIComponent(misspelled.suggestion!)}&mode=keyword`);
    expect(suggested.total).toBeGreaterThan(0);
    expect(suggested.suggestion).toBeNull();
  });

  it('offers no suggestion when the words were found, or only meaning was searched', async () => {
    expect((await search('q=polcie&mode=keyword')).suggestion).toBeNull();
    expect((await search('q=crme&mode=semantic')).suggestion).toBeNull();
  });

  it('rejects bad parameters with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['q=x&limit=1000', 'limit'],
      ['q=x&mode=magic', 'mode'],
      ['q=x&from=yesterday', 'from'],
      ['q=x&year=twenty', 'year.0'],
      [`q=${'a'.repeat(1001)}`, 'q'],
      ['q=x&from=2020-01-01&to=2019-01-01', 'from'],
      ['q=x&from=2023-02-31', 'from'],
      ['q=x&to=2023-13-01', 'to'],
      [`q=x&year=${Array.from({ length: 30 }, (_, n) => 1950 + n).join(',')}&year=${Array.from({ length: 30 }, (_, n) => 1980 + n).join(',')}`, 'year'],
      ['q[]=cadet', 'q[]'],
      ['q=cadet&q=precept', 'q'],
      ['q=x&limit=5&limit=6', 'limit'],
      ['q=x&from=2020-01-01&from=2021-01-01', 'from'],
    ]) {
      const { status, body } = await getJson<{ error: { code: string; field: string } }>(`/api/search?${query}`);
      expect(status).toBe(400);
      expect(body.error.field).toBe(field);
    }
  });

  it('answers unknown routes with a JSON 404', async () => {
    const { status, body } = await getJson<{ error: { code: string } }>('/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  it('serves many concurrent searches without errors', async () => {
    const queries = ['cadet', 'CCTV', 'mental health', 'precept', 'ASB', 'domestic abuse', 'retention', '101 calls'];
    const responses = await Promise.all(
      Array.from({ length: 48 }, (_, n) => fetch(`${server.url}/api/search?q=${encodeURIComponent(queries[n % queries.length])}`)),
    );
    expect(responses.map((response) => response.status)).toEqual(new Array(48).fill(200));
  });
});

describe('meetings and chunks', () => {
  it('opens a cited paragraph in its whole meeting', async () => {
    const hit = (await search('q=Youth%20Ambassador&mode=keyword')).results[0];
    const { status, body } = await getJson<{ meeting: { id: string; items: { id: string; paragraphs: { index: number; text: string }[] }[] } }>(
      `/api/meetings/${hit.meeting.id}`,
    );
    expect(status).toBe(200);
    const item = body.meeting.items.find((candidate) => candidate.id === hit.item.id)!;
    expect(item.paragraphs.find((paragraph) => paragraph.index === hit.paragraphIndex)?.text).toContain('Youth Ambassador');
    const chunk = await getJson<{ chunk: { id: string } }>(`/api/chunks/${hit.id}`);
    expect(chunk.body.chunk.id).toBe(hit.id);
  });

  it('marks the words of the search a meeting was opened from, as results mark them, and nothing else', async () => {
    const hit = (await search('q=cadet&mode=keyword')).results[0];
    const question = 'what did the Commissioner say about the cadets?';
    const { status, body } = await getJson<{ meeting: MeetingDetail }>(`/api/meetings/${hit.meeting.id}?q=${encodeURIComponent(question)}`);
    expect(status).toBe(200);
    const paragraphs = body.meeting.items.flatMap((item) => item.paragraphs);
    const marked = paragraphs.filter((paragraph) => paragraph.highlight !== undefined);
    expect(marked.length).toBeGreaterThan(0);
    const markedWords = new Set(marked.flatMap((paragraph) => [...paragraph.highlight!.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1].toLowerCase())));
    // "cadets" marks "cadet" (stems match); the question's stop words mark nothing.
    expect(markedWords).toContain('cadet');
    expect(markedWords).toContain('commissioner');
    for (const stopWord of ['what', 'did', 'the', 'about']) expect(markedWords).not.toContain(stopWord);
    const unescape = (html: string) =>
      html.replace(/<\/?mark>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!);
    for (const paragraph of marked) expect(unescape(paragraph.highlight!)).toBe(paragraph.text);
    // Paragraphs without the words carry only their text; opened without a search, none is marked.
    expect(paragraphs.filter((paragraph) => !/cadet|commissioner/i.test(paragraph.text)).every((paragraph) => paragraph.highlight === undefined)).toBe(true);
    const plain = await getJson<{ meeting: MeetingDetail }>(`/api/meetings/${hit.meeting.id}`);
    expect(plain.body.meeting.items.flatMap((item) => item.paragraphs).some((paragraph) => paragraph.highlight !== undefined)).toBe(false);
    const refused = await getJson<{ error: { field: string } }>(`/api/meetings/${hit.meeting.id}?q=${'x'.repeat(1001)}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('q');
  });

  it('lists meetings with filters', async () => {
    const { body } = await getJson<{ total: number; meetings: { date: string }[] }>('/api/meetings?year=2017');
    expect(body.total).toBeGreaterThanOrEqual(4);
    for (const meeting of body.meetings) expect(meeting.date.startsWith('2017')).toBe(true);
  });
});

describe('POST /api/chat', () => {
  it('answers with cited passages and follows up on the same topic', async () => {
    const first = await chat([{ role: 'user', content: 'What did the Commissioner say about the police cadet scheme?' }]);
    expect(first.citations.length).toBeGreaterThan(0);
    expect(first.answer).toMatch(/\[1\]/);
    for (const citation of first.citations) {
      expect(citation.meeting.id).toBeTruthy();
      expect(citation.item.id).toBeTruthy();
    }
    const followUp = await chat([
      { role: 'user', content: 'What did the Commissioner say about the police cadet scheme?' },
      { role: 'assistant', content: first.answer },
      { role: 'user', content: 'and in 2023?' },
    ]);
    expect(followUp.interpreted.filters.year).toEqual([2023]);
    expect(followUp.interpreted.query.toLowerCase()).toContain('cadet');
  });

  it('says when the speaker asked about said nothing on the topic, before quoting others on it', async () => {
    const others = await chat([{ role: 'user', content: 'What did Mrs Bolton say about drones?' }]);
    expect(others.answer).toMatch(/^I found nothing the minutes give to Elaine Bolton on “drones”; what they record on it:\n/);
    expect(others.citations.length).toBeGreaterThan(0);
    expect(others.citations.every((citation) => citation.speaker !== 'Elaine Bolton')).toBe(true);
    const own = await chat([{ role: 'user', content: 'What did the Commissioner say about CCTV?' }]);
    expect(own.answer).not.toMatch(/I found nothing/);
    expect(own.citations.some((citation) => citation.speaker === 'The Commissioner')).toBe(true);
  });

  it('says a person said nothing at the meeting asked about before, not that a subject is missing, and "at any time" lifts it', async () => {
    const conversation: { role: 'user' | 'assistant'; content: string }[] = [{ role: 'user', content: 'Who attended the meeting on 17 October 2023?' }];
    conversation.push({ role: 'assistant', content: (await chat(conversation)).answer }, { role: 'user', content: 'What did Mrs Bolton ask?' });
    const thatMeeting = await chat(conversation);
    expect(thatMeeting.answer).toBe('The minutes record nothing said by Elaine Bolton on 17 October 2023. Ask about another meeting, or add "at any time" to hear what they said at every meeting.');
    expect(thatMeeting.citations).toEqual([]);
    conversation.push({ role: 'assistant', content: thatMeeting.answer }, { role: 'user', content: 'What did Mrs Bolton ask at any time?' });
    const anyTime = await chat(conversation);
    expect(anyTime.answer).toMatch(/records what Elaine Bolton said/);
    expect(anyTime.citations.length).toBeGreaterThan(0);
  });

  it('answers a topic with a slip of the keys as if spelt right, and says how it read it', async () => {
    const respelt = await chat([{ role: 'user', content: 'When were the polise cadtes first raised?' }]);
    expect(respelt.answer).toMatch(/^Reading "polise cadtes" as "police cadets"\. /);
    expect(respelt.citations.length).toBeGreaterThan(0);
    expect(respelt.interpreted.query.toLowerCase()).toBe('police cadets');
  });

  it('leaves a word it does not hold alone when the nearest it holds is another word, and cites nothing', async () => {
    // The index suggests "finance" for "France", "planned closed" for "planet closest" and "care" for "cake": real
    // words, not typos (a word under five letters is one letter from many others).
    for (const question of ['What is the capital of France?', 'Which planet is closest to the sun?', 'What is the best recipe for police station cake?']) {
      const declined = await chat([{ role: 'user', content: question }]);
      expect(declined.citations).toEqual([]);
      expect(declined.answer).toMatch(/^I found nothing in the minutes/);
    }
  });

  it('rejects impossible dates in chat filters', async () => {
    const response = await fetch(`${server.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'cadets' }], filters: { from: '2023-02-31' } }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe('filters.from');
  });

  it('accepts the longest conversation the schema allows (50 messages of 2,000 characters) without a 413', async () => {
    const messages = Array.from({ length: 50 }, (_, n) => ({ role: n % 2 === 0 ? 'user' : 'assistant', content: `${'é"\n'.repeat(666)}ab` }));
    messages[49] = { role: 'user', content: `cadets ${'ü'.repeat(1993)}` };
    const response = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages }) });
    expect(response.status).toBe(200);
  });

  it('rejects a conversation that does not end with a user message', async () => {
    const response = await fetch(`${server.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'assistant', content: 'hello' }] }),
    });
    expect(response.status).toBe(400);
    const response2 = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' });
    expect(response2.status).toBe(400);
  });
});

describe('GET /api/topics', () => {
  const history = async (q: string) => (await getJson<TopicHistoryPage>(`/api/topics?q=${encodeURIComponent(q)}`)).body;
  const dates = (found: TopicHistoryPage) => found.meetings.map((entry) => entry.meeting.date);
  const quoted = (found: TopicHistoryPage) => found.meetings.flatMap((entry) => [...entry.passages, ...entry.decisions].map((passage) => passage.text));

  it('follows police cadets from the scheme\'s progress report in March 2017 through the meetings that came back to it', async () => {
    const cadets = await history('police cadets');
    expect(dates(cadets)).toEqual(['2017-03-28', '2017-07-20', '2017-11-15']);
    expect(cadets.firstMention?.meeting.date).toBe('2017-03-28');
    expect(quoted(cadets)).toEqual(expect.arrayContaining([expect.stringContaining('the cadet scheme would result in young people joining the Police Force')]));
    expect(cadets.meetings[1].passages.map((passage) => passage.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('establishment of the Volunteer Police Cadet Scheme')]),
    );
    expect(cadets.meetings[0].passages[0].link).toMatch(/^\/meetings\/[^#]+#.+-p\d+$/);
  });

  it('tells no story of a subject holding a word the minutes never use: passages holding its other words are not on it', async () => {
    const littering = await history('littering fines');
    expect(littering.firstMention).toBeNull();
    expect(littering.meetings).toEqual([]);
  });

  it('quotes the decision on the precept as its latest decision, though its meeting is undated', async () => {
    const precept = await history('the precept');
    expect(precept.latestDecision?.passage.text).toBe('RESOLVED that the Proposed Precept be approved unanimously.');
    expect(precept.undated).toBeGreaterThan(0);
    expect(precept.inPassing.count).toBeGreaterThan(0);
    expect(precept.firstMention?.meeting.date).toBe('2017-03-28');
  });

  it('finds CCTV funding first raised in the questions to the Commissioner of March 2017', async () => {
    const cctv = await history('CCTV funding');
    expect(dates(cctv)[0]).toBe('2017-03-28');
    expect(dates(cctv)).toEqual([...dates(cctv)].sort());
    expect(cctv.meetings[0].passages.map((passage) => passage.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('CCTV did provide a deterrent')]),
    );
  });

  it('takes traveller incursions to the Dartford committee\'s decision on unauthorised encampments', async () => {
    const travellers = await history('traveller incursions');
    expect(dates(travellers)).toEqual(['2017-07-26']);
    expect(travellers.latestDecision?.passage.text).toMatch(/^That Members note the report detailing .*Unauthorised \(Traveller\)/);
    expect(travellers.firstMention?.meeting.date).toBe('2017-07-20');
  });

  it('answers "what happened with …" in the chat from the history, citing the first mention and the decision', async () => {
    const answer = await chat([{ role: 'user', content: 'What happened with the police cadets?' }]);
    expect(answer.answer).toMatch(/^“police cadets” was first raised at the Kent and Medway Police and Crime Panel on 28 March 2017/);
    expect(answer.citations.map((citation) => citation.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^RESOLVED that the Police and Crime Panel note the PCC’s report on Kent Volunteer Police Cadets/)]),
    );
  });

  it('asks for a subject and names a wrong field', async () => {
    const missing = await getJson<{ error: { code: string; message: string } }>('/api/topics?q=%20');
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/q/);
    const unknown = await getJson<{ error: { code: string; message: string } }>('/api/topics?q=precept&sort=newest');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/sort/);
  });
});

describe('admin', () => {
  const hostile = [
    'Agenda and minutes',
    '',
    'Kent and Medway Police and Crime Panel',
    'Tuesday, 5th March, 2024 10.00 am',
    '',
    'No. Item',
    '',
    'Zebra crossings on Quarrywood Lane pdf icon PDF 98 KB',
    '',
    'Additional documents:',
    '',
    '1.    The Chairman said <script>alert("x")</script> and <img src=x onerror=alert(1)> about Quarrywood Lane.',
    '',
  ].join('\n');

  it('refuses uploads without the key, indexes them with it, and escapes markup in highlights', async () => {
    expect((await upload('hostile.txt', hostile)).status).toBe(401);
    expect((await upload('hostile.txt', hostile, 'wrong-key')).status).toBe(401);
    const accepted = await upload('hostile.txt', hostile, ADMIN_KEY);
    expect(accepted.status).toBe(201);
    const body = await search('q=Quarrywood&mode=keyword');
    expect(body.results).toHaveLength(1);
    expect(body.results[0].highlight).not.toContain('<script>');
    expect(body.results[0].highlight).toContain('&lt;script&gt;');
    expect(body.results[0].highlight).toContain('<mark>Quarrywood</mark>');

    const meetingId = body.results[0].meeting.id;
    const refused = await fetch(`${server.url}/api/meetings/${meetingId}`, { method: 'DELETE' });
    expect(refused.status).toBe(401);
    const deleted = await fetch(`${server.url}/api/meetings/${meetingId}`, { method: 'DELETE', headers: { 'x-api-key': ADMIN_KEY } });
    expect(deleted.status).toBe(200);
    expect((await search('q=Quarrywood&mode=keyword')).results).toHaveLength(0);
    // Semantic search still returns its nearest neighbours; none of them may be the deleted paragraph.
    expect((await search('q=Quarrywood&mode=hybrid')).results.some((result) => result.text.includes('Quarrywood'))).toBe(false);
  });

  it('rejects unsupported upload types with a clear error', async () => {
    const response = await upload('tool.exe', 'MZ', ADMIN_KEY);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unsupported_type');
  });
});

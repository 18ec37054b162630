/** @jest-environment ./test/vector/onnx-environment.ts */
// Hostile and random requests against the real server over the indexed corpus: random query strings and JSON
// bodies, oversized bodies, unicode edge cases, filter values that try to break out of a filter expression and
// path traversal in ids. Every answer is a 2xx or a clear JSON 4xx, never a 500, and the index is unchanged.
import { silentLogger } from '../../core/logger';
import { startServer, type RunningServer } from '../../server/start';
import type { SearchResponse } from '../../server/api-types';
import { MAX_CHAT_BODY_BYTES } from '../../server/validation';
import { testConfig } from '../helpers/environment';
import { seededRandom } from '../helpers/random';

const random = seededRandom(424242);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
let server: RunningServer;
let countsBefore: unknown;

const NASTY = [
  'a', 'Z', '0', ' ', '"', "'", '\\', '*', '(', ')', ':', '-', '+', '^', '~', '%', '&', '=', '?', '#', '/', '<', '>', '{', '}',
  '[', ']', ';', ',', '.', '|', '!', '\u0000', '\u0007', '\n', '\t', '\u200b', '\u200d', '\u202e', '\u2066', '\ufeff',
  '\ud83d\ude00', '\u0301', 'é', 'ß', 'ı', 'ﬁ', '中', 'ا', 'ש', '\ud800', '\udfff', 'AND', 'OR', 'NOT', 'NEAR', ' OR ',
];

function randomText(maxLength: number): string {
  return Array.from({ length: Math.floor(random() * maxLength) }, () => pick(NASTY)).join('');
}

/** Percent-encodes with lone surrogates kept as their (invalid) UTF-8 bytes, as a hostile client could send. */
function encodeLoosely(text: string): string {
  return [...text]
    .map((character) =>
      /^[A-Za-z0-9]$/.test(character)
        ? character
        : character.length === 1 && character.charCodeAt(0) >= 0xd800 && character.charCodeAt(0) <= 0xdfff
          ? `%ED%${(0xa0 + ((character.charCodeAt(0) >> 6) & 0x1f)).toString(16).toUpperCase()}%${(0x80 + (character.charCodeAt(0) & 0x3f)).toString(16).toUpperCase()}`
          : encodeURIComponent(character),
    )
    .join('');
}

function randomJson(depth: number): unknown {
  const kind = Math.floor(random() * (depth > 3 ? 5 : 7));
  if (kind === 0) return null;
  if (kind === 1) return random() < 0.5;
  if (kind === 2) return pick([0, -1, 1e308, -1e-308, 2 ** 53 + 1, 0.5]);
  if (kind === 3 || kind === 4) return randomText(30);
  if (kind === 5) return Array.from({ length: Math.floor(random() * 4) }, () => randomJson(depth + 1));
  const keys = ['messages', 'filters', 'role', 'content', 'body', 'year', 'from', '__proto__', 'constructor', randomText(5)];
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(keys), randomJson(depth + 1)]));
}

async function expectClearAnswer(response: Response): Promise<unknown> {
  const text = await response.text();
  expect(response.status).toBeLessThan(500);
  const body = JSON.parse(text) as { error?: { code: string; message: string } };
  if (response.status >= 400) {
    expect(typeof body.error?.code).toBe('string');
    expect(body.error?.message.length).toBeGreaterThan(0);
  }
  return body;
}

function postChat(body: string): Promise<Response> {
  return fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

async function health(): Promise<{ counts: unknown; keyword: { documents: number }; semantic: { vectors?: number } }> {
  return (await (await fetch(`${server.url}/api/health`)).json()) as never;
}

beforeAll(async () => {
  server = await startServer(testConfig({ RATE_LIMIT_PER_MINUTE: '100000' }), silentLogger);
  const before = await health();
  countsBefore = { counts: before.counts, keyword: before.keyword.documents, vectors: before.semantic.vectors };
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('GET /api/search with random query strings', () => {
  it('answers 200 or a clear 400 to random values of every parameter', async () => {
    const keys = ['q', 'mode', 'sort', 'limit', 'offset', 'body', 'from', 'to', 'year', 'speaker', 'decisions', 'meeting', 'document', 'kind'];
    for (let request = 0; request < 120; request += 1) {
      const parameters = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        const key = random() < 0.9 ? pick(keys) : encodeLoosely(randomText(6));
        const value = random() < 0.3 ? pick(['-1', '1e309', 'NaN', '0x10', '2017-02-30', '9999', 'true', '']) : randomText(40);
        return `${key}=${encodeLoosely(value)}`;
      });
      await expectClearAnswer(await fetch(`${server.url}/api/search?${parameters.join('&')}`));
    }
  });

  it('searches text full of unicode edge cases in every mode', async () => {
    const texts = ['\u202eCCTV\u202c', 'C\u200bC\u200bT\u200bV', 'ｃａｄｅｔ', 'cade\u0301t', '\ud800cadet', 'cadet\udfff', '\u0000', 'شرطة', '警察', '🚓🚨'];
    for (const text of texts) {
      for (const mode of ['keyword', 'semantic', 'hybrid']) {
        const response = await fetch(`${server.url}/api/search?q=${encodeLoosely(text)}&mode=${mode}`);
        expect(response.status).toBe(200);
        await expectClearAnswer(response);
      }
    }
  });

  it('treats query syntax as words: quotes, operators and brackets never cause an error', async () => {
    for (const q of ['"', '"unclosed', 'AND', 'OR OR', 'NOT', 'a NEAR/2 b', '(((', ')', '*', 'body:CCTV', '^cadet', 'cadet*', '-', '--', '""', "'; DROP TABLE chunks; --"]) {
      const response = await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}&mode=keyword`);
      expect(response.status).toBe(200);
    }
  });

  it('keeps filter values inside the filter: an injected OR does not widen the results', async () => {
    const injections = [
      'x" OR body != "y',
      "x' OR body != 'y",
      'x" OR 1=1 OR body = "',
      'x\\" OR body EXISTS OR body = \\"',
      'Kent and Medway Police and Crime Panel" OR year > 0 OR body = "',
    ];
    for (const injection of injections) {
      for (const field of ['body', 'speaker']) {
        for (const mode of ['keyword', 'hybrid', 'semantic']) {
          const response = await fetch(`${server.url}/api/search?q=funding&mode=${mode}&${field}=${encodeURIComponent(injection)}`);
          expect(response.status).toBe(200);
          const body = (await response.json()) as SearchResponse;
          expect(body.results).toEqual([]);
        }
      }
      const meetings = await fetch(`${server.url}/api/meetings?body=${encodeURIComponent(injection)}`);
      expect(((await meetings.json()) as { total: number }).total).toBe(0);
    }
  });
});

describe('POST /api/chat with random bodies', () => {
  it('answers 200 or a clear 400 to random JSON values', async () => {
    for (let request = 0; request < 80; request += 1) {
      await expectClearAnswer(await postChat(JSON.stringify(randomJson(0))));
    }
  });

  it('answers 200 or a clear 400 to well-shaped conversations with random content and filters', async () => {
    for (let request = 0; request < 40; request += 1) {
      const count = 1 + Math.floor(random() * 3);
      const messages = Array.from({ length: count }, (_, position) => ({
        role: position === count - 1 ? 'user' : pick(['user', 'assistant']),
        content: randomText(80),
      }));
      const filters = random() < 0.5 ? { body: [randomText(20)], year: [pick([2017, 1800, 2200, 3000])] } : undefined;
      await expectClearAnswer(await postChat(JSON.stringify({ messages, filters })));
    }
  });

  it('rejects malformed JSON, deep nesting and the wrong content type with a 4xx', async () => {
    for (const body of ['{', '{"messages": [', '[]', '"text"', 'null', '{"messages": "hi"}', '['.repeat(5000) + ']'.repeat(5000), '\ud800']) {
      const response = await postChat(body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      await expectClearAnswer(response);
    }
    const form = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'messages' });
    expect(form.status).toBe(400);
  });

  it('refuses a body larger than any valid conversation with 413', async () => {
    const response = await postChat(JSON.stringify({ messages: [{ role: 'user', content: 'x'.repeat(MAX_CHAT_BODY_BYTES) }] }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });
});

describe('ids that try to leave their folder', () => {
  it.each(['../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '....//....//etc/passwd', '..\\..\\windows\\win.ini', '%00', 'a'.repeat(300)])(
    'answers meetings and chunks with id %s by a 4xx without touching files',
    async (id) => {
      for (const route of ['meetings', 'chunks']) {
        const response = await fetch(`${server.url}/api/${route}/${id.includes('%') ? id : encodeURIComponent(id)}`);
        expect([400, 404]).toContain(response.status);
        const text = await response.text();
        expect(text).not.toContain('root:');
        expect(JSON.parse(text)).toHaveProperty('error.code');
      }
    },
  );

  it('never serves a file from outside the page folder', async () => {
    for (const attempt of ['/..%2f..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/static/..%5c..%5cpackage.json', '/..%2fpackage.json']) {
      const response = await fetch(`${server.url}${attempt}`);
      expect(response.status).toBeLessThan(500);
      const text = await response.text();
      expect(text).not.toContain('root:');
      expect(text).not.toContain('"devDependencies"');
    }
  });
});

describe('afterwards', () => {
  it('leaves the indexed data as it was', async () => {
    const after = await health();
    expect({ counts: after.counts, keyword: after.keyword.documents, vectors: after.semantic.vectors }).toEqual(countsBefore);
  });
});

/** @jest-environment ./test/vector/onnx-environment.ts */
// Hostile and random requests to the admin API on a real server with the key: random multipart bodies (cut short,
// without a boundary, with odd headers), random file names and bytes under every supported extension, other content
// types, and random meeting ids to delete. Every answer is a 2xx or a JSON 4xx/507 with a code, never a 500.
// A longer run for docs/RELIABILITY.md: ADMIN_FUZZ_SEED=<n> ADMIN_FUZZ_ROUNDS=<n> npx jest test/reliability/admin-fuzz
// (each round repeats the random requests with the generator running on; the statuses are printed at the end).
import { silentLogger } from '../../core/logger';
import { supportedExtensions } from '../../indexer/readers';
import { startServer, type RunningServer } from '../../server/start';
import { testConfig } from '../helpers/environment';
import { seededRandom } from '../helpers/random';

const ADMIN_KEY = 'admin-fuzz-key-2e77b1';
const SEED = Number(process.env.ADMIN_FUZZ_SEED ?? 171717);
const ROUNDS = Math.max(1, Number(process.env.ADMIN_FUZZ_ROUNDS ?? 1));
const random = seededRandom(SEED);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
const EXTENSIONS = [...supportedExtensions(), '', '.exe', '.TXT', '.txt.', '.meta.json'];
const NAME_PARTS = ['minutes', '..', '/', '\\', '\u0000', 'ü', '名前', ' ', '.', '%00', '"', "'", ';', '\u202e', 'a'.repeat(300), 'CON', '-'];
let server: RunningServer;
const statuses = new Map<number, number>();

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

function randomName(): string {
  return Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(NAME_PARTS)).join('') + pick(EXTENSIONS);
}

async function expectNoServerError(response: Response): Promise<void> {
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const text = await response.text();
  expect(response.status).not.toBe(500);
  if (response.status >= 400) expect(typeof (JSON.parse(text) as { error: { code: string } }).error.code).toBe('string');
}

let sent = 0;
/**
 * The key, and a client address forwarded by a trusted proxy: a new one every 50 requests keeps each under the admin
 * limit of 60 a minute, so every request reaches the handlers instead of a 429.
 */
function adminHeaders(): Record<string, string> {
  const client = Math.floor(sent++ / 50);
  return { 'x-api-key': ADMIN_KEY, 'x-forwarded-for': `10.77.${Math.floor(client / 256) % 256}.${client % 256}` };
}

function post(body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/api/documents`, { method: 'POST', body, headers: { ...adminHeaders(), ...headers } });
}

beforeAll(async () => {
  server = await startServer(testConfig({ ADMIN_API_KEY: ADMIN_KEY, MAX_UPLOAD_BYTES: '200000', TRUST_PROXY: 'loopback' }), silentLogger);
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (process.env.ADMIN_FUZZ_SEED) {
    const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(', ');
    process.stdout.write(`admin fuzz, seed ${SEED}, ${ROUNDS} rounds: ${total} answers (${byStatus})\n`);
  }
});

it('answers well-formed uploads of random names and bytes without a 500', async () => {
  for (let request = 0; request < 60 * ROUNDS; request += 1) {
    const form = new FormData();
    const bytes: Uint8Array<ArrayBuffer> = random() < 0.3 ? new Uint8Array(new TextEncoder().encode(`Minutes\n\n${'word '.repeat(Math.floor(random() * 500))}`)) : randomBytes(Math.floor(random() * 4000));
    form.append(random() < 0.9 ? 'file' : 'other', new Blob([bytes]), randomName());
    if (random() < 0.2) form.append('extra', 'field');
    await expectNoServerError(await post(form));
  }
}, 60_000 * ROUNDS);

it('answers broken multipart bodies and other content types with a 4xx', async () => {
  const boundary = 'fuzz-boundary';
  const part = (name: string, content: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${content}`;
  const bodies: [string, string][] = [
    [`multipart/form-data; boundary=${boundary}`, part('cut.txt', 'half')],
    [`multipart/form-data; boundary=${boundary}`, `${part('ok.txt', 'x')}\r\n--${boundary}`],
    [`multipart/form-data; boundary=${boundary}`, `--${boundary}\r\nContent-Disposition: garbage\r\n\r\nx\r\n--${boundary}--`],
    [`multipart/form-data; boundary=${boundary}`, `--${boundary}\r\n\r\n\r\n--${boundary}--`],
    [`multipart/form-data; boundary=${boundary}`, ''],
    ['multipart/form-data', part('a.txt', 'x')],
    ['multipart/form-data; boundary=', part('a.txt', 'x')],
    ['multipart/mixed; boundary=x', 'x'],
    ['application/json', '{"file": "minutes"}'],
    ['application/json', '{'],
    ['text/plain', 'minutes'],
    ['application/x-www-form-urlencoded', 'file=minutes'],
  ];
  for (const [contentType, body] of bodies) {
    const response = await post(body, { 'content-type': contentType });
    expect(response.status).toBeGreaterThanOrEqual(400);
    await expectNoServerError(response);
  }
  for (let request = 0; request < 30 * ROUNDS; request += 1) {
    const text = part(randomName(), String.fromCharCode(...randomBytes(200)));
    await expectNoServerError(await post(text.slice(0, Math.floor(random() * text.length)), { 'content-type': `multipart/form-data; boundary=${boundary}` }));
  }
}, 60_000 * ROUNDS);

it('answers deletions of random ids with a 2xx or 4xx', async () => {
  const ids = ['x', '..', '%2e%2e', 'a'.repeat(500), '%00', "'; DROP TABLE meetings; --", '名前', ''];
  for (const id of ids) await expectNoServerError(await fetch(`${server.url}/api/meetings/${encodeURIComponent(id)}`, { method: 'DELETE', headers: adminHeaders() }));
  const meetings = ((await (await fetch(`${server.url}/api/meetings?limit=100`)).json()) as { meetings: { id: string }[] }).meetings;
  for (const meeting of meetings.slice(0, 3)) {
    const [first, second] = await Promise.all([0, 1].map(() => fetch(`${server.url}/api/meetings/${meeting.id}`, { method: 'DELETE', headers: adminHeaders() })));
    await expectNoServerError(first);
    await expectNoServerError(second);
  }
  expect(statuses.get(500)).toBeUndefined();
  expect(statuses.get(429)).toBeUndefined();
});

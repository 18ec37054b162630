/** @jest-environment ./test/vector/onnx-environment.ts */
// Security facts of the running server: admin routes off without ADMIN_API_KEY and refused without the key,
// uploads limited in size and type and kept inside the data folder whatever their name, security headers on
// every answer, CORS off by default and rate limits answered with a JSON 429.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../core/logger';
import { keyMatches } from '../../server/admin';
import { startServer, type RunningServer } from '../../server/start';
import { CORPUS_DIR, testConfig } from '../helpers/environment';

const ADMIN_KEY = 'security-test-key-5f0c1e';
const MINUTES = fs.readFileSync(path.join(CORPUS_DIR, 'kent-medway-pcp-item-opportunities-for-the-future.txt'), 'utf8');
const servers: RunningServer[] = [];
let open: RunningServer;
let admin: RunningServer & { dataDir: string };
let limited: RunningServer;
let proxied: RunningServer;

async function start(overrides: Record<string, string>): Promise<RunningServer & { dataDir: string }> {
  const config = testConfig(overrides);
  const server = await startServer(config, silentLogger);
  servers.push(server);
  return { ...server, dataDir: config.dataDir };
}

function upload(server: RunningServer, name: string, content: string | Buffer, headers: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  return fetch(`${server.url}/api/documents`, { method: 'POST', body: form, headers });
}

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

beforeAll(async () => {
  [open, admin, limited] = await Promise.all([
    start({}),
    start({ ADMIN_API_KEY: ADMIN_KEY, MAX_UPLOAD_BYTES: '65536' }),
    start({ RATE_LIMIT_PER_MINUTE: '3' }),
  ]);
  proxied = await start({ RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1' });
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe('admin routes', () => {
  it('are disabled with 403 while ADMIN_API_KEY is unset, even with a key', async () => {
    const uploaded = await upload(open, 'minutes.txt', MINUTES, { 'x-api-key': 'anything' });
    expect(uploaded.status).toBe(403);
    expect(await errorCode(uploaded)).toBe('disabled');
    const deleted = await fetch(`${open.url}/api/meetings/some-meeting`, { method: 'DELETE', headers: { 'x-api-key': 'anything' } });
    expect(deleted.status).toBe(403);
  });

  it('refuse a missing, wrong, longer, shorter or empty key with 401', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-api-key': 'wrong' }, { 'x-api-key': `${ADMIN_KEY}x` }, { 'x-api-key': ADMIN_KEY.slice(0, -1) }, { authorization: 'Bearer ' }, { authorization: `Basic ${ADMIN_KEY}` }];
    for (const headers of attempts) {
      const response = await fetch(`${admin.url}/api/meetings/some-meeting`, { method: 'DELETE', headers });
      expect(response.status).toBe(401);
      expect(await errorCode(response)).toBe('unauthorized');
    }
  });

  it('accept the key in x-api-key or as a bearer token', async () => {
    const accepted: Record<string, string>[] = [{ 'x-api-key': ADMIN_KEY }, { authorization: `Bearer ${ADMIN_KEY}` }];
    for (const headers of accepted) {
      const response = await fetch(`${admin.url}/api/meetings/no-such-meeting`, { method: 'DELETE', headers });
      expect(response.status).toBe(404);
    }
  });

  it('compare keys by digest, so keys of any length are compared without throwing', () => {
    expect(keyMatches(ADMIN_KEY, ADMIN_KEY)).toBe(true);
    expect(keyMatches('', ADMIN_KEY)).toBe(false);
    expect(keyMatches('x'.repeat(10_000), ADMIN_KEY)).toBe(false);
    expect(keyMatches(undefined, ADMIN_KEY)).toBe(false);
  });
});

describe('uploads', () => {
  const key = { 'x-api-key': ADMIN_KEY };

  it('refuse a file over MAX_UPLOAD_BYTES with 413', async () => {
    const response = await upload(admin, 'big.txt', MINUTES.repeat(20), key);
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe('payload_too_large');
  });

  it('refuse unsupported types and binary content with 400', async () => {
    for (const [name, content, code] of [
      ['tool.exe', 'MZ', 'unsupported_type'],
      ['no-extension', Buffer.from([0x4d, 0x5a, 0x00, 0x01]), 'unsupported_type'],
      ['page.svg', '<svg onload="alert(1)"/>', 'unsupported_type'],
      ['binary.txt', Buffer.from([0, 1, 2, 3, 0, 255]), 'binary_file'],
      ['fake.pdf', 'not a pdf at all', 'unreadable_file'],
    ] as const) {
      const response = await upload(admin, name, content, key);
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe(code);
    }
  });

  it('store a file whose name climbs out of the folder inside the data folder only', async () => {
    const marker = `minutes-search-escape-${process.pid}`;
    const names = [`../../../../../../tmp/${marker}.txt`, `..\\..\\..\\${marker}.txt`, `/tmp/${marker}-absolute.txt`];
    for (const [position, name] of names.entries()) {
      const response = await upload(admin, name, MINUTES.replace('Opportunities', `Opportunities ${marker} ${position}`), key);
      expect(response.status).toBe(201);
    }
    const outside = fs.readdirSync(os.tmpdir()).filter((file) => file.startsWith(marker));
    expect(outside).toEqual([]);
    // One folder per content, holding the file under the last segment of its name, never hidden or climbing out.
    const uploads = path.join(admin.dataDir, 'uploads');
    const folders = fs.readdirSync(uploads);
    expect(folders).toHaveLength(names.length);
    for (const folder of folders) {
      expect(folder).toMatch(/^[0-9a-f]{32}$/);
      expect(fs.readdirSync(path.join(uploads, folder))).toEqual([expect.stringMatching(new RegExp(`^${marker}(-absolute)?\\.txt$`))]);
    }
  });

  it('index minutes uploaded with no extension (a download that lost it) as text', async () => {
    const response = await upload(admin, 'Minutes 28.03.2017', MINUTES.replace('Opportunities', 'Opportunities (no extension)'), key);
    expect(response.status).toBe(201);
    expect(((await response.json()) as { meetings: unknown[] }).meetings).not.toHaveLength(0);
  });
});

describe('headers', () => {
  it.each(['/api/health', '/api/search?q=cadet', '/api/nothing', '/'])('sends security headers and no X-Powered-By on %s', async (route) => {
    const response = await fetch(`${open.url}${route}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBeTruthy();
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('lets any origin call the API with CORS_ORIGINS=*', async () => {
    const anyOrigin = await start({ CORS_ORIGINS: '*' });
    const response = await fetch(`${anyOrigin.url}/api/search?q=cadet`, { headers: { origin: 'https://elsewhere.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('sends no CORS permission to another origin by default', async () => {
    const response = await fetch(`${open.url}/api/search?q=cadet`, { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

it('answers searches over the rate limit with a JSON 429', async () => {
  const statuses: number[] = [];
  for (let request = 0; request < 5; request += 1) statuses.push((await fetch(`${limited.url}/api/search?q=cadet`)).status);
  expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
  const refused = await fetch(`${limited.url}/api/search?q=cadet`);
  expect(refused.status).toBe(429);
  expect(await errorCode(refused)).toBe('rate_limited');
});

describe('behind a proxy (TRUST_PROXY)', () => {
  const searchFrom = (server: RunningServer, client: string) =>
    fetch(`${server.url}/api/search?q=cadet`, { headers: { 'x-forwarded-for': client } }).then((response) => response.status);

  it('gives each forwarded client its own rate-limit bucket', async () => {
    const first = [];
    for (let request = 0; request < 4; request += 1) first.push(await searchFrom(proxied, '203.0.113.7'));
    expect(first).toEqual([200, 200, 200, 429]);
    expect(await searchFrom(proxied, '198.51.100.23')).toBe(200);
  });

  it('ignores X-Forwarded-For while unset, so a client cannot escape its bucket by inventing addresses', async () => {
    const statuses = [];
    for (let request = 0; request < 4; request += 1) statuses.push(await searchFrom(limited, `192.0.2.${request + 1}`));
    expect(statuses.at(-1)).toBe(429);
  });
});

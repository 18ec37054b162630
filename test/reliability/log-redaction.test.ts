/** @jest-environment ./test/vector/onnx-environment.ts */
// Secrets never reach the log: every request line pino-http writes (headers included) is searched for the admin key,
// a wrong key and a bearer token, sent to public and admin routes, accepted and refused; and for alert tokens in links.
import { Writable } from 'node:stream';
import { createLogger } from '../../core/logger';
import { startServer, type RunningServer } from '../../server/start';
import { testConfig } from '../helpers/environment';

const ADMIN_KEY = 'log-redaction-admin-key-7c1d9e';
const WRONG_KEY = 'log-redaction-wrong-key-44b2a0';
const lines: string[] = [];
let server: RunningServer;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  server = await startServer(testConfig({ ADMIN_API_KEY: ADMIN_KEY, LOG_LEVEL: 'info' }), createLogger('info', sink));
}, 120_000);

afterAll(async () => {
  await server?.close();
});

it('logs each request with its headers but never an API key or bearer token, right or wrong', async () => {
  const attempts: Record<string, string>[] = [
    { 'x-api-key': ADMIN_KEY },
    { 'x-api-key': WRONG_KEY },
    { authorization: `Bearer ${ADMIN_KEY}` },
    { authorization: `Bearer ${WRONG_KEY}` },
  ];
  for (const headers of attempts) {
    await fetch(`${server.url}/api/meetings/no-such-meeting`, { method: 'DELETE', headers });
    await fetch(`${server.url}/api/search?q=cadet`, { headers });
  }
  const requestLines = lines.filter((line) => line.includes('"req":'));
  expect(requestLines.length).toBeGreaterThanOrEqual(attempts.length * 2);
  expect(requestLines.some((line) => line.includes('[redacted]'))).toBe(true);
  const log = lines.join('\n');
  expect(log).not.toContain(ADMIN_KEY);
  expect(log).not.toContain(WRONG_KEY);
});

it('logs the links of alert emails without their tokens', async () => {
  const token = 'Q2hhcmxlcy1EYXJ3aW4tT3JpZ2luLW9mLVNwZWNpZXMx';
  await fetch(`${server.url}/api/alerts/confirm?token=${token}`);
  await fetch(`${server.url}/api/alerts/unsubscribe?all=1&token=${token}`, { method: 'POST' });
  const requestLines = lines.filter((line) => line.includes('/api/alerts/'));
  expect(requestLines.length).toBeGreaterThanOrEqual(2);
  expect(requestLines.join('\n')).toContain('token=[redacted]');
  expect(lines.join('\n')).not.toContain(token);
});

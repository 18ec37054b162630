/** @jest-environment ./test/vector/onnx-environment.ts */
// The page served over plain http on a LAN name (not loopback, which browsers trust as secure): it must load and
// search. With `upgrade-insecure-requests` in the CSP, Chromium fetched the scripts over https and showed a blank page.
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { buildClient, makeCorpus, startTestServer, type TestServer } from './harness';

const LAN_NAME = 'minutes.council.lan';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await buildClient();
  server = await startTestServer(await makeCorpus({}));
  // The LAN name resolves to this machine inside Chromium only: nothing leaves 127.0.0.1.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP ${LAN_NAME} 127.0.0.1`],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('loads and searches over plain http on a non-loopback host name', async () => {
  const port = new URL(server.url).port;
  const page = await browser.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  const response = await page.goto(`http://${LAN_NAME}:${port}/`);
  await page.fill('#search-input', 'CCTV');
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('.result', { timeout: 15_000 });
  expect(failed).toEqual([]);
  expect(response?.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
});

it('keeps the upgrade when the site is served over https', async () => {
  const https = await startTestServer(await makeCorpus({}), { SERVED_OVER_HTTPS: 'true' });
  try {
    const response = await fetch(`${https.url}/`);
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  } finally {
    await https.close();
  }
});

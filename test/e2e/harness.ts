// Real parts for the browser tests: the page built by Vite, the real server over a temp data folder
// with the sample corpus indexed, and Debian's Chromium driven by playwright-core.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../core/config';
import { silentLogger } from '../../core/logger';
import { startServer, type RunningServer } from '../../server/start';
import { CORPUS_DIR, modelEnvironment, REPO_ROOT } from '../helpers/environment';
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-artifacts', 'screenshots');

/**
 * Builds client/ into client/dist. Vite's Node API is ESM-only and jest loads modules as CommonJS,
 * so the build runs in a child Node process that calls `build()` from that API.
 */
export async function buildClient(): Promise<void> {
  const script = `import('vite').then(({ build }) => build({ configFile: ${JSON.stringify(path.join(REPO_ROOT, 'client/vite.config.mts'))}, logLevel: 'warn' }))`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT });
}

/** A corpus folder: the sample minutes plus extra files the test writes. */
export async function makeCorpus(extraFiles: Record<string, string>): Promise<string> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'minutes-e2e-corpus-'));
  for (const file of await fs.readdir(CORPUS_DIR)) {
    if (file.endsWith('.txt') || file.endsWith('.meta.json')) await fs.copyFile(path.join(CORPUS_DIR, file), path.join(folder, file));
  }
  for (const [file, text] of Object.entries(extraFiles)) await fs.writeFile(path.join(folder, file), text);
  return folder;
}

export interface TestServer extends RunningServer {
  dataDir: string;
}

/** `settings` override the environment the server is configured from (e.g. a missing EMBEDDING_MODEL). */
export async function startTestServer(corpusDir: string, settings: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'minutes-e2e-data-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    CORPUS_DIR: corpusDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...modelEnvironment(),
    ...settings,
  });
  const server = await startServer(config, silentLogger);
  return {
    url: server.url,
    dataDir,
    close: async () => {
      await server.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** What a test file's browser tests share: one server over `corpusDir`, one browser; a fresh context and page per test. */
export interface BrowserSession {
  corpusDir: string;
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page during the test: any fails it. */
  pageErrors: string[];
}

/**
 * Registers the jest hooks of a file of browser tests: the client built, the server started over the corpus `corpus()`
 * makes (removed afterwards), Chromium launched, and for each test a 1366 × 900 page that accepts downloads. The
 * session's fields are set once the hooks have run.
 */
export function useBrowserSession(corpus: () => Promise<string>): BrowserSession {
  const session = { pageErrors: [] as string[] } as BrowserSession;
  beforeAll(async () => {
    await buildClient();
    session.corpusDir = await corpus();
    [session.server, session.browser] = await Promise.all([startTestServer(session.corpusDir), launchBrowser()]);
    await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
    if (session.corpusDir) await fs.rm(session.corpusDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    session.context = await session.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    session.page = await session.context.newPage();
    session.pageErrors = [];
    session.page.on('pageerror', (error) => session.pageErrors.push(error.message));
  });
  afterEach(async () => {
    await session.context.close();
    expect(session.pageErrors).toEqual([]);
  });
  return session;
}

/** The JSON the server at `server` answers for a GET. */
export async function apiJson<T>(server: TestServer, pathAndQuery: string): Promise<T> {
  const response = await fetch(server.url + pathAndQuery);
  return (await response.json()) as T;
}

/** Waits until no search is in flight and (given a query) the status line names it. */
export async function searchSettled(page: Page, query?: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const status = document.getElementById('result-status')?.textContent ?? '';
      return !document.querySelector('#results[aria-busy]') && !status.startsWith('Searching') && (!expected || status.includes(`“${expected}”`));
    },
    query,
  );
}

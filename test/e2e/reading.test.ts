/** @jest-environment ./test/vector/onnx-environment.ts */
// What a newcomer reads after a search or an answer, in real headless Chromium against the real server with the sample
// corpus: the paragraph a link opens, on a phone as on a desktop.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { anchorOf } from '../../core/links';
import type { SearchResponse } from '../../server/api-types';
import { buildClient, launchBrowser, makeCorpus, SCREENSHOT_DIR, startTestServer, type TestServer } from './harness';

let corpusDir: string;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  await buildClient();
  corpusDir = await makeCorpus({});
  [server, browser] = await Promise.all([startTestServer(corpusDir), launchBrowser()]);
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (corpusDir) await fs.rm(corpusDir, { recursive: true, force: true });
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

async function api<T>(pathAndQuery: string): Promise<T> {
  const response = await fetch(server.url + pathAndQuery);
  return (await response.json()) as T;
}

/** Where the sticky bar and item heading end, and where the marked paragraph and its first line begin. */
function targetPlacement(target: Page) {
  return target.evaluate(() => {
    const marked = document.querySelector('.is-target') as HTMLElement;
    const heading = marked.closest('.meeting-item')?.querySelector('h3') as HTMLElement;
    const bar = document.querySelector('.meeting-bar') as HTMLElement;
    const firstLine = (marked.querySelector('.paragraph-body') as HTMLElement).getBoundingClientRect().top;
    return {
      stickyBottom: Math.max(bar.getBoundingClientRect().bottom, heading.getBoundingClientRect().bottom),
      top: marked.getBoundingClientRect().top,
      firstLine,
      viewport: window.innerHeight,
    };
  });
}

describe('a paragraph opened from a link', () => {
  it('on a phone, starts a paragraph taller than the screen just below the sticky headings, its number and speaker in view', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    // Mrs Bolton's long written question: taller than a phone's screen.
    const { results } = await api<SearchResponse>('/api/search?q=' + encodeURIComponent('Performance and Delivery Board engage the public') + '&mode=keyword&speaker=Elaine+Bolton&limit=1');
    const [question] = results;
    expect(question.speaker).toBe('Elaine Bolton');
    await page.goto(`${server.url}/meetings/${question.meeting.id}#${anchorOf(question.item.id, question.paragraphIndex)}`);
    await page.waitForSelector('.is-target');
    const placed = await targetPlacement(page);
    expect(placed.top).toBeGreaterThanOrEqual(placed.stickyBottom - 1);
    expect(placed.top).toBeLessThan(placed.viewport / 2);
    expect(await page.locator('.is-target .result-meta').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-long-paragraph-opened.png') });
  });

  it('centres a paragraph that fits, below the sticky headings', async () => {
    const { results } = await api<SearchResponse>('/api/search?q=cadet&mode=keyword&limit=5');
    const short = results.find((result) => result.kind === 'paragraph' && (result.paragraphIndex ?? 0) >= 3 && result.text.length < 300);
    expect(short).toBeDefined();
    await page.goto(`${server.url}/meetings/${short!.meeting.id}#${anchorOf(short!.item.id, short!.paragraphIndex)}`);
    await page.waitForSelector('.is-target');
    const placed = await targetPlacement(page);
    expect(placed.top).toBeGreaterThanOrEqual(placed.stickyBottom - 1);
    expect(placed.firstLine).toBeGreaterThan(placed.viewport / 4);
  });
});

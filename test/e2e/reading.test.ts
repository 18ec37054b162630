/** @jest-environment ./test/vector/onnx-environment.ts */
// What a newcomer reads after a search or an answer, in real headless Chromium against the real server with the sample
// corpus: the paragraph a link opens, on a phone as on a desktop; where Back leaves the focus; what a filtered search
// that finds nothing says.
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

describe('back from a chat answer\'s source', () => {
  it.each([
    ['the opening page', '/', 'a.citation'],
    ['a search', '/?q=precept', '.chat-sources a'],
  ])('puts the focus back on the source followed, from %s, so a keyboard user reads on where they were', async (_view, address, selector) => {
    await page.goto(server.url + address);
    await page.fill('#chat-input', 'What was decided about the precept?');
    await page.press('#chat-input', 'Enter');
    await page.waitForSelector('.chat-turn .chat-answer');
    await page.locator('.chat-sources summary').click();
    const source = page.locator(selector).first();
    const href = await source.getAttribute('href');
    await source.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.is-target');
    await page.goBack();
    await page.waitForFunction(() => document.body.dataset.view === 'search');
    await page.waitForFunction((expected) => document.activeElement?.getAttribute('href') === expected, href);
    expect(await page.evaluate(() => document.activeElement?.closest('#chat') !== null)).toBe(true);
    expect(await page.locator(selector).first().isVisible()).toBe(true);
  });

  it('leaves the focus in the search box when words typed over the meeting bring the results back', async () => {
    await page.goto(server.url + '/');
    await page.fill('#chat-input', 'What was decided about the precept?');
    await page.press('#chat-input', 'Enter');
    await page.waitForSelector('.chat-turn .chat-answer');
    await page.locator('a.citation').first().click();
    await page.waitForSelector('.is-target');
    await page.goBack();
    await page.waitForFunction(() => document.body.dataset.view === 'search');
    await page.locator('a.citation').first().click();
    await page.waitForSelector('.is-target');
    await page.click('#search-input');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('cadets');
    await page.waitForFunction(() => document.body.dataset.view === 'search' && (document.getElementById('result-status')?.textContent ?? '').includes('“cadets”'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });
});

describe('a filtered search that finds nothing', () => {
  async function noResults(address: string): Promise<string> {
    await page.goto(server.url + address);
    await page.waitForSelector('.state-none');
    return page.locator('.state-none').innerText();
  }

  it('says how many results the words find without the filters, and removes them on request', async () => {
    const { total } = await api<SearchResponse>('/api/search?q=precept&limit=1');
    expect(total).toBeGreaterThan(0);
    const said = await noResults('/?q=precept&speaker=Members&from=2017-09-01');
    expect(said).toContain(`Remove the filters: ${total} results without them.`);
    await page.getByRole('button', { name: 'Remove the filters' }).click();
    await page.waitForFunction((expected) => (document.getElementById('result-status')?.textContent ?? '').startsWith(`${expected} results for “precept”`), total);
    expect(new URL(page.url()).search).toBe('?q=precept');
  });

  it('does not offer to remove filters when the words find nothing without them either', async () => {
    const said = await noResults('/?q=zzyzxq&from=2017-09-01');
    expect(said).toContain('The filters are not the reason: nothing matches these words without them either.');
    expect(await page.getByRole('button', { name: 'Remove the filters' }).count()).toBe(0);
  });
});

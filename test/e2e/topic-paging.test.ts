/** @jest-environment ./test/vector/onnx-environment.ts */
// The topic history of a subject discussed at more meetings than one page holds, in real headless Chromium against the
// real server: "Show more meetings" with the keyboard alone, the in-passing meetings read when their fold opens, an
// export that still holds the whole history, and a phone's width. Minutes from test/helpers/dredging-minutes.ts plus
// one whose text is markup, which must stay text.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TopicHistoryPage, TopicHistoryResponse } from '../../server/api-types';
import { DEFAULT_TOPIC_MEETINGS, MAX_TOPIC_MEETINGS } from '../../server/topics/page';
import { DREDGING_DISCUSSED, DREDGING_IN_PASSING, dredgingMinutes } from '../helpers/dredging-minutes';
import { apiJson, SCREENSHOT_DIR, useBrowserSession } from './harness';

const HOSTILE_MINUTES = [
  'Minutes of the meeting of the Finance Committee held on 5 November 2021',
  '1. Correspondence',
  'A resident wrote that the harbour dredging notice read <img src=x onerror="window.__xssRan = true"> when opened on her phone.',
].join('\n\n');
const IN_PASSING = DREDGING_IN_PASSING + 1;
const SUBJECT = 'harbour dredging';

const session = useBrowserSession(async () => {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'minutes-e2e-dredging-'));
  const files = { ...dredgingMinutes(), 'finance-committee-2021-11-05-minutes.txt': HOSTILE_MINUTES };
  for (const [file, text] of Object.entries(files)) await fs.writeFile(path.join(folder, file), text);
  return folder;
});
let page: Page;

beforeEach(() => {
  page = session.page;
});

const api = <T>(pathAndQuery: string): Promise<T> => apiJson<T>(session.server, pathAndQuery);

const whole = () => api<TopicHistoryPage>(`/api/topics?q=${encodeURIComponent(SUBJECT)}&limit=${MAX_TOPIC_MEETINGS}&passing=true`);

async function openHistory(): Promise<void> {
  await page.goto(`${session.server.url}/topics?q=${encodeURIComponent(SUBJECT)}`);
  await page.waitForFunction(() => !document.querySelector('#topic-view[aria-busy]') && document.getElementById('topic-heading'));
}

const shownDates = () => page.locator('.topic-discussed > .topic-meeting time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));

/** Presses Tab until the focused element's text is `text`; false if it never is. */
async function tabTo(text: string): Promise<boolean> {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return true;
  }
  return false;
}

describe('a long topic history', () => {
  it('shows the first page of meetings and the next with the keyboard alone, focus on the first meeting added', async () => {
    await openHistory();
    const expected = await whole();
    expect(await page.textContent('.topic-summary')).toBe(`Discussed at ${DREDGING_DISCUSSED} meetings; mentioned in passing at ${IN_PASSING} other meetings.`);
    expect(await shownDates()).toEqual(expected.meetings.slice(0, DEFAULT_TOPIC_MEETINGS).map((entry) => entry.meeting.date));
    expect(await page.textContent('.topic-more-status')).toBe(`Showing ${DEFAULT_TOPIC_MEETINGS} of ${DREDGING_DISCUSSED} meetings.`);

    const more = `Show ${DREDGING_DISCUSSED - DEFAULT_TOPIC_MEETINGS} more meetings`;
    expect(await tabTo(more)).toBe(true);
    const [request] = await Promise.all([page.waitForRequest((sent) => sent.url().includes('/api/topics') && sent.url().includes(`offset=${DEFAULT_TOPIC_MEETINGS}`)), page.keyboard.press('Enter')]);
    expect(new URL(request.url()).searchParams.get('passing')).toBeNull();
    await page.waitForFunction((count) => document.querySelectorAll('.topic-discussed > .topic-meeting').length === count, DREDGING_DISCUSSED);
    expect(await shownDates()).toEqual(expected.meetings.map((entry) => entry.meeting.date));
    // Every meeting is shown: the button is gone, focus is on the first meeting added and the status says so.
    expect(await page.getByRole('button', { name: /more meeting/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('.topic-meeting')?.querySelector('time')?.getAttribute('datetime'))).toBe(expected.meetings[DEFAULT_TOPIC_MEETINGS].meeting.date);
    expect(await page.textContent('.topic-more-status')).toBe(`Showing ${DREDGING_DISCUSSED} of ${DREDGING_DISCUSSED} meetings.`);
    expect(await page.locator('.topic-discussed[aria-busy]').count()).toBe(0);
    // Tab goes on from there to the added meeting's first link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Read in context');
  });

  it('reads the meetings that only mentioned it in passing when their fold is opened, their markup kept as text', async () => {
    await openHistory();
    expect(await page.locator('.topic-passing .topic-meeting').count()).toBe(0);
    expect(await tabTo(`${IN_PASSING} meetings only mentioned it in passing`)).toBe(true);
    const [request] = await Promise.all([page.waitForRequest((sent) => sent.url().includes('passing=true')), page.keyboard.press('Enter')]);
    expect(new URL(request.url()).searchParams.get('limit')).toBe('0');
    await page.waitForFunction((count) => document.querySelectorAll('.topic-passing .topic-meeting').length === count, IN_PASSING);
    const expected = await whole();
    const dates = await page.locator('.topic-passing .topic-meeting time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(dates).toEqual(expected.inPassing.meetings?.map((entry) => entry.meeting.date));
    expect(await page.locator('.topic-passing blockquote').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('read <img src=x onerror="window.__xssRan = true"> when')]));
    expect(await page.locator('.topic-passing img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xssRan?: boolean }).__xssRan)).toBeUndefined();
    // Closed and opened again, the fold keeps what it read rather than asking again.
    let asked = 0;
    page.on('request', (sent) => void (sent.url().includes('/api/topics') && asked++));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('details.topic-passing')?.hasAttribute('open'));
    // The toggle event runs after the press: a task later, any request it made has been sent.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(await page.locator('.topic-passing .topic-meeting').count()).toBe(IN_PASSING);
    expect(asked).toBe(0);
  });

  it('exports the whole history though the page shows its first meetings only', async () => {
    await openHistory();
    expect(await page.locator('.topic-discussed > .topic-meeting').count()).toBe(DEFAULT_TOPIC_MEETINGS);
    const expected = await whole();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const saved = JSON.parse(await fs.readFile((await json.path()) as string, 'utf8')) as TopicHistoryResponse;
    expect(saved.meetings.map((entry) => entry.meeting.date)).toEqual(expected.meetings.map((entry) => entry.meeting.date));
    expect(saved.meetings).toHaveLength(DREDGING_DISCUSSED);
    expect(saved.inPassing).toEqual({ count: IN_PASSING, meetings: expected.inPassing.meetings });
    expect(saved.firstMention).toEqual(expected.firstMention);
    expect(await page.textContent('.topic-export-status')).toBe(`Exported ${DREDGING_DISCUSSED + IN_PASSING} meetings as ${json.suggestedFilename()}.`);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const rows = (await fs.readFile((await csv.path()) as string, 'utf8')).trim().split('\r\n').slice(1);
    const passages = [...expected.meetings, ...(expected.inPassing.meetings ?? [])].flatMap((entry) => [...entry.passages, ...entry.decisions.filter((decision) => !entry.passages.some((shown) => shown.chunkId === decision.chunkId))]);
    expect(rows).toHaveLength(passages.length);
    expect(new Set(rows.map((row) => row.split(',')[0]))).toEqual(new Set([...expected.meetings, ...(expected.inPassing.meetings ?? [])].map((entry) => `"${entry.meeting.date}"`)));
    expect(rows.filter((row) => row.split(',')[3] === '"true"')).toHaveLength(IN_PASSING);
  });

  it('fits a 375 px phone screen with every meeting shown and the fold open', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openHistory();
    await page.getByRole('button', { name: /more meetings/ }).click();
    await page.waitForFunction((count) => document.querySelectorAll('.topic-discussed > .topic-meeting').length === count, DREDGING_DISCUSSED);
    await page.click('.topic-passing summary');
    await page.waitForFunction((count) => document.querySelectorAll('.topic-passing .topic-meeting').length === count, IN_PASSING);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const button = await page.getByRole('button', { name: 'Export Markdown' }).boundingBox();
    expect(button && button.x + button.width <= 375).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-topic-history-long.png'), fullPage: true });
  });
});

/** @jest-environment ./test/vector/onnx-environment.ts */
// What a fifth newcomer's session ran into, in real headless Chromium against the real server over the sample corpus:
// Back after a second search typed into the box, a link to a paragraph the meeting no longer holds, an address that
// names no meeting, a topic history meeting with more passages than it quotes, the notice over the results (said by
// screen readers, not again on a redraw), and an export of more results than an export holds.
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { EXPORT_LIMIT } from '../../client/src/result-export';
import type { SearchResponse, TopicHistoryPage } from '../../server/api-types';
import { apiJson, makeCorpus, useBrowserSession, searchSettled } from './harness';

const session = useBrowserSession(() => makeCorpus({}));
let page: Page;

beforeEach(() => {
  page = session.page;
});

const settled = (query?: string) => searchSettled(page, query);

const searchedFor = () => new URL(page.url()).searchParams.get('q');

describe('Back after searches typed into the box', () => {
  it('returns to the search read before a new one was typed over it, then to the start page', async () => {
    await page.goto(`${session.server.url}/`);
    await page.waitForSelector('.state-empty');
    await page.click('#search-input');
    await page.keyboard.type('cctv');
    await settled('cctv');
    // Read for a while, then the words replaced by others, typed without Enter.
    await page.waitForTimeout(2200);
    await page.fill('#search-input', 'precept');
    await settled('precept');
    await page.goBack();
    await settled('cctv');
    expect(searchedFor()).toBe('cctv');
    expect(await page.inputValue('#search-input')).toBe('cctv');
    await page.goBack();
    await page.waitForSelector('.state-empty');
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('keeps one entry for a search typed with short pauses between its words', async () => {
    await page.goto(`${session.server.url}/?q=cadets`);
    await settled('cadets');
    const entries = await page.evaluate(() => history.length);
    await page.fill('#search-input', '');
    await page.click('#search-input');
    for (const words of ['police', ' budget']) {
      await page.keyboard.type(words);
      await page.waitForTimeout(700);
    }
    await settled('police budget');
    // The shared address stays behind the new search, and the half-typed "police" is not an entry of its own.
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.goBack();
    await settled('cadets');
    expect(searchedFor()).toBe('cadets');
  });
});

describe('a link to a paragraph the meeting no longer holds', () => {
  it('opens the meeting at its heading and says the paragraph is gone, until a paragraph it holds is followed', async () => {
    const found = await apiJson<SearchResponse>(session.server, '/api/search?q=cadets&limit=1');
    const [result] = found.results;
    const meetingPath = `/meetings/${encodeURIComponent(result.meeting.id)}?q=cadets`;
    await page.goto(`${session.server.url}${meetingPath}#${result.item.id}-p999`);
    await page.waitForSelector('#meeting-heading');
    expect(await page.locator('.missing-anchor').textContent()).toMatch(/^The paragraph this link points to is not in these minutes any more/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('meeting-heading');
    await page.locator('a.paragraph-number').first().click();
    await page.waitForSelector('.is-target');
    expect(await page.locator('.missing-anchor').count()).toBe(0);
  });
});

describe('a meeting address that is not one', () => {
  it('says the link was cut short or changed, not the API\'s rule for ids', async () => {
    await page.goto(`${session.server.url}/meetings/${encodeURIComponent('<minutes>x')}`);
    await page.waitForSelector('#meeting-view .state-error');
    expect(await page.textContent('#meeting-view .state-error p')).toBe('This address does not name a meeting: the link may have been cut short or changed on the way.');
    expect(await page.title()).toBe('Meeting not opened – Minutes search');
  });
});

describe('a topic history meeting with more passages than it quotes', () => {
  it('says only the best are quoted and links to the meeting, its words marked, for the rest', async () => {
    const history = await apiJson<TopicHistoryPage>(session.server, '/api/topics?q=precept');
    const fuller = history.meetings.find((entry) => entry.mentions > entry.passages.length);
    if (!fuller) throw new Error('the sample minutes should hold a meeting with more passages on the precept than the history quotes');
    await page.goto(`${session.server.url}/topics?q=precept`);
    await page.waitForSelector('.topic-discussed .topic-meeting');
    const meta = page.locator('.topic-discussed .topic-meeting-meta', { hasText: `${fuller.mentions} passages on this subject` });
    expect(await meta.textContent()).toContain(`the ${fuller.passages.length} that match best are quoted here`);
    await meta.getByRole('link', { name: 'read the meeting for the rest' }).click();
    await page.waitForSelector('#meeting-heading');
    expect(new URL(page.url()).pathname).toBe(`/meetings/${fuller.meeting.id}`);
    expect(await page.locator('.meeting mark').count()).toBeGreaterThan(0);
  });
});

describe('the notice over the results', () => {
  it('says which words the minutes never use, in a live region there before the search, and is not said again when the results are only redrawn', async () => {
    await page.goto(`${session.server.url}/`);
    await page.waitForSelector('.state-empty');
    expect(await page.getAttribute('#notices', 'aria-live')).toBe('polite');
    await page.fill('#search-input', 'skateboard park');
    await page.press('#search-input', 'Enter');
    await settled('skateboard park');
    const notice = page.locator('#notices .notice');
    expect(await notice.textContent()).toBe('The minutes never use “skateboard”, so no result holds it: they match your other words, or are related in meaning.');
    // A mark on the element itself, not in its markup: the one drawn first is still there after the results are redrawn.
    await notice.evaluate((element) => Object.assign(element, { drawnFirst: true }));
    await page.click('label[for="group-toggle"]');
    await page.waitForSelector('.result-groups');
    expect(await notice.evaluate((element) => 'drawnFirst' in element)).toBe(true);
  });
});

describe('export of a search with more results than an export holds', () => {
  it('saves the first thousand and says how many of the whole those are', async () => {
    // A search of about 5,000 results: the server's own first page, and further pages of distinct passages made up here.
    let template: SearchResponse['results'][number] | undefined;
    await page.route('**/api/search?**', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as SearchResponse;
      const params = new URL(route.request().url()).searchParams;
      const offset = Number(params.get('offset') ?? 0);
      const base = (template ??= body.results[0]);
      if (offset > 0 && base) body.results = Array.from({ length: Number(params.get('limit')) }, (_, index) => ({ ...base, id: `made-up-${offset + index}` }));
      await route.fulfill({ response, json: { ...body, total: 5000, totalIsEstimate: true } });
    });
    await page.goto(`${session.server.url}/?q=police&mode=keyword`);
    await settled('police');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(await fs.readFile((await download.path()) as string, 'utf8')) as { results: { id: string }[] };
    expect(exported.results).toHaveLength(EXPORT_LIMIT);
    expect(new Set(exported.results.map((result) => result.id)).size).toBe(EXPORT_LIMIT);
    expect(await page.textContent('#result-status')).toBe('Exported 1,000 results (the first 1,000 of about 5,000) as minutes-search-police.json.');
  });
});

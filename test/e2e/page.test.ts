/** @jest-environment ./test/vector/onnx-environment.ts */
// The page in real headless Chromium against the real server with the sample corpus (plus one hostile
// document) indexed: what a member, a researcher and a keyboard or phone user would see and do.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { anchorOf } from '../../core/links';
import { passageSnippets } from '../../core/text/snippets';
import type { ChatResponse, SearchResponse, TopicHistoryPage } from '../../server/api-types';
import { apiJson, makeCorpus, SCREENSHOT_DIR, startTestServer, type TestServer, useBrowserSession, searchSettled } from './harness';

const HOSTILE_MINUTES = `Agenda and minutes

Hollowmere Parish Council
Tuesday, 14th May, 2019 7.00 pm

Venue: Village Hall, Hollowmere


No. Item


Correspondence about the zebrafinch survey

Additional documents:


1.    The Clerk read out a letter about the zebrafinch survey which contained the text <script>window.__xssRan = true</script> exactly as the sender typed it.


2.    A Member noted that the zebrafinch survey form had also received <img src=x onerror="window.__xssRan = true"> in its comments box and asked for the form to be checked.


RESOLVED that the zebrafinch survey responses be passed to the working group.
`;

const session = useBrowserSession(() => makeCorpus({ 'hollowmere-parish-2019-05-14-minutes.txt': HOSTILE_MINUTES }));
let corpusDir: string;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeEach(() => {
  ({ corpusDir, server, browser, context, page, pageErrors } = session);
});

const api = <T>(pathAndQuery: string): Promise<T> => apiJson<T>(server, pathAndQuery);

const settled = (query?: string) => searchSettled(page, query);

async function searchFor(query: string): Promise<void> {
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await settled(query);
}

async function screenshot(name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** Asks the chat box from the page and waits for its answer on screen; returns what the server answered. */
async function askInChat(question: string): Promise<ChatResponse> {
  await page.fill('#chat-input', question);
  const [response] = await Promise.all([page.waitForResponse('**/api/chat'), page.press('#chat-input', 'Enter')]);
  await page.waitForSelector('.chat-turn .chat-answer');
  return (await response.json()) as ChatResponse;
}

const texts = (selector: string) => page.locator(selector).allTextContents();

describe('search', () => {
  it('shows highlighted results as the user types, with meeting, item and a link to the context', async () => {
    await page.goto(server.url);
    await page.waitForSelector('.state-empty');
    // A newcomer is told whose minutes these are and from when before typing anything.
    expect(await page.textContent('.state-empty .coverage')).toMatch(/^Minutes of Kent and Medway Police and Crime Panel(, | and ).*, from March 2017 to October 2023\.$/);
    // Semantic search is really on: the results below come from the fused ranking.
    expect(await page.textContent('#index-summary')).toMatch(/ indexed · search by meaning on \(glove-sif-50d-10k\)$/);
    await screenshot('empty');
    await page.keyboard.press('/');
    await page.keyboard.type('CCTV');
    // No Enter: the search runs after the typing pause.
    await settled('CCTV');
    const expected = await api<SearchResponse>('/api/search?q=CCTV&limit=20');
    expect(await page.textContent('#result-status')).toContain(`${expected.total} results for “CCTV”`);
    expect(await page.locator('.result').count()).toBe(expected.results.length);
    const marks = await texts('.result .snippet mark');
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => mark.toLowerCase() === 'cctv')).toBe(true);
    const first = page.locator('.result').first();
    expect(await first.locator('.result-meeting').textContent()).toContain(expected.results[0].meeting.body);
    expect(await first.locator('.result-item').textContent()).toContain(expected.results[0].item.title);
    expect(await first.locator('a.open-context').getAttribute('href')).toMatch(/^\/meetings\/[^?#]+\?q=CCTV#.+/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('CCTV');
    await screenshot('results');
  });

  it('filters by body with facet counts, and the permalink restores the filter', async () => {
    await page.goto(`${server.url}/?q=CCTV`);
    await settled('CCTV');
    const unfiltered = await api<SearchResponse>('/api/search?q=CCTV&limit=1');
    const [body, count] = Object.entries(unfiltered.facets.body).sort((a, b) => a[1] - b[1])[0];
    const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${body.replace(/[()]/g, '\\$&')}`) });
    expect(await checkbox.locator('xpath=following-sibling::label').locator('.facet-count').textContent()).toBe(String(count));
    await checkbox.check();
    await page.waitForURL((url) => url.searchParams.getAll('body').includes(body));
    await settled('CCTV');
    const bodies = await texts('.result .result-meeting');
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.every((line) => line.startsWith(body))).toBe(true);

    const permalink = page.url();
    const shared = await context.newPage();
    await shared.goto(permalink);
    await shared.waitForSelector('.result');
    expect(await shared.getByRole('checkbox', { name: new RegExp(`^${body.replace(/[()]/g, '\\$&')}`) }).isChecked()).toBe(true);
    expect(await shared.locator('.result').count()).toBe(bodies.length);
    await screenshot('filtered-by-body');
  });

  it('keeps every body listed while one is ticked, with its count, so a second can be added ("this or that")', async () => {
    await page.goto(`${server.url}/?q=victims`);
    await settled('victims');
    const unfiltered = await api<SearchResponse>('/api/search?q=victims&limit=1');
    const bodies = Object.keys(unfiltered.facets.body).sort((a, b) => unfiltered.facets.body[b] - unfiltered.facets.body[a]);
    expect(bodies.length).toBeGreaterThan(1);
    const [first, second] = bodies;
    const box = (body: string) => page.locator(`#filters input[name="body"][value="${body}"]`);
    await box(first).check();
    await page.waitForURL((url) => url.searchParams.getAll('body').includes(first));
    await settled('victims');
    // The other body is still there, counted as the search would find it: ticking it adds its meetings.
    const others = await page.locator('#filters input[name="body"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(others).toEqual(expect.arrayContaining(bodies));
    const secondCount = page.locator('#filters li', { has: page.locator(`input[name="body"][value="${second}"]`) }).locator('.facet-count');
    expect(await secondCount.textContent()).toBe(String(unfiltered.facets.body[second]));
    await box(second).check();
    await page.waitForURL((url) => url.searchParams.getAll('body').length === 2);
    await settled('victims');
    const both = await api<SearchResponse>(`/api/search?q=victims&body=${encodeURIComponent(first)}&body=${encodeURIComponent(second)}&limit=1`);
    expect(await page.textContent('#result-status')).toContain(`${both.total} results for “victims”`);
  });

  it('searches a date typed digit by digit into the filter once its year is whole, and keeps every digit typed', async () => {
    await page.goto(`${server.url}/?q=CCTV`);
    await settled('CCTV');
    const searched: string[] = [];
    page.on('request', (request) => {
      const from = new URL(request.url()).searchParams.get('from');
      if (request.url().includes('/api/search') && from) searched.push(from);
    });
    await page.focus('#filter-from');
    // Chromium's date field reads the digits in the order its locale shows; this one is month, day, year.
    const format = await page.evaluate(() => new Intl.DateTimeFormat().formatToParts(new Date(2017, 5, 1)).map((part) => part.type));
    const digits = format.filter((type) => ['day', 'month', 'year'].includes(type)).map((type) => ({ day: '01', month: '06', year: '2017' })[type as 'day']).join('');
    await page.keyboard.type(digits, { delay: 50 });
    await page.waitForURL((url) => url.searchParams.get('from') !== null);
    await settled('CCTV');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2017-06-01');
    expect(await page.inputValue('#filter-from')).toBe('2017-06-01');
    // The partial years ("0002", "0020", "0201") were never searched.
    expect(searched).toEqual(['2017-06-01']);
    const filtered = await api<SearchResponse>('/api/search?q=CCTV&from=2017-06-01&limit=1');
    expect(await page.textContent('#result-status')).toContain(`${filtered.total} results`);
  });

  it('draws a bar per year of matches; a bar filters to its year and a second click removes the filter', async () => {
    await page.goto(`${server.url}/?q=Commissioner`);
    await settled('Commissioner');
    const { facets } = await api<SearchResponse>('/api/search?q=Commissioner&limit=1');
    const years = Object.keys(facets.year).map(Number);
    const bars = page.locator('.timeline-bar');
    expect(await bars.count()).toBe(Math.max(...years) - Math.min(...years) + 1);
    const busiest = years.sort((a, b) => facets.year[b] - facets.year[a])[0];
    const bar = page.locator(`.timeline-bar[data-year="${busiest}"]`);
    expect(await bar.getAttribute('aria-label')).toContain(`${busiest}: ${facets.year[busiest]} matches`);

    await bar.click();
    await page.waitForURL((url) => url.searchParams.get('year') === String(busiest));
    await settled('Commissioner');
    const filtered = await api<SearchResponse>(`/api/search?q=Commissioner&year=${busiest}&limit=1`);
    expect(await page.textContent('#result-status')).toContain(`${filtered.total} results`);
    const dates = await texts('.result .result-meeting');
    expect(dates.every((line) => line.endsWith(String(busiest)))).toBe(true);
    // The other years stay on the chart so the user can compare and switch.
    expect(await bars.count()).toBe(Math.max(...years) - Math.min(...years) + 1);
    expect(await page.locator(`.timeline-bar[data-year="${busiest}"]`).getAttribute('class')).toContain('is-selected');
    await screenshot('timeline-year-selected');

    await page.locator(`.timeline-bar[data-year="${busiest}"]`).click();
    await page.waitForURL((url) => !url.searchParams.has('year'));
    await settled('Commissioner');
    expect(await page.locator('.timeline-bar.is-selected').count()).toBe(0);
  });

  it('says in plain words why each result is here, without ranks that skip numbers', async () => {
    await page.goto(`${server.url}/?q=police%20cadets`);
    await settled('police cadets');
    const notes = await texts('.result .rank-note');
    expect(notes.length).toBeGreaterThan(0);
    expect(new Set(notes)).toEqual(new Set(notes.filter((note) => ['Matches your words', 'Similar in meaning', 'Matches your words · similar in meaning'].includes(note))));
    expect(notes).toContain('Matches your words · similar in meaning');

    // Found by meaning alone, a result below the model's answer threshold is said to be only loosely related.
    const query = 'volunteering for young people';
    const response = await api<SearchResponse>(`/api/search?q=${encodeURIComponent(query)}&mode=semantic&limit=20`);
    expect(response.closeSimilarity).not.toBeNull();
    const expected = response.results.map((result) => (result.similarity! < response.closeSimilarity! ? 'Loosely related in meaning' : 'Similar in meaning'));
    expect(new Set(expected).size).toBe(2);
    await page.goto(`${server.url}/?q=${encodeURIComponent(query)}&mode=semantic`);
    await settled(query);
    expect(await texts('.result .rank-note')).toEqual(expected);
  });

  it('says how many undated matches the timeline leaves out', async () => {
    await page.goto(`${server.url}/?q=precept`);
    await settled('precept');
    const { total, facets } = await api<SearchResponse>('/api/search?q=precept&limit=1');
    const undated = total - Object.values(facets.year).reduce((sum, count) => sum + count, 0);
    expect(undated).toBeGreaterThan(0);
    expect(await page.textContent('.timeline-undated')).toBe(`${undated} undated ${undated === 1 ? 'match' : 'matches'} not shown.`);
  });

  it('loads the next page on request without repeating a result', async () => {
    await page.goto(`${server.url}/?q=Commissioner`);
    await settled('Commissioner');
    const firstPage = await page.locator('.result').count();
    await page.click('text=Show more results');
    await page.waitForFunction((count) => document.querySelectorAll('.result').length > count, firstPage);
    const links = await page.locator('a.open-context').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(new Set(links).size).toBe(links.length);
    // Focus moves to the first new result so keyboard users carry on reading where they were.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[firstPage]);
  });

  it('groups results under their meeting when asked', async () => {
    await page.goto(server.url);
    await searchFor('CCTV');
    const results = await page.locator('.result').count();
    await page.check('#group-toggle');
    await page.waitForURL((url) => url.searchParams.get('group') === 'meeting');
    const groups = page.locator('.meeting-group');
    expect(await groups.count()).toBeGreaterThan(1);
    expect(await page.locator('.meeting-group .result').count()).toBe(results);
    await screenshot('grouped');
  });

  it('opens a result in context: the whole meeting with the paragraph scrolled to and marked', async () => {
    await page.goto(`${server.url}/?q=cadet`);
    await settled('cadet');
    const { results } = await api<SearchResponse>('/api/search?q=cadet&limit=20');
    const chosen = results.findIndex((result) => result.kind === 'paragraph');
    await page.locator('a.open-context').nth(chosen).click();
    await page.waitForSelector('.is-target');
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/meetings/${results[chosen].meeting.id}`);
    const target = page.locator('.is-target');
    expect(await target.locator('.paragraph-body').textContent()).toContain(results[chosen].text.slice(0, 60));
    expect(await target.getAttribute('aria-current')).toBe('location');
    expect(await target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    expect(await target.locator('mark').first().textContent()).toMatch(/cadet/i);
    // Scrolled deep into the meeting, the page still says when, where and under which item the paragraph was said.
    const bar = page.locator('.meeting-bar');
    expect((await bar.boundingBox())?.y).toBe(0);
    expect(await bar.textContent()).toContain(results[chosen].meeting.body ?? results[chosen].meeting.title);
    expect(await bar.locator('a').textContent()).toBe('← Back to results for “cadet”');
    const itemHeading = page.locator('.meeting-item', { has: target }).locator('h3');
    const headingBox = await itemHeading.boundingBox();
    const barBox = await bar.boundingBox();
    expect(headingBox && barBox && headingBox.y >= barBox.height - 1 && headingBox.y < (box?.y ?? 0)).toBe(true);
    await screenshot('meeting-in-context', false);

    // The same address, loaded fresh (served by the server's fallback), marks the same paragraph.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await shared.waitForSelector('.is-target');
    expect(await shared.locator('.is-target .paragraph-body').textContent()).toContain(results[chosen].text.slice(0, 60));

    await page.click('.back a');
    await settled('cadet');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('open-context'))).toBe(true);
  });
});

describe('where and when a result was said', () => {
  it('names a copy of a passage in another record of the same meeting as such, and says who asked it and where', async () => {
    await page.goto(`${server.url}/?q=drones`);
    await settled('drones');
    const { results } = await api<SearchResponse>('/api/search?q=drones&limit=20');
    const copied = results.findIndex((result) => result.alsoIn.some((copy) => copy.meetingId !== result.meeting.id && copy.date === result.meeting.date && copy.body === result.meeting.body));
    expect(copied).toBeGreaterThanOrEqual(0);
    const card = page.locator('.result').nth(copied);
    expect(await card.locator('.also-in').textContent()).toBe('Also published in: another record of this meeting');
    // Tabbing from link to link, each "Open in context" says the meeting and date as well as the item.
    const [date] = (await card.locator('.result-meeting').textContent())!.split(' · ').slice(-1);
    expect(await card.locator('a.open-context').textContent()).toContain(`· ${date}, Item ${results[copied].item.number}`);
  });

  it('on a phone, ends the filters with a link back up to the results they changed', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/?q=victims`);
    await settled('victims');
    await page.click('a.jump-to-filters');
    const body = page.locator('#filters input[name="body"]').first();
    const bodyName = await body.getAttribute('value');
    await body.check();
    await page.waitForURL((url) => url.searchParams.get('body') === bodyName);
    await settled('victims');
    const filtered = await api<SearchResponse>(`/api/search?q=victims&body=${encodeURIComponent(bodyName!)}&limit=1`);
    const link = page.locator('#filters .show-results a');
    expect(await link.textContent()).toBe(`Show the ${filtered.total} results`);
    expect(await link.isVisible()).toBe(true);
    // In view beside the box just ticked, with no more scrolling: it keeps to the foot of the screen.
    const box = await link.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 844).toBe(true);
    await screenshot('phone-filters-show-results', false);
    await link.click();
    const status = await page.locator('#result-status').boundingBox();
    expect(status && status.y >= 0 && status.y < 844).toBe(true);
    expect(await page.textContent('#result-status')).toContain(`${filtered.total} results for “victims”`);
    // Beside the results, on a wide screen, the link has nothing to jump to.
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await link.isVisible()).toBe(false);
  });
});

describe('meeting view and addresses', () => {
  it('puts paragraph numbers too wide for their column ("Question 3", "2.a.5") above the paragraph, never over its text', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const { meetings } = await api<{ meetings: { id: string; date: string | null }[] }>('/api/meetings');
    const meeting = meetings.find((entry) => entry.date === '2023-10-17');
    await page.goto(`${server.url}/meetings/${meeting?.id}`);
    await page.waitForSelector('#meeting-heading');
    const numbers = await page.locator('.paragraph-number').evaluateAll((links) =>
      links.map((link) => {
        const range = document.createRange();
        range.selectNodeContents(link);
        const number = range.getBoundingClientRect();
        const body = (link.nextElementSibling as Element).getBoundingClientRect();
        const overlaps = number.right > body.left + 1 && number.bottom > body.top + 1 && number.top < body.bottom - 1;
        return { text: link.textContent ?? '', overlaps };
      }),
    );
    expect(numbers.map((number) => number.text)).toEqual(expect.arrayContaining(['Question 3', '2.a.5', '1']));
    expect(numbers.filter((number) => number.overlaps)).toEqual([]);
    // Opened without a paragraph to show, the meeting's heading is in view below the bar that sticks to the top.
    const heading = await page.locator('#meeting-heading').boundingBox();
    const bar = await page.locator('.meeting-bar').boundingBox();
    expect(heading && bar && heading.y >= bar.y + bar.height - 1).toBe(true);
    await screenshot('phone-meeting-long-numbers', false);
  });

  it('names the view in the tab title, through back and forward, so the history menu tells the pages apart', async () => {
    await page.goto(server.url);
    await page.waitForSelector('.state-empty');
    expect(await page.title()).toBe('Minutes search');
    await searchFor('cadet');
    expect(await page.title()).toBe('“cadet” – Minutes search');
    const { results } = await api<SearchResponse>('/api/search?q=cadet&limit=1');
    await page.locator('a.open-context').first().click();
    await page.waitForSelector('.is-target');
    const meetingTitle = `${results[0].meeting.body ?? results[0].meeting.title}, ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${results[0].meeting.date}T00:00:00Z`))} – Minutes search`;
    expect(await page.title()).toBe(meetingTitle);
    await page.goBack();
    await settled('cadet');
    expect(await page.title()).toBe('“cadet” – Minutes search');
    await page.goForward();
    await page.waitForSelector('.is-target');
    expect(await page.title()).toBe(meetingTitle);
    await page.goto(`${server.url}/topics?q=cadet`);
    await page.waitForSelector('#topic-heading');
    expect(await page.title()).toBe('Topic history: “cadet” – Minutes search');
  });

  it('runs words typed into the search box over a meeting after the typing pause, and Back returns to the meeting', async () => {
    await page.goto(`${server.url}/?q=cadet`);
    await settled('cadet');
    await page.locator('a.open-context').first().click();
    await page.waitForSelector('.is-target');
    const meetingAddress = page.url();
    await page.keyboard.press('/');
    // No Enter: "Results update as you type" holds over a meeting too.
    await page.keyboard.type('precept');
    await settled('precept');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('precept');
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    await page.goBack();
    await page.waitForSelector('.is-target');
    expect(page.url()).toBe(meetingAddress);
    // Emptying the box over the meeting (Escape in a search box) leaves the meeting on screen.
    await page.keyboard.press('/');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(600);
    expect(page.url()).toBe(meetingAddress);
  });

  it('says when a topic history is limited by the search\'s filters, and follows the subject across every meeting on request', async () => {
    await page.goto(`${server.url}/topics?q=CCTV&year=2017`);
    await page.waitForSelector('#topic-heading');
    expect(await page.textContent('.topic-filters')).toBe("Limited to the search's filters: 2017. Follow it across every meeting.");
    const filtered = await api<TopicHistoryPage>('/api/topics?q=CCTV&year=2017');
    const everything = await api<TopicHistoryPage>('/api/topics?q=CCTV');
    expect(everything.meetings.length).toBeGreaterThan(filtered.meetings.length);
    await page.click('.topic-filters a');
    await page.waitForURL((url) => url.pathname === '/topics' && !url.searchParams.has('year'));
    await page.waitForFunction(() => !document.querySelector('#topic-view[aria-busy]') && document.getElementById('topic-heading'));
    expect(await page.locator('.topic-filters').count()).toBe(0);
    expect(await page.locator('.topic-discussed > .topic-meeting').count()).toBe(everything.meetings.length);
  });

  it('says what the topic history is for when its address names no subject', async () => {
    await page.goto(`${server.url}/topics`);
    await page.waitForSelector('#topic-heading');
    expect(await page.textContent('#topic-view')).toContain('Search for a subject first');
    expect(await page.locator('#topic-view [role="alert"]').count()).toBe(0);
    await page.click('#topic-view a');
    await page.waitForSelector('.state-empty');
    expect(new URL(page.url()).pathname).toBe('/');
  });
});

describe('export', () => {
  it('downloads every result of the search, not only the page on screen, as CSV and as JSON with links to each paragraph', async () => {
    // Exact words: a count that does not turn on the model, over more than one of the export's pages of 100.
    await page.goto(`${server.url}/?q=police&mode=keyword`);
    await settled('police');
    const { results, total } = await api<SearchResponse>('/api/search?q=police&mode=keyword&limit=20');
    expect(total).toBeGreaterThan(100);
    expect(await page.locator('.result').count()).toBeLessThan(total);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(csvDownload.suggestedFilename()).toBe('minutes-search-police.csv');
    const csv = await fs.readFile((await csvDownload.path()) as string, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('rank,meeting_date,body,meeting_title,item_number,item_title,paragraph,speaker,decision,score,text,link,source_url');
    expect(csv).toContain(`"${results[0].item.title.replace(/"/g, '""')}"`);
    expect(csv).toContain(`"${server.url}/meetings/${results[0].meeting.id}#`);
    expect(csv.match(/\r\n"\d+",/g)?.length).toBe(total);
    expect(await page.textContent('#result-status')).toBe(`Exported ${total} results as minutes-search-police.csv.`);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    expect(jsonDownload.suggestedFilename()).toBe('minutes-search-police.json');
    const exported = JSON.parse(await fs.readFile((await jsonDownload.path()) as string, 'utf8'));
    expect(exported.search.q).toEqual(['police']);
    expect(exported.results).toHaveLength(total);
    expect(new Set(exported.results.map((result: { id: string }) => result.id)).size).toBe(total);
    expect(exported.results[0].id).toBe(results[0].id);
    expect(exported.results[0].link).toMatch(new RegExp(`^${server.url}/meetings/`));
  });
});

describe('chat', () => {
  it('answers with numbered citations, keeps the topic for a follow-up, and a citation opens the paragraph', async () => {
    await page.goto(server.url);
    const first = await askInChat('What was said about CCTV?');
    expect(first.citations.length).toBeGreaterThan(0);
    expect(await page.locator('.chat-turn').first().locator('a.citation').count()).toBeGreaterThan(0);

    await page.fill('#chat-input', 'and in 2023?');
    const [followRequest, followResponse] = await Promise.all([
      page.waitForRequest('**/api/chat'),
      page.waitForResponse('**/api/chat'),
      page.press('#chat-input', 'Enter'),
    ]);
    const sent = followRequest.postDataJSON() as { messages: { role: string; content: string }[] };
    expect(sent.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    expect(sent.messages[0].content).toBe('What was said about CCTV?');
    const second = (await followResponse.json()) as ChatResponse;
    expect(second.interpreted.filters.year).toEqual([2023]);
    await page.waitForFunction(() => document.querySelectorAll('.chat-turn .chat-answer').length === 2);
    expect(await page.locator('.chat-turn').nth(1).locator('.interpreted').textContent()).toContain('2023');
    await screenshot('chat');

    const citation = page.locator('.chat-turn').nth(1).locator('a.citation').first();
    const n = Number((await citation.textContent())?.replace(/\D/g, ''));
    const cited = second.citations.find((entry) => entry.n === n);
    await citation.click();
    await page.waitForSelector('.is-target');
    expect(new URL(page.url()).pathname).toBe(`/meetings/${cited?.meeting.id}`);
    expect(await page.locator('.is-target').textContent()).toContain(cited?.text.slice(0, 60));
    // The conversation stays beside the meeting, and starting over clears it.
    expect(await page.locator('.chat-turn').count()).toBe(2);
    await page.click('text=New conversation');
    expect(await page.locator('.chat-turn').count()).toBe(0);
  });

  it('answers a greeting with what it can be asked, searching nothing, and says a meeting question was answered from the records', async () => {
    await page.goto(server.url);
    const hello = await askInChat('hello');
    expect(hello.citations).toEqual([]);
    const first = page.locator('.chat-turn').nth(0);
    expect(await first.locator('.chat-answer').textContent()).toContain('I answer questions about the minutes held here by quoting them');
    expect(await first.locator('.interpreted').count()).toBe(0);
    // The greeting is no topic: a meeting question after it is answered from the meeting's record, and says so.
    await askInChat('Who chaired the 28 September 2017 meeting?');
    await page.waitForFunction(() => document.querySelectorAll('.chat-turn .chat-answer').length === 2);
    expect(await page.locator('.chat-turn').nth(1).locator('.interpreted').textContent()).toBe('Answered from the meeting records (attendance, agenda and decisions)');
    // "who was there?" asks about that meeting, not the most recent one.
    const there = await askInChat('who was there?');
    expect(there.citations[0].meeting.date).toBe('2017-09-28');
  });

  it('shows a meeting\'s decisions one to a line', async () => {
    await page.goto(server.url);
    const answer = await askInChat('What was decided at the meeting on 17 October 2023?');
    const lines = answer.answer.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(await page.locator('.chat-turn .chat-answer > p:not(.interpreted)').count()).toBe(lines.length);
    expect(await page.locator('.chat-turn .chat-answer > p').nth(1).textContent()).toMatch(/^On /);
  });
});

describe('chat while waiting and after a failure', () => {
  it('shows the question at once with a spinner, and puts it back in the box when the server cannot be reached', async () => {
    await page.goto(server.url);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/chat', async (route) => {
      await held;
      await route.continue();
    });
    await page.fill('#chat-input', 'What was said about CCTV?');
    await page.press('#chat-input', 'Enter');
    // While the answer is on its way the question is on screen, not lost from the box.
    await page.waitForSelector('.chat-turn .chat-pending .spinner');
    expect(await page.locator('.chat-turn .chat-question').textContent()).toContain('What was said about CCTV?');
    expect(await page.locator('.chat-pending').isVisible()).toBe(true);
    release();
    await page.waitForSelector('.chat-turn .chat-answer');
    expect(await page.locator('.chat-pending').count()).toBe(0);
    expect(await page.locator('.chat-turn').count()).toBe(1);
    await page.unroute('**/api/chat');

    await page.route('**/api/chat', (route) => route.abort('connectionrefused'));
    await page.fill('#chat-input', 'and in 2023?');
    await page.press('#chat-input', 'Enter');
    await page.waitForSelector('.chat-turn .error');
    expect(await page.locator('.chat-turn').nth(1).locator('.error').textContent()).toContain('could not be reached');
    expect(await page.inputValue('#chat-input')).toBe('and in 2023?');
    await page.unroute('**/api/chat');
    await page.press('#chat-input', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('.chat-turn .chat-answer').length === 2);
    expect(await page.locator('.chat-turn').nth(2).locator('.interpreted').textContent()).toContain('2023');
  });

  it('offers example questions before the first one; each asks itself, and they come back with a new conversation', async () => {
    await page.goto(server.url);
    const examples = page.locator('.chat-examples button');
    expect(await examples.count()).toBeGreaterThanOrEqual(3);
    const question = (await examples.first().textContent()) ?? '';
    await examples.first().focus();
    await Promise.all([page.waitForResponse('**/api/chat'), page.keyboard.press('Enter')]);
    await page.waitForSelector('.chat-turn .chat-answer');
    expect(await page.locator('.chat-turn .chat-question').textContent()).toContain(question);
    expect(await page.locator('.chat-turn a.citation').count()).toBeGreaterThan(0);
    expect(await page.locator('.chat-examples').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-input');
    await page.click('text=New conversation');
    expect(await page.locator('.chat-examples').isVisible()).toBe(true);
  });

  it('answers a question whose topic is misspelt as if spelt right, and says how it read it', async () => {
    await page.goto(server.url);
    const answered = await askInChat('What was decided about the precpet?');
    expect(answered.citations.length).toBeGreaterThan(0);
    const answer = page.locator('.chat-turn .chat-answer p').first();
    expect(await answer.textContent()).toMatch(/^Reading "precpet" as "precept"\. /);
    expect(await page.locator('.chat-turn a.citation').count()).toBeGreaterThan(0);
    expect(await page.locator('.chat-turn .interpreted').textContent()).toContain('precept');
  });
});

  it('offers to ask the chat a question typed into the search box, and asks it there on request', async () => {
    const question = 'What did the Commissioner say about CCTV funding?';
    await page.goto(`${server.url}/?q=${encodeURIComponent(question)}`);
    await settled(question);
    // The question's framing words are not typos: nothing is "read as" another word.
    expect(await page.locator('#notices .notice').count()).toBe(0);
    const offer = page.getByRole('button', { name: 'Ask the minutes instead' });
    await offer.focus();
    await Promise.all([page.waitForResponse('**/api/chat'), page.keyboard.press('Enter')]);
    await page.waitForSelector('.chat-turn .chat-answer');
    expect(await page.locator('.chat-turn .chat-question').textContent()).toContain(question);
    expect(await page.locator('.chat-turn a.citation').count()).toBeGreaterThan(0);

    await page.goto(`${server.url}/?q=CCTV`);
    await settled('CCTV');
    expect(await page.getByRole('button', { name: 'Ask the minutes instead' }).count()).toBe(0);
  });

describe('topic history', () => {
  it('follows the search to a timeline of meetings, keyboard only, and exports it as Markdown', async () => {
    await page.goto(`${server.url}/?q=${encodeURIComponent('police cadets')}`);
    await settled('police cadets');
    // Keyboard only: Tab from the search box to the "Topic history" link, Enter opens the timeline.
    await page.focus('#search-input');
    let focused = '';
    for (let presses = 0; presses < 20 && focused !== 'topic-link'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('topic-link');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#topic-heading');
    expect(new URL(page.url()).pathname).toBe('/topics');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('topic-heading');
    // The filters' column, empty in this view, is given to the timeline rather than left blank beside it.
    const view = await page.locator('#topic-view').boundingBox();
    expect(view && view.x < 40).toBe(true);
    const history = await api<TopicHistoryPage>(`/api/topics?q=${encodeURIComponent('police cadets')}`);
    const dates = await page.locator('.topic-discussed > .topic-meeting time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(dates).toEqual(history.meetings.map((entry) => entry.meeting.date));
    expect(dates).toEqual([...dates].sort());
    expect(await texts('.topic-moment h3')).toEqual(expect.arrayContaining(['First raised']));
    expect(await page.locator('.topic-decision').count()).toBeGreaterThan(0);
    // The page marks a passage's words itself, from its text and the terms the API sends, as a search result's snippet.
    const shown = history.meetings[0].passages[0];
    const expected = passageSnippets(history.marks)(shown.text, shown.byWords);
    const marks = page.locator('.topic-discussed > .topic-meeting').first().locator('.topic-passage blockquote').first().locator('mark');
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.allTextContents()).toEqual([...expected.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]));

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    expect(markdown.suggestedFilename()).toBe('minutes-search-topic-police-cadets.md');
    const notes = await fs.readFile((await markdown.path()) as string, 'utf8');
    expect(notes).toMatch(/^# Topic history: police cadets\n/);
    expect(notes).toContain(`${server.url}/meetings/`);

    // A passage's link opens the meeting at that paragraph.
    await page.locator('.topic-passage-meta a').first().press('Enter');
    await page.waitForSelector('.is-target');
    expect(new URL(page.url()).pathname).toMatch(/^\/meetings\//);
    expect(pageErrors).toEqual([]);
  });

  it('fits a 375 px phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${server.url}/topics?q=${encodeURIComponent('CCTV funding')}`);
    await page.waitForSelector('#topic-heading');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot('phone-topic-history');
  });
});

describe('accessibility and safety', () => {
  it('can be used with the keyboard alone: / focuses the box, Enter searches, Tab reaches a result link', async () => {
    await page.goto(server.url);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('victims');
    await page.keyboard.press('Enter');
    await settled('victims');
    let focused = '';
    for (let presses = 0; presses < 30 && focused !== 'open-context'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toBe('open-context');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.is-target');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('is-target'))).toBe(true);
  });

  it('jumps to the search box with / from the match buttons and filter boxes too', async () => {
    await page.goto(`${server.url}/?q=precept`);
    await settled('precept');
    await page.focus('#mode-keyword');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.focus('#filter-decisions');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    expect(await page.inputValue('#search-input')).toBe('precept');
  });

  it('echoes a very long query cut short, so the results stay in view', async () => {
    const longQuery = 'what did the police and crime commissioner say about the funding of closed circuit television cameras in town centres across the county';
    await page.goto(server.url);
    await page.fill('#search-input', longQuery);
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => / results for /.test(document.getElementById('result-status')?.textContent ?? ''));
    const status = (await page.textContent('#result-status')) ?? '';
    expect(status).toMatch(/^\d+ results for “what did the police and crime commissioner say about the…” in /);
    expect(await page.inputValue('#search-input')).toBe(longQuery);
    const firstResult = await page.locator('.result').first().boundingBox();
    expect(firstResult && firstResult.y < 900).toBe(true);
  });

  it('fits a 375 px phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${server.url}/?q=CCTV`);
    await settled('CCTV');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await page.locator('#refine-details').getAttribute('open')).toBeNull();
    await screenshot('phone-results', false);
    await screenshot('phone-full');
  });

  it('tells keyboard users about the / shortcut, and touch-screen users only what applies to them', async () => {
    await page.goto(server.url);
    expect(await page.locator('#search-hint .keyboard-hint').isVisible()).toBe(true);
    const touch = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const phone = await touch.newPage();
      await phone.goto(server.url);
      await phone.waitForSelector('.state-empty');
      expect(await phone.locator('#search-hint .keyboard-hint').isVisible()).toBe(false);
      expect(await phone.textContent('#search-hint')).toContain('Results update as you type.');
    } finally {
      await touch.close();
    }
  });

  it('shows markup from indexed minutes as text and never runs it', async () => {
    await page.goto(`${server.url}/?q=zebrafinch`);
    await settled('zebrafinch');
    const snippets = (await texts('.result .snippet')).join('\n');
    expect(snippets).toContain('<script>window.__xssRan = true</script>');
    expect(await page.locator('#results script, #results img').count()).toBe(0);

    await page.locator('a.open-context').first().click();
    await page.waitForSelector('.meeting');
    expect(await page.locator('.meeting').textContent()).toContain('<img src=x onerror="window.__xssRan = true">');
    expect(await page.locator('.meeting script, .meeting img').count()).toBe(0);

    await page.fill('#chat-input', 'What about the zebrafinch survey?');
    await page.press('#chat-input', 'Enter');
    await page.waitForSelector('.chat-answer');
    expect(await page.locator('.chat script, .chat img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xssRan?: boolean }).__xssRan)).toBeUndefined();
  });
});

describe('states', () => {
  it('says when nothing matched and offers what to try', async () => {
    await page.goto(`${server.url}/?q=qwxyzzyplugh&mode=keyword&year=2017`);
    await settled('qwxyzzyplugh');
    expect(await page.textContent('.state-none h3')).toBe('No results for “qwxyzzyplugh”');
    // Nothing holds the word in any year: the year filter is not why, so removing it is not offered.
    expect(await page.locator('.state-none button', { hasText: 'Remove the filters' }).count()).toBe(0);
    expect(await page.textContent('.state-none')).toContain('The filters are not the reason');
    expect(await page.locator('.state-none button', { hasText: 'Search by words and meaning' }).count()).toBe(1);
    expect(await page.isDisabled('#export-csv')).toBe(true);
    await screenshot('no-results');
  });

  it('says what a misspelt search was matched on when it found enough to offer no "did you mean"', async () => {
    await page.goto(`${server.url}/?q=precpet&mode=keyword`);
    await settled('precpet');
    expect(await page.textContent('#notices .notice')).toBe('Showing results for “precept”: the minutes do not hold “precpet” as typed.');
    expect(await page.locator('#notices .suggestion').count()).toBe(0);
    expect(await page.locator('.result mark').first().textContent()).toMatch(/^precept$/i);
    // The topic history follows the words the results were matched on, not the typo, which no meeting holds.
    expect(new URL((await page.getAttribute('#topic-link', 'href'))!, server.url).searchParams.get('q')).toBe('precept');
    // Reached with the typo all the same (a link, a bookmark), it finds nothing and offers the spelling the minutes hold.
    await page.goto(`${server.url}/topics?q=precpet`);
    await page.waitForSelector('#topic-view .suggestion');
    expect(await page.textContent('#topic-view .suggestion')).toBe('Did you mean precept?');
    await page.click('#topic-view .suggestion a');
    await page.waitForSelector('.topic-meeting');
    expect(new URL(page.url()).searchParams.get('q')).toBe('precept');
    // Spelt right, or only another ending of a word the minutes hold, nothing is said.
    for (const query of ['precept', 'council houses']) {
      await page.goto(`${server.url}/?q=${encodeURIComponent(query)}&mode=keyword`);
      await settled(query);
      expect(await page.locator('#notices .notice').count()).toBe(0);
    }
  });

  it('offers "did you mean" for a misspelled search; the link runs the suggested search in the same mode', async () => {
    await page.goto(`${server.url}/?q=crme&mode=keyword`);
    await settled('crme');
    const link = page.locator('#notices .suggestion a');
    expect(await page.textContent('#notices .suggestion')).toBe('Did you mean crime?');
    expect(new URL((await link.getAttribute('href'))!, server.url).searchParams.get('mode')).toBe('keyword');
    await screenshot('did-you-mean');
    await link.click();
    await settled('crime');
    expect(new URL(page.url()).searchParams.get('q')).toBe('crime');
    expect(await page.inputValue('#search-input')).toBe('crime');
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    expect(await page.locator('#notices .suggestion').count()).toBe(0);

    // Markup typed around a misspelled word never comes back as markup in the suggestion.
    await page.goto(`${server.url}/?q=${encodeURIComponent('<em>crme</em>')}&mode=keyword`);
    await settled('<em>crme</em>');
    expect(await page.textContent('#notices .suggestion')).toBe('Did you mean em crime em?');
    expect(await page.locator('#notices .suggestion em').count()).toBe(0);
  });

  it('says when search by meaning found nothing, and offers the exact words, which find them', async () => {
    await page.goto(`${server.url}/?q=cadets&mode=semantic`);
    await settled('cadets');
    expect(await page.textContent('.state-none h3')).toBe('Search by meaning found nothing for “cadets”');
    expect(await page.textContent('.state-none')).not.toContain('spelling');
    await page.click('.state-none button:has-text("Search for the exact words")');
    await page.waitForURL((url) => url.searchParams.get('mode') === 'keyword');
    await page.waitForSelector('.result');
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    await screenshot('no-results-by-meaning');
  });

  it('says when the meeting dates are the wrong way round, without asking the server, and swaps them on request', async () => {
    const searched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/search')) searched.push(request.url());
    });
    await page.goto(`${server.url}/?q=CCTV&from=2020-01-01&to=2019-01-01`);
    await page.waitForSelector('.state-error');
    expect(await page.textContent('.state-error h3')).toBe('The meeting dates are the wrong way round');
    expect(await page.textContent('.state-error')).toContain('“From” (1 January 2020) is after “To” (1 January 2019)');
    expect(await page.textContent('#result-status')).toBe('No search: the meeting dates are the wrong way round.');
    expect(await page.textContent('#filter-summary')).toBe('Filters (2 active)');
    // No search ran, so the filter lists do not claim the results hold no body or speaker.
    expect(await page.locator('#filters .muted', { hasText: 'None in these results.' }).count()).toBe(0);
    expect(await page.locator('.state-error button', { hasText: 'Try again' }).count()).toBe(0);
    expect(searched).toEqual([]);
    await screenshot('dates-reversed');

    // Keyboard only: the button goes with the message, and focus lands on the results rather than the top of the page.
    await page.focus('.state-error button:has-text("Swap the dates")');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('from') === '2019-01-01' && url.searchParams.get('to') === '2020-01-01');
    await settled('CCTV');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const swapped = await api<SearchResponse>('/api/search?q=CCTV&from=2019-01-01&to=2020-01-01&limit=1');
    expect(await page.textContent('#result-status')).toMatch(swapped.total === 0 ? /^No results for “CCTV”/ : new RegExp(`${swapped.total} results? for “CCTV”`));
    expect(await page.inputValue('#filter-from')).toBe('2019-01-01');
    if (swapped.total > 0) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('#results') !== null)).toBe(true);
    }
  });

  it('shows the server’s reason when it refuses a search, and says to change the search rather than send it again', async () => {
    const query = `precept ${'x'.repeat(1000)}`;
    await page.goto(`${server.url}/?q=${query}`);
    await page.waitForSelector('.state-error');
    expect(await page.textContent('.state-error h3')).toBe('This search cannot be run');
    expect(await page.textContent('.state-error')).toContain('q: at most 1000 characters');
    expect(await page.textContent('.state-error')).toContain('Change the words in the search box or the filters');
    expect(await page.locator('.state-error button', { hasText: 'Try again' }).count()).toBe(0);
    await screenshot('error');
  });

  it('says when search by meaning found nothing close, rather than a bare count of loosely related passages', async () => {
    const query = 'football';
    const response = await api<SearchResponse>(`/api/search?q=${query}&mode=semantic&limit=20`);
    // The premise: every result on the first page, in order of meaning, is below the model's answer threshold.
    expect(response.results.length).toBeGreaterThan(0);
    expect(response.results.every((result) => result.similarity! < response.closeSimilarity!)).toBe(true);
    await page.goto(`${server.url}/?q=${query}&mode=semantic`);
    await settled(query);
    expect(await page.textContent('#notices .notice')).toBe(
      'No paragraph is close in meaning to “football”: the results below are only loosely related. The minutes may not cover this; try other words, or “Exact words”.',
    );
    // A search that finds something close says nothing of the kind.
    await page.goto(`${server.url}/?q=police%20cadets&mode=semantic`);
    await settled('police cadets');
    expect(await page.locator('#notices .notice').count()).toBe(0);
  });

  it('says the server could not be reached, and offers no "follow" for the search shown before', async () => {
    await page.goto(`${server.url}/?q=CCTV`);
    await settled('CCTV');
    expect(await page.locator('#follow .follow').count()).toBe(1);
    await page.route('**/api/search**', (route) => route.abort('connectionrefused'));
    await page.fill('#search-input', 'precept');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('.state-error');
    expect(await page.textContent('.state-error p')).toMatch(/^The server could not be reached \(.*\)\.$/);
    expect(await page.locator('#follow .follow').count()).toBe(0);
    await page.unroute('**/api/search**');
    await page.click('.state-error button:has-text("Try again")');
    await settled('precept');
    expect(await page.locator('#follow .follow').getAttribute('data-search')).toBe('q=precept');
  });

  it('explains that search by meaning is unavailable when the model cannot load', async () => {
    const keywordOnly = await startTestServer(corpusDir, { EMBEDDING_MODEL: 'no-such-model' });
    try {
      await page.goto(`${keywordOnly.url}/?q=CCTV`);
      await page.waitForSelector('.result');
      const notice = await page.textContent('#notices');
      expect(notice).toContain('Search by meaning is unavailable');
      expect(notice).toContain('no-such-model');
      expect(notice).not.toContain(keywordOnly.dataDir);
      expect(await page.textContent('#index-summary')).toContain('search by meaning unavailable');
      await screenshot('semantic-unavailable');
    } finally {
      await keywordOnly.close();
    }
  });
});

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
    expect(said).not.toContain('Check the spelling');
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

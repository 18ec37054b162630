/** @jest-environment ./test/vector/onnx-environment.ts */
// What a newcomer's session ran into, in real headless Chromium against the real server over the sample corpus: a
// failure that says "try again in a moment" with nothing to try again with (more results, a meeting, a topic
// history), "show more" that gave no sign of working while the next page came, on a phone filtered results that did
// not say so, a speaker ticked from behind "Show all" folded away again, with the keyboard's focus, a long
// conversation that stretched the page far below its footer, a meeting of sixteen items with no list of them,
// "Clear all filters" dropping the keyboard's focus on the page, a passage's "Text cut short" read as the search's,
// a chat source whose meeting went "back" to a search for the chat's words instead of the one on screen, and "show
// more" over results grouped by meeting putting the focus on a result already read, an item title with a word longer
// than a phone is wide, a question asked while the last was being answered vanishing without a word, and a meeting
// opened from a topic history going "back" to the search instead.
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { MeetingDetail, SearchResponse } from '../../server/api-types';
import { apiJson, makeCorpus, startTestServer, useBrowserSession, searchSettled } from './harness';

const session = useBrowserSession(() => makeCorpus({}));
let page: Page;

beforeEach(() => {
  page = session.page;
});

const settled = (query?: string) => searchSettled(page, query);

const isLaterPage = (url: URL) => url.pathname === '/api/search' && url.searchParams.has('offset');

describe('more results', () => {
  it('says the next page is loading, and offers to try again when it could not be loaded', async () => {
    await page.goto(`${session.server.url}/?q=police`);
    await settled('police');
    expect(await page.locator('.result').count()).toBe(20);

    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(isLaterPage, async (route) => {
      await held;
      await route.abort('connectionrefused');
    });
    await page.click('#more-results button:has-text("Show more results")');
    const loading = page.locator('#more-results button');
    expect(await loading.textContent()).toBe('Loading more results…');
    expect(await loading.isDisabled()).toBe(true);
    release();

    await page.waitForSelector('#more-results .error');
    expect(await page.textContent('#more-results .error')).toContain('could not be reached');
    const retry = page.locator('#more-results button:has-text("Try again")');
    expect(await retry.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.unroute(isLaterPage);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.result').length > 20);
    expect(await page.locator('#more-results .error').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('a.open-context')[20])).toBe(true);
  });
});

describe('a meeting that could not be opened', () => {
  it('offers to try again when the server could not be reached, and opens the paragraph once it answers', async () => {
    await page.goto(`${session.server.url}/?q=cctv`);
    await settled('cctv');
    const isMeeting = (url: URL) => url.pathname.startsWith('/api/meetings/');
    await page.route(isMeeting, (route) => route.abort('connectionrefused'));
    const link = page.locator('a.open-context').first();
    const target = new URL((await link.getAttribute('href'))!, session.server.url).hash.slice(1);
    await link.click();
    await page.waitForSelector('#meeting-view .state-error');
    expect(await page.textContent('#meeting-view .state-error')).toContain('could not be reached');
    expect(await page.locator('#meeting-view .state-error a:has-text("Back to search")').count()).toBe(1);

    await page.unroute(isMeeting);
    await page.click('#meeting-view .state-error button:has-text("Try again")');
    await page.waitForSelector('.meeting');
    expect(await page.getAttribute(`[id="${target}"]`, 'class')).toContain('is-target');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
  });

  it('offers no second try for an address the server refuses, which would fail the same way', async () => {
    await page.goto(`${session.server.url}/meetings/no-such-meeting-2017-01-01`);
    await page.waitForSelector('#meeting-view .state-error');
    expect(await page.textContent('#meeting-view .state-error')).toMatch(/not in the index|does not name a meeting/);
    expect(await page.locator('#meeting-view .state-error button').count()).toBe(0);
  });
});

describe('a topic history that could not be loaded', () => {
  it('offers to try again, and shows the history once the server answers', async () => {
    const isTopics = (url: URL) => url.pathname === '/api/topics';
    await page.route(isTopics, (route) => route.abort('connectionrefused'));
    await page.goto(`${session.server.url}/topics?q=cctv`);
    await page.waitForSelector('#topic-view .state-error');
    expect(await page.textContent('#topic-view .state-error')).toContain('could not be reached');
    await page.unroute(isTopics);
    await page.click('#topic-view .state-error button:has-text("Try again")');
    await page.waitForSelector('#topic-view .topic-meeting');
    expect(await page.locator('#topic-view .state-error').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('topic-heading');
  });
});

describe('filtered results on a phone', () => {
  it('says at the top of the results, where the filters are out of view, how many filters narrow them', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    const { facets } = await apiJson<SearchResponse>(session.server, '/api/search?q=victims&limit=1');
    const [body] = Object.keys(facets.body);
    await page.goto(`${session.server.url}/?q=victims&body=${encodeURIComponent(body)}&year=2017`);
    await settled('victims');
    const jump = page.locator('a.jump-to-filters');
    expect(await jump.isVisible()).toBe(true);
    expect(await page.locator('#refine').evaluate((refine) => refine.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    expect(await jump.textContent()).toBe('Filters (2 active)');

    await page.goto(`${session.server.url}/?q=victims`);
    await settled('victims');
    expect(await jump.textContent()).toBe('Filters');
  });
});

describe('a speaker ticked from behind "Show all"', () => {
  it('stays in view, ticked and focused, once the search it ran has drawn the list again', async () => {
    // By exact words, so the speakers listed do not hang on the model the tests run.
    await page.goto(`${session.server.url}/?q=police&mode=keyword`);
    await settled('police');
    await page.click('#filters .facet-more summary');
    const last = page.locator('#filters .facet-more input[name="speaker"]').last();
    const speaker = (await last.getAttribute('value'))!;
    await last.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('speaker') === speaker);
    await settled('police');
    const ticked = page.locator('#filters input[name="speaker"]:checked');
    expect(await ticked.getAttribute('value')).toBe(speaker);
    expect(await ticked.isVisible()).toBe(true);
    expect(await ticked.evaluate((box) => box === document.activeElement)).toBe(true);
  });
});

describe('a conversation longer than the chat box', () => {
  it('scrolls inside the box and leaves no empty page below the footer', async () => {
    const sentences = Array.from({ length: 12 }, (_, index) => `Sentence ${index + 1} of a long answer about the precept.`).join(' ');
    await page.route('**/api/chat', (route) =>
      route.fulfill({ json: { answer: sentences, citations: [], results: [], interpreted: { query: 'precept', filters: {}, preferDecisions: false }, degraded: null } }),
    );
    await page.goto(`${session.server.url}/`);
    await page.waitForSelector('.state-empty');
    for (let turn = 1; turn <= 6; turn += 1) {
      await page.fill('#chat-input', `Question ${turn} about the precept?`);
      await page.press('#chat-input', 'Enter');
      await page.waitForFunction((count) => document.querySelectorAll('.chat-turn .chat-answer').length === count, turn);
    }
    const { log, below } = await page.evaluate(() => {
      const chatLog = document.querySelector('.chat-log')!;
      const footer = document.querySelector('.site-footer')!.getBoundingClientRect().bottom + window.scrollY;
      return { log: chatLog.scrollHeight > chatLog.clientHeight, below: document.documentElement.scrollHeight - footer };
    });
    expect(log).toBe(true);
    expect(below).toBeLessThan(40);
  });
});

describe('a meeting of many items', () => {
  it('lists its items, each a link to its heading, so the one wanted is found without scrolling through the rest', async () => {
    const { meetings } = await apiJson<{ meetings: { id: string; itemCount: number }[] }>(session.server, '/api/meetings?limit=100');
    const longest = meetings.reduce((most, meeting) => (meeting.itemCount > most.itemCount ? meeting : most));
    const { meeting } = await apiJson<{ meeting: MeetingDetail }>(session.server, `/api/meetings/${longest.id}`);
    await page.goto(`${session.server.url}/meetings/${meeting.id}`);
    await page.waitForSelector('.meeting');
    const contents = page.getByRole('navigation', { name: 'Items of this meeting' });
    await contents.locator('summary').click();
    const links = contents.locator('a');
    expect(await links.count()).toBe(meeting.items.length);

    const last = meeting.items.at(-1)!;
    await links.last().click();
    await page.waitForURL((url) => url.hash === `#${last.id}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(last.id);
    expect(await page.locator(`[id="${last.id}"] h3`).isVisible()).toBe(true);
    expect(await page.locator(`[id="${last.id}"] h3`).evaluate((heading) => heading.getBoundingClientRect().top >= 0 && heading.getBoundingClientRect().top < window.innerHeight)).toBe(true);
  });
});

describe('"Clear all filters" from the keyboard', () => {
  it('leaves the focus in the filters panel, not on the page', async () => {
    await page.goto(`${session.server.url}/?q=cctv&year=2017&decisions=true`);
    await settled('cctv');
    await page.focus('#filters button:has-text("Clear all filters")');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('year') && !url.searchParams.has('decisions'));
    await settled('cctv');
    expect(await page.locator('#filters button:has-text("Clear all filters")').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('#refine') !== null)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#refine') !== null)).toBe(true);
  });
});

describe('a passage the published minutes cut short', () => {
  it('says the minutes cut it short, not the search, in words every reader gets', async () => {
    await page.goto(`${session.server.url}/?q=${encodeURIComponent('PCC regularly visited')}&mode=keyword`);
    await settled('PCC regularly visited');
    const { results } = await apiJson<SearchResponse>(session.server, '/api/search?q=PCC+regularly+visited&mode=keyword&limit=20');
    const cut = results.findIndex((result) => result.truncated);
    expect(cut).toBeGreaterThanOrEqual(0);
    const badge = page.locator('.result').nth(cut).locator('.badge-muted');
    expect(await badge.textContent()).toBe('Cut short in the published minutes');
    expect(await badge.getAttribute('title')).toBeNull();
  });
});

describe('a chat source opened over a search', () => {
  it('goes back to the search on screen, not to a search for the chat\'s words, and keeps it while reading on in the meeting', async () => {
    await page.goto(`${session.server.url}/?q=cctv`);
    await settled('cctv');
    await page.fill('#chat-input', 'What was decided about the precept?');
    await Promise.all([page.waitForResponse('**/api/chat'), page.press('#chat-input', 'Enter')]);
    const source = page.locator('#chat a.citation').first();
    await source.click();
    await page.waitForSelector('.is-target');
    // The chat's words are still what is marked in the meeting.
    expect(new URL(page.url()).searchParams.get('q')).not.toBe('cctv');
    const back = page.locator('.meeting-bar .back a');
    expect(await back.textContent()).toBe('← Back to results for “cctv”');

    // Another paragraph of the same meeting, then back: still the search on screen before.
    await page.locator('.meeting a.paragraph-number').first().click();
    await page.waitForFunction(() => document.querySelector('.is-target') !== null);
    expect(await back.textContent()).toBe('← Back to results for “cctv”');
    await back.click();
    await settled('cctv');
    expect(new URL(page.url()).searchParams.get('q')).toBe('cctv');
    expect(await page.inputValue('#search-input')).toBe('cctv');
  });

  it('keeps the back link a shared meeting address names, opened with no search before it', async () => {
    const { results } = await apiJson<SearchResponse>(session.server, '/api/search?q=precept&limit=1');
    await page.goto(`${session.server.url}/meetings/${results[0].meeting.id}?q=precept`);
    await page.waitForSelector('.meeting');
    expect(await page.locator('.meeting-bar .back a').textContent()).toBe('← Back to results for “precept”');
    expect(await page.locator('.meeting-bar .back a').getAttribute('href')).toBe('/?q=precept');
  });
});

describe('more results grouped by meeting', () => {
  it('moves the focus to the first new result as read, not to one already read in a group shown before', async () => {
    await page.goto(`${session.server.url}/?q=police&mode=keyword&group=meeting`);
    await settled('police');
    const shownBefore = new Set(await page.locator('.result').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.resultId)));
    await page.click('#more-results button:has-text("Show more results")');
    await page.waitForFunction((count) => document.querySelectorAll('.result').length > count, shownBefore.size);
    const focused = await page.evaluate(() => (document.activeElement?.closest('.result') as HTMLElement | null)?.dataset.resultId ?? null);
    const firstNew = await page.locator('.result').evaluateAll((cards, before) => cards.map((card) => (card as HTMLElement).dataset.resultId).find((id) => !before.includes(id!)), [...shownBefore]);
    expect(focused).not.toBeNull();
    expect(shownBefore.has(focused!)).toBe(false);
    expect(focused).toBe(firstNew);
  });
});

describe('an item title with a word longer than a phone is wide', () => {
  const longWord = 'Supercalifragilisticexpialidociousness';
  let wideSession: { url: string; close: () => Promise<void> } | null = null;
  let corpus = '';

  beforeAll(async () => {
    corpus = await makeCorpus({
      'hollowmere-parish-2019-05-14-minutes.txt': `Agenda and minutes\n\nHollowmere Parish Council\nTuesday, 14th May, 2019 7.00 pm\n\nVenue: Village Hall, Hollowmere\n\n\nNo. Item\n\n\n${longWord} Scheme for the Zebrafinch Survey\n\nAdditional documents:\n\n\n1.    The Clerk reported on the zebrafinch survey.\n\n\n2.    RESOLVED that the zebrafinch survey be noted.\n`,
    });
    wideSession = await startTestServer(corpus);
  });

  afterAll(async () => {
    await wideSession?.close();
    await fs.rm(corpus, { recursive: true, force: true });
  });

  it('breaks the word inside the result card and the meeting, which stay within a 320 px screen', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    const overflowing = () => page.evaluate(() => [...document.querySelectorAll('.result, .meeting *')].filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1).length);
    for (const group of ['', '&group=meeting']) {
      await page.goto(`${wideSession!.url}/?q=zebrafinch${group}`);
      await settled('zebrafinch');
      expect(await page.locator('.result-item').first().textContent()).toContain(longWord);
      expect(await overflowing()).toBe(0);
    }
    await page.locator('a.open-context').first().click();
    await page.waitForSelector('.meeting');
    expect(await overflowing()).toBe(0);
  });
});

describe('a question asked while the last one is being answered', () => {
  it('waits in the box with a word of why, instead of vanishing, and is asked on request once the answer is in', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/chat', async (route) => {
      await held;
      await route.continue();
    });
    const question = 'What did the Commissioner say about CCTV funding?';
    await page.goto(`${session.server.url}/?q=${encodeURIComponent(question)}`);
    await settled(question);
    await page.fill('#chat-input', 'What was decided about the precept?');
    await page.press('#chat-input', 'Enter');
    await page.waitForSelector('.chat-pending');
    await page.click('button:has-text("Ask the minutes instead")');
    expect(await page.inputValue('#chat-input')).toBe(question);
    expect(await page.textContent('.chat-status')).toContain('Still answering the last question');

    release();
    await page.waitForSelector('.chat-turn .chat-answer');
    await page.unroute('**/api/chat');
    await page.press('#chat-input', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('.chat-turn .chat-answer').length === 2);
    expect(await page.locator('.chat-turn .chat-question').nth(1).textContent()).toContain(question);
    expect(await page.textContent('.chat-status')).toBe('');
  });
});

describe('a meeting opened from a topic history', () => {
  it('goes back to the topic history, not to the search it was followed from', async () => {
    await page.goto(`${session.server.url}/topics?q=victims`);
    await page.waitForSelector('#topic-view .topic-meeting');
    await page.locator('#topic-view .topic-meeting a[data-route]').first().click();
    await page.waitForSelector('.is-target');
    const back = page.locator('.meeting-bar .back a');
    expect(await back.textContent()).toBe('← Back to the topic history of “victims”');
    await back.click();
    await page.waitForSelector('#topic-view .topic-meeting');
    expect(new URL(page.url()).pathname).toBe('/topics');
  });
});

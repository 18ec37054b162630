/** @jest-environment ./test/vector/onnx-environment.ts */
// "Follow this search" in real headless Chromium against the real server and a real SMTP server in-process: the feed
// link opens the search's Atom feed, the email form (labelled, keyboard reachable) asks for a confirmation email whose
// link opens a page that confirms only when its button is pressed, and a server without mail says email alerts are
// off instead of offering the form.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { alertDatabasePath } from '../../server/alerts/database';
import { linksIn, startInbox, type Inbox } from '../helpers/smtp-inbox';
import { buildClient, launchBrowser, SCREENSHOT_DIR, startTestServer, type TestServer } from './harness';

const MINUTES = 'Minutes of the meeting of the Licensing Panel held on 3 March 2026\n\n1. Taxi fares\n\nThe panel agreed the new taxi fares for night journeys.\n';

let corpusDir: string;
let inbox: Inbox;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await buildClient();
  corpusDir = await fs.mkdtemp(path.join(os.tmpdir(), 'minutes-e2e-follow-'));
  await fs.writeFile(path.join(corpusDir, 'licensing.txt'), MINUTES);
  [inbox, browser] = await Promise.all([startInbox(), launchBrowser()]);
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await inbox?.close();
  if (corpusDir) await fs.rm(corpusDir, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await browser.newPage();
});

afterEach(async () => {
  await page.close();
});

function isConfirmed(server: TestServer): boolean {
  const db = new Database(alertDatabasePath(server.dataDir), { readonly: true });
  try {
    return db.prepare('SELECT confirmed_at IS NOT NULL FROM subscriptions').pluck().get() === 1;
  } finally {
    db.close();
  }
}

async function openFollowPanel(server: TestServer): Promise<void> {
  await page.goto(`${server.url}/?q=taxi+fares`);
  await page.waitForSelector('.result');
  await page.click('.follow summary');
}

it('offers the search’s feed and email alerts, confirmed by an email', async () => {
  const server = await startTestServer(corpusDir, { SMTP_URL: inbox.url });
  try {
    await openFollowPanel(server);
    const feed = (await page.getAttribute('.follow a[type="application/atom+xml"]', 'href')) as string;
    expect(feed).toBe('/api/feed?q=taxi+fares');
    const response = await fetch(server.url + feed);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    expect(await response.text()).toContain('new <mark>taxi</mark> <mark>fares</mark>');

    await page.getByLabel('Your email address').fill('member@example.org');
    await page.getByLabel('How often').selectOption('daily');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.follow-status')?.textContent?.startsWith('Check your inbox'));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'follow.png'), fullPage: true });
    const [confirmation] = await inbox.waitFor('member@example.org', 1);
    const link = linksIn(confirmation).find((candidate) => candidate.startsWith(`${server.url}/api/alerts/confirm?token=`)) as string;

    await page.goto(link);
    const confirm = page.getByRole('button', { name: 'Confirm alerts for “taxi fares”' });
    expect(await confirm.count()).toBe(1);
    expect(isConfirmed(server)).toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'follow-confirm.png'), fullPage: true });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:text("Alerts started")');
    expect(isConfirmed(server)).toBe(true);
  } finally {
    await server.close();
  }
});

it('says email alerts are off when the server has no mail set up, and still offers the feed', async () => {
  const server = await startTestServer(corpusDir);
  try {
    await openFollowPanel(server);
    expect(await page.textContent('.follow .notice')).toContain('Email alerts are off on this server');
    // The setting to change is the operator's business (health and the log name it), not the reader's.
    expect(await page.textContent('.follow .notice')).not.toContain('SMTP_URL');
    expect(await page.locator('.follow form').count()).toBe(0);
    expect(await page.locator('.follow a[type="application/atom+xml"]').count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'follow-email-off.png'), fullPage: true });
  } finally {
    await server.close();
  }
});

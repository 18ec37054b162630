/** @jest-environment ./test/vector/onnx-environment.ts */
// Following a topic end to end on a real server, a real SMTP server (in-process, 127.0.0.1) and real uploads:
// subscribe → confirmation email → its link opens a page whose button confirms → new minutes mention the topic →
// exactly one digest citing the new paragraph with a working permalink; nothing to an unconfirmed address; nothing again
// after a restart or for minutes indexed again; unsubscribe by the email's link and its page's button → nothing more.
// Opening a link alone changes nothing (mail scanners fetch them); alerts.sqlite holds no token of any email. The feed
// is well-formed Atom.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ParsedMail } from 'mailparser';
import { xml2js, type Element } from 'xml-js';
import type { Config } from '../../core/config';
import { silentLogger } from '../../core/logger';
import { alertDatabasePath, openAlertDatabase } from '../../server/alerts/database';
import { unsubscribeLink } from '../../server/alerts/delivery';
import { Subscriptions } from '../../server/alerts/subscriptions';
import { CLIENT_DIST } from '../../server/app';
import { startServer, type RunningServer } from '../../server/start';
import { alertDatabaseBytes, openLink, pressButton } from '../helpers/alert-links';
import { temporaryDirectory, testConfig } from '../helpers/environment';
import { linksIn, startInbox, type Inbox } from '../helpers/smtp-inbox';

const ADMIN_KEY = 'alerts-test-key-5d20e1';
const READER = 'reader@example.org';
const LURKER = 'lurker@example.org';

/** Minutes written for this test in the style of a small council panel's. */
function minutes(day: number, paragraphs: string[]): string {
  return [
    `Minutes of the meeting of the Weald Roads Panel held on ${day} May 2026`,
    '',
    '1. Apologies',
    '',
    'Apologies were received from Cllr Hart.',
    '',
    '2. Road safety on the A28',
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
  ].join('\n');
}

const FIRST_MENTION = 'Cllr Dunmore asked when the speed cameras near Bethersden school would be switched on, as drivers still ignored the limit.';
const CORRECTION = 'The clerk added that the average speed cameras on the A28 had been ordered in April.';
const FIRST_MINUTES = minutes(12, [FIRST_MENTION, 'The Chairman said the panel would write to the highways authority.']);
// Republished minutes: the first mention again, word for word, and one new paragraph.
const REPUBLISHED_MINUTES = minutes(12, [FIRST_MENTION, 'The Chairman said the panel would write to the highways authority.', CORRECTION]);
const LATER_MINUTES = minutes(26, ['Members heard that the speed cameras at Tenterden had caught 40 drivers in a week.']);

let config: Config;
let inbox: Inbox;
let server: RunningServer;

interface Health {
  alerts: { email: boolean; notice: string | null; lastRun: { finishedAt: string } | null };
}

async function health(): Promise<Health> {
  return (await (await fetch(`${server.url}/api/health`)).json()) as Health;
}

/** Resolves once an alerts run finished after `since` (the finishedAt of the run before). */
async function nextAlertRun(since: string | null): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await health()).alerts.lastRun?.finishedAt === since || (await health()).alerts.lastRun === null) {
    if (Date.now() > deadline) throw new Error('no alerts run finished');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function lastRunAt(): Promise<string | null> {
  return (await health()).alerts.lastRun?.finishedAt ?? null;
}

/** Uploads minutes through the admin API and waits for the alerts run it sets off. */
async function uploadAndWait(name: string, content: string): Promise<number> {
  const before = await lastRunAt();
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'text/plain' }), name);
  const response = await fetch(`${server.url}/api/documents`, { method: 'POST', body: form, headers: { 'x-api-key': ADMIN_KEY } });
  if (response.status === 201) await nextAlertRun(before);
  return response.status;
}

function subscribe(email: string, search: string, frequency = 'immediate'): Promise<Response> {
  return fetch(`${server.url}/api/alerts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, search, frequency }) });
}

function linkTo(mail: ParsedMail, route: string): string {
  const link = linksIn(mail).find((candidate) => new URL(candidate).pathname === route);
  if (!link) throw new Error(`no ${route} link in: ${mail.text}`);
  return link;
}

/** The address's subscriptions as stored, read beside the running server. */
function subscriptionsOf(email: string): { confirmed: boolean }[] {
  const db = new Database(alertDatabasePath(config.dataDir), { readonly: true });
  try {
    const rows = db.prepare<[string], { confirmed_at: string | null }>('SELECT confirmed_at FROM subscriptions WHERE email = ? ORDER BY id').all(email);
    return rows.map((row) => ({ confirmed: row.confirmed_at !== null }));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  inbox = await startInbox();
  const corpus = temporaryDirectory('alerts-corpus');
  fs.writeFileSync(path.join(corpus, 'licensing.txt'), 'Minutes of the meeting of the Licensing Panel held on 3 March 2026\n\n1. Taxi fares\n\nThe panel agreed the new taxi fares.\n');
  config = testConfig({ ADMIN_API_KEY: ADMIN_KEY, SMTP_URL: inbox.url, CORPUS_DIR: corpus, ALERTS_SUBSCRIBE_PER_HOUR: '8' });
  server = await startServer(config, silentLogger);
  await nextAlertRun(null);
}, 120_000);

afterAll(async () => {
  await server?.close();
  await inbox?.close();
});

describe('email alerts for a followed search', () => {
  let digest: ParsedMail;

  it('sends a confirmation email, and alerts start only from the button of the page its link opens', async () => {
    expect((await health()).alerts).toMatchObject({ email: true, notice: null });
    expect((await subscribe(READER, 'q=speed+cameras')).status).toBe(202);
    expect((await subscribe(LURKER, 'q=speed+cameras')).status).toBe(202);
    const [confirmation] = await inbox.waitFor(READER, 1);
    expect(confirmation.subject).toContain('speed cameras');
    const page = await openLink(linkTo(confirmation, '/api/alerts/confirm'));
    expect(page).toMatchObject({ status: 200, title: 'Confirm email alerts', button: { label: 'Confirm alerts for “speed cameras”' } });
    // A mail scanner fetching the link confirms nothing, however often.
    await fetch(linkTo(confirmation, '/api/alerts/confirm'));
    expect(subscriptionsOf(READER)).toEqual([{ confirmed: false }]);
    expect(await pressButton(page)).toMatchObject({ status: 200, title: 'Alerts started' });
    expect(subscriptionsOf(READER)).toEqual([{ confirmed: true }]);
    expect((await openLink(linkTo(confirmation, '/api/alerts/confirm'))).status).toBe(404);
    expect(JSON.stringify(await health())).not.toContain('example.org');
  });

  it('sends one digest citing the new paragraph, with a permalink that opens it in context', async () => {
    expect(await uploadAndWait('weald-roads-2026-05-12.txt', FIRST_MINUTES)).toBe(201);
    const mails = await inbox.waitFor(READER, 2);
    expect(mails).toHaveLength(2);
    digest = mails[1];
    expect(digest.subject).toBe('1 new passage on “speed cameras”');
    expect(digest.text).toContain(FIRST_MENTION);
    expect(digest.text).toContain('matched words: speed, cameras');
    expect(digest.html).toContain('<mark>speed</mark> <mark>cameras</mark>');
    expect(digest.headerLines.find((header) => header.key === 'list-unsubscribe')?.line).toMatch(/\/api\/alerts\/unsubscribe\?token=[\w-]{43}&all=1/);

    const permalink = new URL(linksIn(digest).find((link) => link.includes('/meetings/')) as string);
    expect(permalink.searchParams.get('q')).toBe('speed cameras');
    const meetingId = decodeURIComponent(permalink.pathname.split('/')[2]);
    const { meeting } = (await (await fetch(`${server.url}/api/meetings/${meetingId}`)).json()) as {
      meeting: { items: { id: string; paragraphs: { index: number; text: string }[] }[] };
    };
    const anchor = decodeURIComponent(permalink.hash.slice(1));
    const cited = meeting.items.flatMap((item) => item.paragraphs.map((paragraph) => ({ anchor: `${item.id}-p${paragraph.index}`, text: paragraph.text })));
    expect(cited.find((paragraph) => paragraph.anchor === anchor)?.text).toBe(FIRST_MENTION);
    // The page itself answers the permalink when it is built (npm run build:client).
    if (fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) expect((await fetch(permalink)).status).toBe(200);
  });

  it('keeps no token of any email in alerts.sqlite', async () => {
    const mails = [...inbox.to(READER), ...inbox.to(LURKER)];
    const tokens = mails.flatMap(linksIn).flatMap((link) => new URL(link).searchParams.get('token') ?? []);
    // The two confirmations, the digest's link for its search and its link for every search.
    expect(new Set(tokens).size).toBe(4);
    const stored = alertDatabaseBytes(config.dataDir);
    expect(stored).toContain(LURKER);
    for (const token of tokens) expect(stored).not.toContain(token);
  });

  it('answers a subscription without words or filters with 400, and sends no email', async () => {
    const response = await subscribe('someone@example.org', 'mode=keyword');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe('search');
    expect(inbox.to('someone@example.org')).toHaveLength(0);
  });

  it('sends nothing to an address that never confirmed', () => {
    expect(inbox.to(LURKER).map((mail) => mail.subject)).toEqual([expect.stringContaining('Confirm')]);
  });

  it('sends only the new paragraph of republished minutes', async () => {
    expect(await uploadAndWait('weald-roads-2026-05-12-corrected.txt', REPUBLISHED_MINUTES)).toBe(201);
    const [, , correction] = await inbox.waitFor(READER, 3);
    expect(correction.text).toContain(CORRECTION);
    expect(correction.text).not.toContain(FIRST_MENTION);
  });

  it('lists the paragraphs in a well-formed Atom feed, the most recently indexed first', async () => {
    const response = await fetch(`${server.url}/api/feed?q=speed+cameras`);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const document = xml2js(await response.text()) as Element;
    const feed = document.elements?.find((element) => element.name === 'feed') as Element;
    expect(feed.attributes?.xmlns).toBe('http://www.w3.org/2005/Atom');
    const child = (parent: Element, name: string) => parent.elements?.find((element) => element.name === name);
    const text = (element: Element | undefined) => element?.elements?.map((part) => part.text ?? part.cdata ?? '').join('') ?? '';
    for (const required of ['id', 'title', 'updated', 'author']) expect(child(feed, required)).toBeDefined();
    const entries = feed.elements?.filter((element) => element.name === 'entry') ?? [];
    expect(entries.length).toBe(2);
    for (const entry of entries) {
      for (const required of ['id', 'title', 'updated', 'content']) expect(child(entry, required)).toBeDefined();
      expect(Number.isNaN(Date.parse(text(child(entry, 'updated'))))).toBe(false);
    }
    expect(text(child(entries[0], 'content'))).toContain('average <mark>speed</mark> <mark>cameras</mark>');
    const link = new URL(child(entries[0], 'link')?.attributes?.href as string);
    expect(link.pathname).toMatch(/^\/meetings\//);
    expect(link.searchParams.get('q')).toBe('speed cameras');
  });

  it('sends nothing again after a restart, nor for the same minutes uploaded again', async () => {
    await server.close();
    // On the same port, as a deployment restarts: the links in the emails already sent keep working.
    config = { ...config, port: Number(new URL(server.url).port) };
    server = await startServer(config, silentLogger);
    await nextAlertRun(null);
    expect(await uploadAndWait('weald-roads-again.txt', FIRST_MINUTES)).toBe(200);
    expect(inbox.to(READER)).toHaveLength(3);
  });

  it('stops by the link in the email and its page’s button: minutes indexed after that send nothing', async () => {
    const page = await openLink(linkTo(digest, '/api/alerts/unsubscribe'));
    expect(page).toMatchObject({ status: 200, title: 'Stop email alerts', button: { label: 'Unsubscribe' } });
    expect(page.text).toContain('the emails about “speed cameras”');
    expect(subscriptionsOf(READER)).toEqual([{ confirmed: true }]);
    expect(await pressButton(page)).toMatchObject({ status: 200, title: 'Alerts stopped' });
    expect(subscriptionsOf(READER)).toEqual([]);
    expect(await uploadAndWait('weald-roads-2026-05-26.txt', LATER_MINUTES)).toBe(201);
    expect(inbox.to(READER)).toHaveLength(3);
  });
});

describe('one-click unsubscribe and unknown links', () => {
  it('escapes the search on its page, and stops every search of an address at once when a mail client posts the List-Unsubscribe link (RFC 8058)', async () => {
    const email = 'one-click@example.org';
    const db = openAlertDatabase(config.dataDir);
    try {
      const subscriptions = new Subscriptions(db, config.alerts);
      const requests = ['q=%3Cb%3Eferries%3C%2Fb%3E', 'q=harbour+dues'].map((search) => {
        const requested = subscriptions.request({ email, search, frequency: 'weekly', clientAddress: 'one-click test' });
        if (requested.kind !== 'confirm') throw new Error('expected a confirmation');
        return requested;
      });
      const confirmPage = await (await fetch(`${server.url}/api/alerts/confirm?token=${requests[0].confirmToken}`)).text();
      expect(confirmPage).toContain('Confirm alerts for “&lt;b&gt;ferries&lt;/b&gt;”');
      expect(confirmPage).not.toContain('<b>');
      const ids = requests.map((requested) => {
        subscriptions.confirm(requested.confirmToken, 0);
        return requested.subscriptionId;
      });
      const link = unsubscribeLink(server.url, subscriptions.newUnsubscribeToken(ids[0]), true);
      expect((await openLink(link)).text).toContain('every alert email to this address');
      expect(subscriptionsOf(email)).toHaveLength(2);
      const oneClick = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
      expect(oneClick.status).toBe(200);
      expect(subscriptionsOf(email)).toEqual([]);
      const again = await fetch(link, { method: 'POST', headers: { accept: 'application/json' } });
      expect(again.status).toBe(404);
      expect(((await again.json()) as { error: { code: string } }).error.code).toBe('not_found');
    } finally {
      db.close();
    }
  });

  it('answers a well-formed token it never made with a 404 page that names no address', async () => {
    for (const route of ['confirm', 'unsubscribe']) {
      const page = await openLink(`${server.url}/api/alerts/${route}?token=${'A'.repeat(43)}`);
      expect(page).toMatchObject({ status: 404, title: 'Link not recognised', button: null });
      expect(page.text).not.toContain('@');
    }
  });
});

describe('limits on subscribing', () => {
  it('refuses a fourth confirmation email to one address in a day, and a client past its hourly requests, with 429', async () => {
    for (const word of ['buses', 'potholes', 'verges']) expect((await subscribe('flood@example.org', `q=${word}`)).status).toBe(202);
    const perAddress = await subscribe('flood@example.org', 'q=hedges');
    expect(perAddress.status).toBe(429);
    expect(((await perAddress.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('confirmation emails') });
    // Eight requests an hour from one client (ALERTS_SUBSCRIBE_PER_HOUR, counted since the restart): four above, four more here.
    for (const [index, word] of ['bridges', 'parking', 'lighting', 'gritting'].entries()) expect((await subscribe(`other${index}@example.org`, `q=${word}`)).status).toBe(202);
    const perClient = await subscribe('other9@example.org', 'q=signs');
    expect(perClient.status).toBe(429);
    expect(((await perClient.json()) as { error: { message: string } }).error.message).toContain('ALERTS_SUBSCRIBE_PER_HOUR');
  });
});

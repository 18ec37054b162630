/** @jest-environment ./test/vector/onnx-environment.ts */
// Alerts runs as the indexer and cron run them: the archive indexed before alerts began is never news, a daily
// subscription collects its matches until a day has passed, an unchanged re-index sends nothing, and the two
// commands (`npm run index`, `npm run alerts`) print what they sent.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Config } from '../../../core/config';
import { silentLogger } from '../../../core/logger';
import { indexPaths, silentReporter } from '../../../indexer/pipeline';
import { openStores, type Stores } from '../../../indexer/stores/open';
import { openAlerts, runAlerts, type Alerts } from '../../../server/alerts/run';
import { modelEnvironment, REPO_ROOT, temporaryDirectory, testConfig } from '../../helpers/environment';
import { startInbox, type Inbox } from '../../helpers/smtp-inbox';

const READER = 'daily@example.org';
const HOUR = 3_600_000;

function writeMinutes(folder: string, name: string, day: number, paragraph: string): void {
  const text = `Minutes of the meeting of the Harbour Board held on ${day} June 2026\n\n1. Moorings\n\n${paragraph}\n`;
  fs.writeFileSync(path.join(folder, name), text);
}

let inbox: Inbox;
let config: Config;
let stores: Stores;
let alerts: Alerts;
let folder: string;

async function indexAndRun(now: Date) {
  await indexPaths([folder], stores, config, silentReporter, { prune: false });
  return runAlerts(alerts, stores, config, silentLogger, 'https://harbour.example.org', now);
}

beforeAll(async () => {
  inbox = await startInbox();
  folder = temporaryDirectory('alerts-run');
  config = testConfig({ SMTP_URL: inbox.url });
  stores = await openStores(config, silentLogger);
  alerts = openAlerts(config);
}, 60_000);

afterAll(async () => {
  alerts?.close();
  await stores?.close();
  await inbox?.close();
});

describe('a daily subscription', () => {
  const start = new Date('2026-06-10T08:00:00Z');

  it('hears nothing of the archive indexed before alerts began', async () => {
    writeMinutes(folder, 'archive.txt', 1, 'The board discussed the dredging of the outer harbour.');
    expect(await indexAndRun(start)).toMatchObject({ newParagraphs: 0, matches: 0, digests: [] });
    const requested = alerts.subscriptions.request({ email: READER, search: 'q=dredging', frequency: 'daily', clientAddress: '127.0.0.1' }, start);
    if (requested.kind !== 'confirm') throw new Error('expected a confirmation');
    expect(alerts.subscriptions.confirm(requested.confirmToken, alerts.ledger.watermark() ?? 0, start)).not.toBeNull();
  });

  it('gets its first digest at once, then collects matches until a day has passed', async () => {
    writeMinutes(folder, 'second.txt', 8, 'Dredging of the inner harbour will start in July.');
    expect((await indexAndRun(new Date(start.getTime() + HOUR))).digests).toHaveLength(1);
    writeMinutes(folder, 'third.txt', 9, 'The dredging contractor reported a delay.');
    expect(await indexAndRun(new Date(start.getTime() + 2 * HOUR))).toMatchObject({ newParagraphs: 1, matches: 1, digests: [] });
    const next = await runAlerts(alerts, stores, config, silentLogger, 'https://harbour.example.org', new Date(start.getTime() + 26 * HOUR));
    expect(next.digests).toEqual([{ subscriptions: [expect.any(Number)], passages: 1 }]);
    const mails = inbox.to(READER);
    expect(mails.map((mail) => mail.subject)).toEqual(['1 new passage on “dredging”', '1 new passage on “dredging”']);
    expect(mails[1].text).toContain('The dredging contractor reported a delay.');
    expect(mails[1].text).toContain('https://harbour.example.org/meetings/');
  });

  it('hears nothing when unchanged files are indexed again', async () => {
    expect(await indexAndRun(new Date(start.getTime() + 60 * HOUR))).toMatchObject({ newParagraphs: 0, matches: 0, digests: [] });
    expect(inbox.to(READER)).toHaveLength(2);
  });
});

describe('the commands', () => {
  const run = promisify(execFile);

  it('`npm run index` matches and sends after indexing; `npm run alerts` finds nothing left to send', async () => {
    const dataDir = temporaryDirectory('alerts-cli');
    const corpus = temporaryDirectory('alerts-cli-corpus');
    const env = { ...process.env, ...modelEnvironment(), DATA_DIR: dataDir, SMTP_URL: inbox.url, PUBLIC_URL: 'https://harbour.example.org', LOG_LEVEL: 'silent' };
    writeMinutes(corpus, 'first.txt', 1, 'The board agreed the mooring fees.');
    await run('npm', ['run', '--silent', 'index:dev', '--', corpus], { cwd: REPO_ROOT, env });
    // A subscription made the way the server makes one, in the same data folder.
    const cliAlerts = openAlerts({ ...config, dataDir });
    const requested = cliAlerts.subscriptions.request({ email: 'moorings@example.org', search: 'q=mooring+fees&mode=keyword', frequency: 'immediate', clientAddress: '127.0.0.1' });
    if (requested.kind === 'confirm') cliAlerts.subscriptions.confirm(requested.confirmToken, cliAlerts.ledger.watermark() ?? 0);
    cliAlerts.close();

    writeMinutes(corpus, 'second.txt', 15, 'Members asked whether the mooring fees would rise again next year.');
    const indexed = await run('npm', ['run', '--silent', 'index:dev', '--', corpus], { cwd: REPO_ROOT, env });
    expect(indexed.stdout).toContain('alerts: 1 new paragraphs, 1 matches, 1 digests sent, 0 failed');
    expect(indexed.stdout).toMatch(/alerts: sent a digest of 1 passages for subscriptions \d+/);
    expect(indexed.stdout).not.toContain('moorings@example.org');
    expect(inbox.to('moorings@example.org')[0].text).toContain('Members asked whether the mooring fees would rise again next year.');

    const cron = await run('npm', ['run', '--silent', 'alerts:dev'], { cwd: REPO_ROOT, env });
    expect(cron.stdout.trim()).toBe('alerts: 0 new paragraphs, 0 matches, 0 digests sent, 0 failed');
  }, 120_000);
});

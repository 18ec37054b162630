// One alerts run, after each indexing run, after each admin upload and on `npm run alerts`: the paragraphs new since
// the last run are matched against every confirmed saved search, the matches wait for their subscription's next
// digest, and every subscriber with a digest due gets one email (daily and weekly ones collect matches till then).
import type { Config } from '../../core/config';
import { describeError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import { constraintsOf } from '../../indexer/stores/keyword/query-constraints';
import type { Stores } from '../../indexer/stores/open';
import { fusionSettingsFor } from '../search/fusion-settings';
import { strongSimilarityOf } from '../topics/history';
import { attachVectors, inSlices, readNewParagraphs, yieldToEventLoop } from './batch';
import { openAlertDatabase, type AlertDatabase } from './database';
import { deliverDigests, type SentDigest } from './delivery';
import { AlertLedger, type PendingMatch } from './ledger';
import { followedSearchFromString } from './links';
import { ALERTS_OFF_NOTICE, createMailer, type Mailer } from './mailer';
import { indexBatch, matchBatch, type SavedSearch } from './matcher';
import { Subscriptions, type ConfirmedSubscription } from './subscriptions';

export interface Alerts {
  subscriptions: Subscriptions;
  ledger: AlertLedger;
  /** Null when SMTP is not configured: email alerts are off. */
  mailer: Mailer | null;
  close(): void;
}

export function openAlerts(config: Config): Alerts {
  const db: AlertDatabase = openAlertDatabase(config.dataDir);
  const mailer = createMailer(config.alerts);
  return {
    subscriptions: new Subscriptions(db, config.alerts),
    ledger: new AlertLedger(db),
    mailer,
    close: () => {
      mailer?.close();
      db.close();
    },
  };
}

export interface AlertRunSummary {
  /** Paragraphs whose text was indexed for the first time since the last run. */
  newParagraphs: number;
  /** Matches recorded for confirmed subscriptions (each waits for its subscription's next digest). */
  matches: number;
  digests: SentDigest[];
  /** Digests the mail server refused: their matches wait for the next run. */
  failed: number;
  emailOff: boolean;
}

/** The similarity a paragraph needs to be sent on meaning alone: well above the model's answer threshold. */
export function alertSimilarity(modelId: string): number {
  return strongSimilarityOf(fusionSettingsFor(modelId).minAnswerSimilarity);
}

/**
 * The saved searches to match, each with its query embedded by the current model: made once and stored, made again
 * after a model change. A stored search that no longer validates is skipped, and said so in the log.
 */
async function savedSearchesOf(subscriptions: ConfirmedSubscription[], alerts: Alerts, stores: Stores, logger: Logger): Promise<SavedSearch[]> {
  const searches: SavedSearch[] = [];
  for (const subscription of subscriptions) {
    let search;
    try {
      search = followedSearchFromString(subscription.search);
    } catch (error) {
      logger.warn({ event: 'alert_search_invalid', subscription: subscription.id, reason: describeError(error) }, 'saved search skipped');
      continue;
    }
    let vector = subscription.vector;
    if (stores.semantic.available && search.mode !== 'keyword' && search.q !== '') {
      const { embedder } = stores.semantic.parts;
      if (vector === null || subscription.model !== embedder.modelId) {
        vector = await embedder.embedQuery(constraintsOf(search.q).meaning);
        alerts.subscriptions.storeVector(subscription.id, embedder.modelId, vector);
      }
    } else vector = null;
    searches.push({ id: subscription.id, ...search, sinceSeq: subscription.sinceSeq, vector });
  }
  return searches;
}

/** Paragraphs indexed together for matching, and saved searches matched between two turns for searches. */
const MATCH_SLICE = { paragraphs: 1000, searches: 250 };

async function matchNewParagraphs(alerts: Alerts, stores: Stores, config: Config, logger: Logger, now: Date) {
  const batch = await readNewParagraphs(stores, alerts.ledger, now);
  const subscriptions = batch.paragraphs.length > 0 ? alerts.subscriptions.confirmed() : [];
  const matches: PendingMatch[] = [];
  if (subscriptions.length > 0) {
    attachVectors(stores, batch.paragraphs);
    const searches = await savedSearchesOf(subscriptions, alerts, stores, logger);
    const modelId = stores.semantic.available ? stores.semantic.parts.embedder.modelId : config.embedding.model;
    const minSimilarity = alertSimilarity(modelId);
    for (const paragraphs of inSlices(batch.paragraphs, MATCH_SLICE.paragraphs)) {
      const index = indexBatch(paragraphs);
      for (const group of inSlices(searches, MATCH_SLICE.searches)) {
        for (const match of matchBatch(index, group, minSimilarity)) {
          const { chunk } = paragraphs[match.paragraph];
          const words = match.reason.kind === 'words' ? match.reason.words : null;
          const similarity = match.reason.kind === 'meaning' ? match.reason.similarity : null;
          matches.push({ subscriptionId: match.searchId, textHash: chunk.contentHash, chunkId: chunk.id, words, similarity });
        }
        await yieldToEventLoop();
      }
    }
  }
  if (batch.toSeq !== batch.fromSeq) {
    const recorded = alerts.ledger.recordBatch(batch.fromSeq, batch.toSeq, batch.firstIndexed, matches, now);
    // Another process (the indexer, the server) recorded this batch first: its matches are already waiting.
    if (!recorded) return { newParagraphs: 0, matches: 0 };
  }
  return { newParagraphs: batch.paragraphs.length, matches: matches.length };
}

/** Where links in emails sent by a command point: PUBLIC_URL, else the server's configured address. */
export function alertOrigin(config: Pick<Config, 'alerts' | 'host' | 'port'>): string {
  return config.alerts.publicUrl ?? `http://${config.host}:${config.port}`;
}

/** `origin`: where links in the emails point (PUBLIC_URL, or the server's own address). */
export async function runAlerts(alerts: Alerts, stores: Stores, config: Config, logger: Logger, origin: string, now = new Date()): Promise<AlertRunSummary> {
  const matched = await matchNewParagraphs(alerts, stores, config, logger, now);
  const delivered = alerts.mailer ? await deliverDigests({ alerts, mailer: alerts.mailer, store: stores.store, logger, origin }, now) : { digests: [], failed: 0 };
  const summary = { ...matched, ...delivered, emailOff: alerts.mailer === null };
  logger.info({ event: 'alerts_run', ...summary, digests: summary.digests.length }, 'alerts run');
  return summary;
}

export interface AlertRunner {
  /** Runs now, or once more after the run under way (runs never overlap); resolves with that run's summary. */
  run(): Promise<AlertRunSummary>;
  /** Like run, for callers that do not wait: a failure is logged. */
  schedule(): void;
  /** When the last run finished and what it did (health reports it); null before the first. */
  lastRun(): (AlertRunSummary & { finishedAt: string }) | null;
  /** Resolves once no run is under way or queued. */
  settled(): Promise<void>;
}

export function createAlertRunner(alerts: Alerts, stores: Stores, config: Config, logger: Logger, origin: string): AlertRunner {
  let tail: Promise<unknown> = Promise.resolve();
  let queued: Promise<AlertRunSummary> | null = null;
  let last: (AlertRunSummary & { finishedAt: string }) | null = null;
  const run = (): Promise<AlertRunSummary> => {
    // Runs asked for while one is under way share the one run after it: it sees everything they would.
    if (queued) return queued;
    const next = tail.then(async () => {
      queued = null;
      const summary = await runAlerts(alerts, stores, config, logger, origin);
      last = { ...summary, finishedAt: new Date().toISOString() };
      return summary;
    });
    queued = next;
    tail = next.catch(() => undefined);
    return next;
  };
  return {
    run,
    schedule: () => {
      run().catch((error: unknown) => logger.error({ event: 'alerts_run_failed', reason: describeError(error) }, 'alerts run failed'));
    },
    lastRun: () => last,
    settled: async () => {
      await tail;
    },
  };
}

/** What a command prints of a run: counts, and each digest by its subscriptions' ids (never an address). */
export function formatAlertRun(summary: AlertRunSummary): string[] {
  const lines = [`alerts: ${summary.newParagraphs} new paragraphs, ${summary.matches} matches, ${summary.digests.length} digests sent, ${summary.failed} failed`];
  if (summary.emailOff) lines.push(`alerts: ${ALERTS_OFF_NOTICE}`);
  for (const digest of summary.digests) lines.push(`alerts: sent a digest of ${digest.passages} passages for subscriptions ${digest.subscriptions.join(', ')}`);
  return lines;
}

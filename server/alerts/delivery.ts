// Sends the digests that are due: one email per subscriber per run, a section for each of their saved searches with
// matches waiting and a digest due (immediate: every run; daily and weekly: a day or a week after the last one).
// Matches are marked sent before the email goes and put back if the mail server refuses it. Each email's unsubscribe
// links carry new tokens (only their hashes are kept, so earlier ones cannot be mailed again).
import { describeError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { Store } from '../../indexer/stores/store';
import { digestMail, type DigestSection } from './emails';
import type { PendingMatch } from './ledger';
import { describeSearch, followedSearchFromString, paragraphPermalink, searchQueryOf } from './links';
import type { Mailer } from './mailer';
import type { Alerts } from './run';
import { DIGEST_INTERVAL_MS, type ConfirmedSubscription } from './subscriptions';

export interface SentDigest {
  /** Subscription ids (never the address). */
  subscriptions: number[];
  passages: number;
}

export interface DeliveryDeps {
  alerts: Alerts;
  mailer: Mailer;
  store: Pick<Store, 'getChunks'>;
  logger: Logger;
  origin: string;
}

function isDue(subscription: ConfirmedSubscription, now: Date): boolean {
  if (subscription.lastDigestAt === null) return true;
  return now.getTime() - Date.parse(subscription.lastDigestAt) >= DIGEST_INTERVAL_MS[subscription.frequency];
}

export function unsubscribeLink(origin: string, token: string, everyone = false): string {
  return `${origin}/api/alerts/unsubscribe?token=${encodeURIComponent(token)}${everyone ? '&all=1' : ''}`;
}

/** A section per subscription; passages whose meeting was deleted since they matched are left out. */
function sectionsOf(subscriptions: ConfirmedSubscription[], matches: PendingMatch[], deps: DeliveryDeps): DigestSection[] {
  const chunks = new Map(deps.store.getChunks([...new Set(matches.map((match) => match.chunkId))]).map((chunk) => [chunk.id, chunk]));
  return subscriptions.flatMap((subscription) => {
    const search = followedSearchFromString(subscription.search);
    const passages = matches
      .filter((match) => match.subscriptionId === subscription.id && chunks.has(match.chunkId))
      .map((match) => {
        const chunk = chunks.get(match.chunkId)!;
        const reason = match.words ? { kind: 'words' as const, words: match.words } : { kind: 'meaning' as const, similarity: match.similarity ?? 0 };
        return { chunk, reason, link: paragraphPermalink(deps.origin, chunk, search) };
      });
    if (passages.length === 0) return [];
    const query = searchQueryOf(search);
    return [{ search: describeSearch(search), searchLink: `${deps.origin}/${query ? `?${query}` : ''}`, unsubscribeLink: unsubscribeLink(deps.origin, deps.alerts.subscriptions.newUnsubscribeToken(subscription.id)), passages }];
  });
}

export async function deliverDigests(deps: DeliveryDeps, now: Date): Promise<{ digests: SentDigest[]; failed: number }> {
  const { alerts, mailer, logger } = deps;
  const waiting = alerts.ledger.subscriptionsWithPending();
  const due = alerts.subscriptions.confirmed().filter((subscription) => waiting.has(subscription.id) && isDue(subscription, now));
  const bySubscriber = new Map<string, ConfirmedSubscription[]>();
  for (const subscription of due) bySubscriber.set(subscription.email, [...(bySubscriber.get(subscription.email) ?? []), subscription]);

  const digests: SentDigest[] = [];
  let failed = 0;
  for (const [email, subscriptions] of bySubscriber) {
    const ids = subscriptions.map((subscription) => subscription.id);
    const matches = alerts.ledger.take(ids, now);
    const sections = sectionsOf(subscriptions, matches, deps);
    if (sections.length === 0) continue;
    try {
      await mailer.send(digestMail(email, sections, unsubscribeLink(deps.origin, alerts.subscriptions.newUnsubscribeToken(ids[0]), true)));
      alerts.subscriptions.recordDigest(ids, now);
      digests.push({ subscriptions: ids, passages: sections.reduce((sum, section) => sum + section.passages.length, 0) });
    } catch (error) {
      alerts.ledger.restore(matches, now);
      failed += 1;
      logger.warn({ event: 'alert_digest_failed', subscriptions: ids, reason: describeError(error) }, 'digest not sent; its matches wait for the next run');
    }
  }
  return { digests, failed };
}

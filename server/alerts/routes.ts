// Following a search over HTTP: its Atom feed (GET /api/feed?<search>), and email alerts: subscribe (a confirmation
// email, double opt-in), confirm and unsubscribe by the links in the emails (GET answers a small page; POST is the
// one-click unsubscribe mail clients send, RFC 8058). No answer ever holds an address.
import express, { type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../../core/config';
import { ERROR_CODES, InputError } from '../../core/errors';
import { escapeHtml } from '../../core/text/highlight';
import type { Logger } from '../../core/logger';
import { constraintsOf } from '../../indexer/stores/keyword/query-constraints';
import type { Stores } from '../../indexer/stores/open';
import type { SearchService } from '../search';
import { MAX_LIMIT, isAlertToken, parseSubscribeBody } from '../validation';
import { confirmationMail } from './emails';
import { atomFeed } from './feed';
import { describeSearch, followedSearchFromString, followedSearchOf, publicOriginOf, searchQueryOf, type FollowedSearch } from './links';
import { ALERTS_OFF_NOTICE } from './mailer';
import { alertSimilarity, type Alerts } from './run';

export interface AlertRouteDeps {
  config: Config;
  stores: Stores;
  search: SearchService;
  alerts: Alerts;
  logger: Logger;
}

function subscribeLimiter(perHour: number): RequestHandler {
  return rateLimit({
    windowMs: 3_600_000,
    limit: perHour,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_request, response) => {
      response.status(429).json({
        error: { code: ERROR_CODES.RATE_LIMITED, message: `at most ${perHour} alert subscriptions an hour from one client (ALERTS_SUBSCRIBE_PER_HOUR); try again later`, field: null },
      });
    },
  });
}

/** The small page a confirm or unsubscribe link opens. */
function sendPage(response: Response, status: number, title: string, lines: string[]): void {
  const body = lines.map((line) => `<p>${line}</p>`).join('\n');
  response
    .status(status)
    .type('html')
    .send(`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>\n${body}\n</body></html>`);
}

function isEmpty(search: FollowedSearch): boolean {
  return search.q === '' && Object.keys(search.filters).length === 0;
}

export function createAlertsRouter(deps: AlertRouteDeps, searchLimiter: RequestHandler): express.Router {
  const { config, stores, search, alerts } = deps;
  const router = express.Router();

  router.get('/feed', searchLimiter, async (request, response) => {
    const followed = followedSearchOf(request.query);
    const found = await search.search({ ...followed, filters: { ...followed.filters, kind: 'paragraph' }, sort: 'relevance', limit: MAX_LIMIT, offset: 0 });
    const chunks = stores.store.getChunks(found.results.map((result) => result.id));
    const indexedAt = alerts.ledger.firstIndexedAt(chunks.map((chunk) => chunk.contentHash));
    const hashOf = new Map(chunks.map((chunk) => [chunk.id, chunk.contentHash]));
    const entries = found.results.map((result) => ({ result, firstIndexedAt: indexedAt.get(hashOf.get(result.id) ?? '') ?? null }));
    const modelId = stores.semantic.available ? stores.semantic.parts.embedder.modelId : config.embedding.model;
    const xml = atomFeed(entries, { search: followed, origin: publicOriginOf(config.alerts, request), minSimilarity: alertSimilarity(modelId), now: new Date() });
    response.type('application/atom+xml; charset=utf-8').send(xml);
  });

  router.post('/alerts', subscribeLimiter(config.alerts.subscribePerHour), async (request, response) => {
    const mailer = alerts.mailer;
    if (!mailer) throw new InputError(ERROR_CODES.DISABLED, ALERTS_OFF_NOTICE);
    const body = parseSubscribeBody(request.body);
    const followed = followedSearchFromString(body.search);
    if (isEmpty(followed)) throw new InputError(ERROR_CODES.INVALID_REQUEST, 'search: give words or filters to follow', { field: 'search' });
    const outcome = alerts.subscriptions.request({ email: body.email, search: searchQueryOf(followed), frequency: body.frequency, clientAddress: request.ip ?? 'unknown' });
    if (outcome.kind === 'confirm') {
      // Embedded once, here; each alerts run compares new paragraphs with the stored vector.
      if (stores.semantic.available && followed.mode !== 'keyword' && followed.q !== '') {
        const { embedder } = stores.semantic.parts;
        alerts.subscriptions.storeVector(outcome.subscriptionId, embedder.modelId, await embedder.embedQuery(constraintsOf(followed.q).meaning));
      }
      const origin = publicOriginOf(config.alerts, request);
      const confirmLink = `${origin}/api/alerts/confirm?token=${outcome.confirmToken}`;
      await mailer.send(confirmationMail(body.email, describeSearch(followed), confirmLink));
    }
    // The same answer whether or not the address already follows this search: it tells nobody who subscribes.
    response.status(202).json({ status: 'confirmation_sent', message: 'Check your inbox: alerts start once you open the link in the email we sent (unless this address already follows this search).' });
  });

  router.get('/alerts/confirm', (request, response) => {
    const token = request.query.token;
    const confirmed = isAlertToken(token) ? alerts.subscriptions.confirm(token, alerts.ledger.watermark() ?? 0) : null;
    if (!confirmed) {
      sendPage(response, 404, 'Link not recognised', ['This confirmation link is unknown or was already used (a link older than a week has expired).']);
      return;
    }
    const followed = followedSearchFromString(confirmed.search);
    sendPage(response, 200, 'Alerts started', [
      `You will get an email when new minutes mention ${escapeHtml(describeSearch(followed))}.`,
      'Every email has a link to stop them.',
      `<a href="/?${escapeHtml(confirmed.search)}">Back to the search</a>`,
    ]);
  });

  router.get('/alerts/unsubscribe', (request, response) => {
    const token = request.query.token;
    const removed = isAlertToken(token) ? alerts.subscriptions.unsubscribe(token, request.query.all === '1') : 0;
    if (removed === 0) {
      sendPage(response, 404, 'Link not recognised', ['These alerts were already stopped, or the link is incomplete.']);
      return;
    }
    sendPage(response, 200, 'Alerts stopped', [removed === 1 ? 'You will get no more emails for this search.' : `You will get no more alert emails (${removed} searches).`]);
  });

  router.post('/alerts/unsubscribe', (request, response) => {
    const token = request.query.token;
    const removed = isAlertToken(token) ? alerts.subscriptions.unsubscribe(token, request.query.all === '1') : 0;
    response.status(removed > 0 ? 200 : 404).json({ unsubscribed: removed });
  });

  return router;
}

// Following a search over HTTP: its Atom feed (GET /api/feed?<search>), and email alerts: subscribe (a confirmation
// email, double opt-in), confirm and unsubscribe by the links in the emails (GET shows a page with a button; only the
// POST it sends, or the one-click unsubscribe POST of a mail client, RFC 8058, changes anything). No answer ever holds
// an address.
import express, { type RequestHandler } from 'express';
import type { Config } from '../../core/config';
import { ERROR_CODES, InputError } from '../../core/errors';
import { escapeHtml } from '../../core/text/highlight';
import type { Logger } from '../../core/logger';
import { constraintsOf } from '../../indexer/stores/keyword/query-constraints';
import type { Stores } from '../../indexer/stores/open';
import { rateLimited } from '../rate-limit';
import type { SearchService } from '../search';
import { MAX_LIMIT, isAlertToken, parseSubscribeBody } from '../validation';
import { confirmationMail } from './emails';
import { atomFeed } from './feed';
import { describeSearch, followedSearchFromString, followedSearchOf, publicOriginOf, searchQueryOf, type FollowedSearch } from './links';
import { ALERTS_OFF_NOTICE } from './mailer';
import { sendLinkNotRecognised, sendLinkPage } from './pages';
import { alertSimilarity, type Alerts } from './run';

export interface AlertRouteDeps {
  config: Config;
  stores: Stores;
  search: SearchService;
  alerts: Alerts;
  logger: Logger;
}

function subscribeLimiter(perHour: number): RequestHandler {
  return rateLimited(perHour, 3_600_000, `at most ${perHour} alert subscriptions an hour from one client (ALERTS_SUBSCRIBE_PER_HOUR); try again later`);
}

const CONFIRM_NOT_RECOGNISED = 'This confirmation link is unknown or was already used (a link older than a week has expired).';
const UNSUBSCRIBE_NOT_RECOGNISED = 'These alerts were already stopped, or the link is incomplete.';

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
    response.status(202).json({ status: 'confirmation_sent', message: 'Check your inbox: alerts start once you confirm by the link in the email we sent (unless this address already follows this search).' });
  });

  addEmailLinkRoutes(router, alerts);
  return router;
}

/** The pages the emails link to: GET shows what the button will do, only its POST (or a one-click client's) acts. */
function addEmailLinkRoutes(router: express.Router, alerts: AlertRouteDeps['alerts']): void {
  router.get('/alerts/confirm', (request, response) => {
    const token = request.query.token;
    const waiting = isAlertToken(token) ? alerts.subscriptions.awaitingConfirmation(token) : null;
    if (!waiting) return sendLinkNotRecognised(request, response, CONFIRM_NOT_RECOGNISED);
    const search = describeSearch(followedSearchFromString(waiting.search));
    const page = {
      title: 'Confirm email alerts',
      lines: [`Press the button to get an email when new minutes mention ${escapeHtml(search)}.`],
      form: { action: `confirm?token=${token}`, button: `Confirm alerts for ${search}` },
    };
    sendLinkPage(request, response, 200, page, { confirmed: false, search });
  });

  router.post('/alerts/confirm', (request, response) => {
    const token = request.query.token;
    const confirmed = isAlertToken(token) ? alerts.subscriptions.confirm(token, alerts.ledger.watermark() ?? 0) : null;
    if (!confirmed) return sendLinkNotRecognised(request, response, CONFIRM_NOT_RECOGNISED);
    const search = describeSearch(followedSearchFromString(confirmed.search));
    const lines = [
      `You will get an email when new minutes mention ${escapeHtml(search)}.`,
      'Every email has a link to stop them.',
      `<a href="/?${escapeHtml(confirmed.search)}">Back to the search</a>`,
    ];
    sendLinkPage(request, response, 200, { title: 'Alerts started', lines }, { confirmed: true, search });
  });

  router.get('/alerts/unsubscribe', (request, response) => {
    const token = request.query.token;
    const everyone = request.query.all === '1';
    const subscription = isAlertToken(token) ? alerts.subscriptions.subscriptionToStop(token) : null;
    if (!subscription) return sendLinkNotRecognised(request, response, UNSUBSCRIBE_NOT_RECOGNISED);
    const search = describeSearch(followedSearchFromString(subscription.search));
    const page = {
      title: 'Stop email alerts',
      lines: [everyone ? 'Press the button to stop every alert email to this address.' : `Press the button to stop the emails about ${escapeHtml(search)}.`],
      form: { action: `unsubscribe?token=${token}${everyone ? '&all=1' : ''}`, button: 'Unsubscribe' },
    };
    sendLinkPage(request, response, 200, page, { unsubscribed: 0 });
  });

  // Both the page's button and the one-click unsubscribe mail clients send (RFC 8058): it stops the alerts at once.
  router.post('/alerts/unsubscribe', (request, response) => {
    const token = request.query.token;
    const removed = isAlertToken(token) ? alerts.subscriptions.unsubscribe(token, request.query.all === '1') : 0;
    if (removed === 0) return sendLinkNotRecognised(request, response, UNSUBSCRIBE_NOT_RECOGNISED);
    const lines = [removed === 1 ? 'You will get no more emails for this search.' : `You will get no more alert emails (${removed} searches).`];
    sendLinkPage(request, response, 200, { title: 'Alerts stopped', lines }, { unsubscribed: removed });
  });
}

// The public API under /api: health, search, chat, topics, meetings and chunks. Validation at the edge (validation.ts);
// errors are thrown and mapped once by the error middleware (errors.ts).
import express, { type RequestHandler } from 'express';
import type { Config } from '../core/config';
import type { Paragraph } from '../core/types';
import { describeError, ERROR_CODES, InputError } from '../core/errors';
import { itemIdOf } from '../core/ids';
import type { Stores } from '../indexer/stores/open';
import type { StoreCoverage } from '../indexer/stores/store';
import { ALERTS_OFF_NOTICE } from './alerts/mailer';
import type { AlertRunner, Alerts } from './alerts/run';
import type { MeetingDetail, MeetingParagraph } from './api-types';
import { answerConversation } from './conversation';
import type { SearchService } from './search';
import { fusionSettingsFor } from './search/fusion-settings';
import { pageTopicHistory } from './topics/page';
import { findTopicHistory } from './topics/service';
import { paragraphMarker } from './search/snippet';
import { parseChatBody, parseIdentifier, parseMeetingQuery, parseMeetingsQuery, parseSearchQuery, parseTopicsQuery } from './validation';

export interface ApiDeps {
  config: Config;
  stores: Stores;
  search: SearchService;
  alerts: Alerts;
  alertRunner: Pick<AlertRunner, 'lastRun'>;
}

/** Whether email alerts are on (SMTP configured), and what the last alerts run did. */
function alertsHealth({ alerts, alertRunner }: Pick<ApiDeps, 'alerts' | 'alertRunner'>) {
  const last = alertRunner.lastRun();
  return {
    email: alerts.mailer !== null,
    notice: alerts.mailer ? null : ALERTS_OFF_NOTICE,
    lastRun: last && { finishedAt: last.finishedAt, newParagraphs: last.newParagraphs, matches: last.matches, digests: last.digests.length, failed: last.failed },
  };
}

/** Bodies health names (those with most meetings held): the page's opening line says whose minutes these are; the rest are counted. */
const COVERAGE_BODIES_NAMED = 3;

function coverageOf({ bodies, firstDate, lastDate }: StoreCoverage) {
  return { bodies: bodies.slice(0, COVERAGE_BODIES_NAMED), bodyCount: bodies.length, firstDate, lastDate };
}

/** What /api/health reports: counts, what the minutes cover, each index's state, and whether admin routes are on. */
async function healthOf({ config, stores, ...alertDeps }: Pick<ApiDeps, 'config' | 'stores' | 'alerts' | 'alertRunner'>, log: { warn(fields: object, message: string): void }) {
  const stats = await stores.keyword.stats().catch((error: unknown) => ({
    backend: stores.keyword.backend,
    documents: 0,
    healthy: false,
    detail: describeError(error),
  }));
  // The backend's detail is its file or server address, or an error naming them.
  const { detail, ...keyword } = stats;
  if (!keyword.healthy) log.warn({ event: 'keyword_unhealthy', detail }, 'keyword index unavailable');
  const semantic = stores.semantic.available
    ? {
        available: true,
        model: stores.semantic.parts.embedder.modelId,
        dimensions: stores.semantic.parts.embedder.dimensions,
        vectors: stores.semantic.parts.index.count(),
      }
    : { available: false, model: stores.semantic.modelId, reason: 'the embedding model could not be loaded (see the server log)' };
  // Documents stored but not yet in the keyword index (stored while it was down): search cannot find them yet.
  const unsynced = stores.store.unsyncedDocuments('keyword').length;
  return {
    status: keyword.healthy && unsynced === 0 ? (stores.semantic.available ? 'ok' : 'degraded') : 'degraded',
    counts: stores.store.stats(),
    coverage: coverageOf(stores.store.coverage()),
    keyword: { ...keyword, unsyncedDocuments: unsynced },
    semantic,
    admin: Boolean(config.adminApiKey),
    alerts: alertsHealth(alertDeps),
  };
}

export function createApiRouter(deps: ApiDeps, searchLimiter: RequestHandler): express.Router {
  const { config, stores, search } = deps;
  const router = express.Router();
  // Public answers say what is wrong in plain words; the details (paths, hosts) are in the log.
  router.get('/health', async (request, response) => {
    response.json(await healthOf(deps, request.log));
  });

  router.get('/search', searchLimiter, async (request, response) => {
    response.json(await search.search(parseSearchQuery(request.query)));
  });

  router.get('/topics', searchLimiter, async (request, response) => {
    const minSimilarity = fusionSettingsFor(config.embedding.model).minAnswerSimilarity;
    const { paging, ...params } = parseTopicsQuery(request.query);
    response.json(pageTopicHistory(await findTopicHistory(params, { search, minSimilarity }), paging));
  });

  router.post('/chat', searchLimiter, async (request, response) => {
    const { messages, filters } = parseChatBody(request.body);
    response.json(await answerConversation({ messages, filters }, { search, store: stores.store, config, logger: request.log }));
  });

  router.get('/meetings', (request, response) => {
    const query = parseMeetingsQuery(request.query);
    response.json(stores.store.listMeetings(query));
  });

  router.get('/meetings/:id', (request, response) => {
    const id = parseIdentifier(request.params.id, 'id');
    const { q } = parseMeetingQuery(request.query);
    const meeting = stores.store.getMeeting(id);
    if (!meeting) throw new InputError(ERROR_CODES.NOT_FOUND, `no meeting with id ${id}`, { field: 'id' });
    // Opened from a search, the paragraphs holding its words carry them marked, as the results did.
    const mark = paragraphMarker(q);
    const marked = (paragraph: Paragraph): MeetingParagraph => {
      const highlight = mark?.(paragraph.text);
      return highlight?.includes('<mark>') ? { ...paragraph, highlight } : paragraph;
    };
    const detail: MeetingDetail = { ...meeting, items: meeting.items.map((item) => ({ id: itemIdOf(meeting, item), ...item, paragraphs: item.paragraphs.map(marked) })) };
    response.json({ meeting: detail });
  });

  router.get('/chunks/:id', (request, response) => {
    const id = parseIdentifier(request.params.id, 'id');
    const chunk = stores.store.getChunk(id);
    if (!chunk) throw new InputError(ERROR_CODES.NOT_FOUND, `no chunk with id ${id}`, { field: 'id' });
    const { seq: _seq, ...visible } = chunk;
    const copies = stores.store.copiesOf([chunk]).get(id) ?? { listed: [], total: 0 };
    response.json({ chunk: visible, copies: copies.listed.map((copy) => copy.id), copyCount: copies.total });
  });

  return router;
}

// The Express app, built from its dependencies and started elsewhere (server/start.ts), so tests run it in-process.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cors from 'cors';
import express, { type Request, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Config } from '../core/config';
import { describeError, ERROR_CODES, InputError } from '../core/errors';
import type { Logger } from '../core/logger';
import { PROJECT_ROOT } from '../core/paths';
import type { Stores } from '../indexer/stores/open';
import { itemIdOf } from '../core/ids';
import { createAdminRouter } from './admin';
import { answerConversation } from './conversation';
import { errorHandler, notFound } from './errors';
import type { DocumentIndexing } from './indexing';
import type { SearchService } from './search';
import { MAX_CHAT_BODY_BYTES, parseChatBody, parseIdentifier, parseMeetingsQuery, parseSearchQuery } from './validation';

/** The page built by Vite; found from server/ and from the compiled dist/server/ alike. */
export const CLIENT_DIST = path.join(PROJECT_ROOT, 'client/dist');

export interface AppDeps {
  config: Config;
  stores: Stores;
  search: SearchService;
  logger: Logger;
  /** Adds uploads and removes meetings, one job at a time. */
  indexing: DocumentIndexing;
}

function limiter(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_request, response) => {
      response.status(429).json({ error: { code: ERROR_CODES.RATE_LIMITED, message: 'too many requests, slow down', field: null } });
    },
  });
}

export function createApp(deps: AppDeps): express.Express {
  const { config, stores, search, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Behind a proxy every request comes from the proxy's address: without this, all clients share one rate-limit bucket.
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger,
      genReqId: (_request, response) => {
        const id = randomUUID();
        response.setHeader('x-request-id', id);
        return id;
      },
      customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.servedOverHttps ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  if (config.corsOrigins.length > 0) app.use('/api', cors({ origin: config.corsOrigins }));
  app.use('/api', express.json({ limit: MAX_CHAT_BODY_BYTES }));

  const searchLimiter = limiter(config.rateLimitPerMinute);

  // Public answers say what is wrong in plain words; the details (paths, hosts) are in the log.
  app.get('/api/health', async (request, response) => {
    const stats = await stores.keyword.stats().catch((error: unknown) => ({
      backend: stores.keyword.backend,
      documents: 0,
      healthy: false,
      detail: describeError(error),
    }));
    // The backend's detail is its file or server address, or an error naming them.
    const { detail, ...keyword } = stats;
    if (!keyword.healthy) request.log.warn({ event: 'keyword_unhealthy', detail }, 'keyword index unavailable');
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
    response.json({
      status: keyword.healthy && unsynced === 0 ? (stores.semantic.available ? 'ok' : 'degraded') : 'degraded',
      counts: stores.store.stats(),
      keyword: { ...keyword, unsyncedDocuments: unsynced },
      semantic,
      admin: Boolean(config.adminApiKey),
    });
  });

  app.get('/api/search', searchLimiter, async (request, response) => {
    response.json(await search.search(parseSearchQuery(request.query)));
  });

  app.post('/api/chat', searchLimiter, async (request, response) => {
    const { messages, filters } = parseChatBody(request.body);
    response.json(await answerConversation({ messages, filters }, { search, store: stores.store, config, logger: request.log }));
  });

  app.get('/api/meetings', (request, response) => {
    const query = parseMeetingsQuery(request.query);
    response.json(stores.store.listMeetings(query));
  });

  app.get('/api/meetings/:id', (request, response) => {
    const id = parseIdentifier(request.params.id, 'id');
    const meeting = stores.store.getMeeting(id);
    if (!meeting) throw new InputError(ERROR_CODES.NOT_FOUND, `no meeting with id ${id}`, { field: 'id' });
    response.json({ meeting: { ...meeting, items: meeting.items.map((item) => ({ id: itemIdOf(meeting, item), ...item })) } });
  });

  app.get('/api/chunks/:id', (request, response) => {
    const id = parseIdentifier(request.params.id, 'id');
    const chunk = stores.store.getChunk(id);
    if (!chunk) throw new InputError(ERROR_CODES.NOT_FOUND, `no chunk with id ${id}`, { field: 'id' });
    const { seq: _seq, ...visible } = chunk;
    const copies = stores.store.copiesOf([chunk]).get(id) ?? [];
    response.json({ chunk: visible, copies: copies.map((copy) => copy.id) });
  });

  app.use('/api', limiter(60), createAdminRouter(deps));
  app.use('/api', notFound);

  if (fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    // Hashed assets may be cached; the page itself is revalidated so a rebuild is seen at once.
    app.use(
      express.static(CLIENT_DIST, {
        index: 'index.html',
        maxAge: '1h',
        setHeaders: (response, file) => {
          if (file.endsWith('.html')) response.setHeader('Cache-Control', 'no-cache');
        },
      }),
    );
    // The page routes itself (meeting permalinks); any other GET gets the page.
    app.get(/^\/(?!api\/).*/, (_request: Request, response) => response.sendFile(path.join(CLIENT_DIST, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } }));
  } else {
    app.get('/', (_request, response) => {
      response.type('text').send('minutes-search API is running. Build the page with `npm run build:client`; the API is under /api.');
    });
  }
  app.use(notFound);
  app.use(errorHandler);
  return app;
}

// The Express app, built from its dependencies and started elsewhere (server/start.ts), so tests run it in-process.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cors from 'cors';
import express, { type Request, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Config } from '../core/config';
import type { Logger } from '../core/logger';
import { PROJECT_ROOT } from '../core/paths';
import { createAdminRouter } from './admin';
import { createAlertsRouter } from './alerts/routes';
import { createApiRouter, type ApiDeps } from './api-routes';
import { errorHandler, notFound } from './errors';
import type { DocumentIndexing } from './indexing';
import { rateLimited } from './rate-limit';
import { MAX_CHAT_BODY_BYTES } from './validation';

/** The page built by Vite; found from server/ and from the compiled dist/server/ alike. */
export const CLIENT_DIST = path.join(PROJECT_ROOT, 'client/dist');

export interface AppDeps extends ApiDeps {
  logger: Logger;
  /** Adds uploads and removes meetings, one job at a time. */
  indexing: DocumentIndexing;
}

function limiter(perMinute: number): RequestHandler {
  return rateLimited(perMinute, 60_000, 'too many requests, slow down');
}

/** One log line per request, with an id the response carries too (x-request-id). */
function requestLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (_request, response) => {
      const id = randomUUID();
      response.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    // An alert's confirm or unsubscribe token in a log line would let anyone reading the logs use it.
    serializers: { req: (request: { url?: string; query?: Record<string, unknown> }) => withoutTokens(request) },
  });
}

const TOKEN_IN_URL = /([?&]token=)[^&#]*/g;

function withoutTokens<T extends { url?: string; query?: Record<string, unknown> }>(request: T): T {
  if (!request.url?.includes('token=')) return request;
  const query = request.query && 'token' in request.query ? { ...request.query, token: '[redacted]' } : request.query;
  return { ...request, url: request.url.replace(TOKEN_IN_URL, '$1[redacted]'), query };
}

/** A strict Content-Security-Policy: the page loads only its own scripts, styles and API. */
function securityHeaders(config: Pick<Config, 'servedOverHttps'>): RequestHandler {
  return helmet({
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
  });
}

/** The built page and its assets, or a line saying how to build it. */
function servePage(app: express.Express): void {
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
}

export function createApp(deps: AppDeps): express.Express {
  const { config, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Behind a proxy every request comes from the proxy's address: without this, all clients share one rate-limit bucket.
  app.set('trust proxy', config.trustProxy);
  app.use(requestLogger(logger));
  app.use(securityHeaders(config));
  if (config.corsOrigins.length > 0) app.use('/api', cors({ origin: config.corsOrigins }));
  app.use('/api', express.json({ limit: MAX_CHAT_BODY_BYTES }));

  const searchLimiter = limiter(config.rateLimitPerMinute);
  app.use('/api', createApiRouter(deps, searchLimiter));
  app.use('/api', createAlertsRouter(deps, searchLimiter));
  app.use('/api', limiter(60), createAdminRouter(deps));
  app.use('/api', notFound);

  servePage(app);
  app.use(notFound);
  app.use(errorHandler);
  return app;
}

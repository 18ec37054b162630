// Hybrid search over HTTP at scale: builds (or reuses) a data folder of N synthetic paragraphs, times where one
// search spends its time (each data-access stage, called directly), then serves it on 127.0.0.1 and drives it
// with autocannon at 1 and 32 concurrent clients; query embedding included.
// Usage: npx tsx bench/server.ts --paragraphs 100000 [--seconds 20] [--rounds 10] [--warm 4]
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../core/config';
import { silentLogger } from '../core/logger';
import { type Reporter } from '../indexer/pipeline';
import { syncIndexes } from '../indexer/index-sync';
import { openStores, type Stores } from '../indexer/stores/open';
import type { Chunk } from '../core/types';
import { openAlerts } from '../server/alerts/run';
import { createApp } from '../server/app';
import { createSearchService } from '../server/search';
import { startSearchPool } from '../server/search/pool';
import { attributeLoader } from '../indexer/stores/vector/attribute-table';
import { createWorkerIndexing } from '../server/indexing';
import type { SearchParams } from '../server/api-types';
import { fire } from './http-load';
import { generateSyntheticChunks } from './synthetic';
import { appendBenchmark, percentile, runWhenMain } from './report';

export const QUERIES = [
  'police cadet scheme',
  'CCTV funding in town centres',
  'what did the Commissioner say about mental health',
  'anti-social behaviour',
  'domestic abuse victims',
  'precept increase',
  'retention of officers',
  'restorative justice',
  'how long do people wait on 101',
  'rural crime',
];

const QUERY_EMBEDDING_STAGE = 'query embedding (worker round trip, beside the keyword search: not added to the rest)';

function argument(name: string, fallback: number): number {
  const position = process.argv.indexOf(`--${name}`);
  return position >= 0 ? Number(process.argv[position + 1]) : fallback;
}

export const progressLines: Reporter = {
  filesStart: () => undefined,
  fileDone: () => undefined,
  filesEnd: () => undefined,
  embedProgress: (() => {
    let last = 0;
    return (done: number, total: number) => {
      if (performance.now() - last < 5000 && done < total) return;
      last = performance.now();
      console.error(`embedding ${done}/${total}`);
    };
  })(),
  line: (text) => console.error(text),
};

/** Writes `paragraphs` synthetic paragraphs (bench/synthetic.ts) into the store, document by document. */
export async function fill(stores: Stores, paragraphs: number): Promise<void> {
  let document: Chunk[] = [];
  let written = 0;
  const flush = () => {
    if (document.length === 0) return;
    const documentId = document[0].documentId;
    stores.store.replaceDocument(
      { id: documentId, path: `/synthetic/${documentId}.txt`, format: 'text', contentHash: documentId, size: 0, indexedAt: new Date().toISOString() },
      [],
      document,
    );
    written += document.length;
    if (written % 50_000 < document.length) console.error(`store ${written} chunks`);
    document = [];
  };
  for (const chunk of generateSyntheticChunks({ paragraphs, corpusDir: path.resolve(__dirname, '../corpus') })) {
    if (document.length > 0 && document[0].documentId !== chunk.documentId) flush();
    document.push(chunk);
  }
  flush();
}

/** An object that behaves as `base` with some members replaced (works for plain objects and class instances alike). */
function withOverrides<T extends object>(base: T, overrides: Partial<T>): T {
  return Object.assign(Object.create(base) as T, overrides);
}

/**
 * The stores with each call a search makes to them timed: milliseconds spent per stage, summed. What is left of
 * a search's time is its own work: fusion, collapsing, facets, snippets and building the results.
 */
function timedStores(stores: Stores, spent: Map<string, number>): Stores {
  const timed =
    <A extends unknown[], R>(stage: string, call: (...args: A) => R) =>
    (...args: A): R => {
      const started = performance.now();
      const record = () => spent.set(stage, (spent.get(stage) ?? 0) + performance.now() - started);
      const result = call(...args);
      if (result instanceof Promise) return result.finally(record) as R;
      record();
      return result;
    };
  const { store, keyword, semantic } = stores;
  return {
    ...stores,
    store: withOverrides(store, {
      getChunkFacetsBySeq: timed('store: semantic candidates (ids, facet fields)', store.getChunkFacetsBySeq),
      getChunks: timed('store: fused candidates (full rows)', store.getChunks),
      copiesOf: timed('store: copies of the page', store.copiesOf),
    }),
    keyword: withOverrides(keyword, { search: timed('keyword search (match, BM25, counts, facets)', keyword.search.bind(keyword)) }),
    semantic: semantic.available
      ? {
          available: true,
          parts: {
            ...semantic.parts,
            embedder: withOverrides(semantic.parts.embedder, {
              embedQuery: timed(QUERY_EMBEDDING_STAGE, semantic.parts.embedder.embedQuery.bind(semantic.parts.embedder)),
            }),
            index: withOverrides(semantic.parts.index, { search: timed('HNSW search', semantic.parts.index.search.bind(semantic.parts.index)) }),
          },
        }
      : semantic,
  };
}

function searchParams(query: string): SearchParams {
  return { q: query, mode: 'hybrid', filters: {}, sort: 'relevance', limit: 10, offset: 0 };
}

/** Every query `rounds` times, one at a time, straight to the search service: mean ms per search for each stage. */
async function stageTable(stores: Stores, config: Config, rounds: number): Promise<string> {
  const spent = new Map<string, number>();
  const timed = timedStores(stores, spent);
  const search = createSearchService({ stores: timed, config, logger: silentLogger, loadAttributes: attributeLoader(stores.store) });
  for (const query of QUERIES) await search.search(searchParams(query)); // lazy loads and JIT
  spent.clear();
  const totals: number[] = [];
  let serialising = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const query of QUERIES) {
      const started = performance.now();
      const response = await search.search(searchParams(query));
      totals.push(performance.now() - started);
      const serialisingStarted = performance.now();
      JSON.stringify(response);
      serialising += performance.now() - serialisingStarted;
    }
  }
  const searches = totals.length;
  const total = totals.reduce((sum, value) => sum + value, 0);
  // The query embedding runs beside the keyword search (runLegs), so its wall time overlaps that leg's: not added up.
  const staged = [...spent].reduce((sum, [stage, value]) => (stage === QUERY_EMBEDDING_STAGE ? sum : sum + value), 0);
  const row = (stage: string, ms: number) => `| ${stage} | ${(ms / searches).toFixed(2)} |`;
  return [
    '| stage (one search at a time, no HTTP) | mean ms per search |',
    '|---|---|',
    ...[...spent].map(([stage, ms]) => row(stage, ms)),
    row('the rest: fusion, collapse, facets, snippets, results', total - staged),
    row('**search total**', total),
    row('JSON of the response', serialising),
    `| search total p50 / p95 | ${percentile(totals, 50).toFixed(1)} / ${percentile(totals, 95).toFixed(1)} |`,
  ].join('\n');
}

/** The real app (search pool and all) over `stores`, listening on 127.0.0.1 at a free port. */
export async function serveOnLoopback(stores: Stores, config: Config) {
  const search = await startSearchPool(config, createSearchService({ stores, config, logger: silentLogger, loadAttributes: attributeLoader(stores.store) }), silentLogger);
  const indexing = createWorkerIndexing(stores, config, silentLogger, search);
  const app = createApp({ config, stores, search, logger: silentLogger, indexing, alerts: openAlerts(config), alertRunner: { lastRun: () => null } });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    search,
    close: async () => {
      server.close();
      await search.close();
    },
  };
}

function sampleMemory(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 200);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

async function main(): Promise<void> {
  const paragraphs = argument('paragraphs', 100_000);
  const seconds = argument('seconds', 20);
  const rounds = argument('rounds', 10);
  const warmRounds = argument('warm', 4);
  const dataDir = path.resolve(__dirname, `../data-bench/server-${paragraphs}`);
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000' });
  const fresh = !fs.existsSync(path.join(dataDir, 'minutes.sqlite'));
  const buildStarted = performance.now();
  const stores = await openStores(config, silentLogger);
  if (!stores.semantic.available) throw new Error(`semantic search unavailable: ${stores.semantic.reason}`);
  if (fresh) await fill(stores, paragraphs);
  await syncIndexes(stores, progressLines, { checkpoint: config.vectorCheckpoint });
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const stages = await stageTable(stores, config, rounds);
  console.error(stages);
  const { url, search, close } = await serveOnLoopback(stores, config);
  const requests = QUERIES.map((query) => ({ method: 'GET' as const, path: `/api/search?mode=hybrid&limit=10&q=${encodeURIComponent(query)}` }));

  // Each worker reads its own copy of the indexes' memory on its first searches (seconds of CPU at a million
  // paragraphs): every query asked at once, `warmRounds` times and untimed, spreads them over every worker first, so
  // the rows below measure searches, not start-up.
  for (let round = 0; round < warmRounds; round += 1) {
    await Promise.all(requests.map(async (request) => (await fetch(`${url}${request.path}`)).arrayBuffer()));
  }
  global.gc?.();
  const restRss = process.memoryUsage().rss;
  const rows: string[] = [];
  for (const connections of [1, 32]) {
    const peakRss = sampleMemory();
    // On a shared machine the wall clock also counts waits for a core; the process's CPU (every thread, autocannon's too) does not.
    const cpuBefore = process.cpuUsage();
    const { result, latencies } = await fire(url, connections, seconds, requests);
    const cpu = process.cpuUsage(cpuBefore);
    const peak = peakRss();
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(latencies, p).toFixed(0));
    rows.push(
      `| ${paragraphs.toLocaleString('en-GB')} | ${connections} | ${result.requests.average.toFixed(0)} | ${p50} | ${p95} | ${p99} | ` +
        `${result.errors + result.timeouts + result.non2xx} | ${((cpu.user + cpu.system) / 1000 / Math.max(1, result.requests.total)).toFixed(1)} | ` +
        `${(restRss / 2 ** 20).toFixed(0)} | ${(peak / 2 ** 20).toFixed(0)} |`,
    );
    console.error(rows.at(-1));
  }
  const searchWorkers = search.workers;
  await close();
  const counts = stores.store.stats();
  await stores.close();
  const table = [
    '| paragraphs | clients | req/s | p50 ms | p95 ms | p99 ms | errors | CPU ms per request | RSS at rest MB | RSS peak MB |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    stages,
  ].join('\n');
  console.log(table);
  await appendBenchmark({
    title: `Hybrid search over HTTP, ${paragraphs.toLocaleString('en-GB')} synthetic paragraphs`,
    command: `SEARCH_WORKERS=${config.searchWorkers} EMBEDDING_MODEL_DIR=${process.env.EMBEDDING_MODEL_DIR ?? ''} EMBEDDING_MODEL=${config.embedding.model} npx tsx bench/server.ts --paragraphs ${paragraphs} --seconds ${seconds} --rounds ${rounds} --warm ${warmRounds}`,
    notes: [
      `${counts.chunks.toLocaleString('en-GB')} chunks (paragraphs plus item summaries), model ${config.embedding.model}, ` +
        `keyword backend ${stores.keyword.backend}, ${searchWorkers === 0 ? 'searches on the event loop' : `searches in ${searchWorkers} worker threads`}; data folder ${fresh ? `built in ${buildSeconds.toFixed(0)} s` : 'reused'}. ` +
        `autocannon for ${seconds} s per row (after ${warmRounds} untimed rounds of every query at once) over ${QUERIES.length} queries in hybrid mode, each including its query embedding; ` +
        'percentiles over every response. The stage table times the same queries one at a time against the search service ' +
        `(${rounds} rounds), each store and index call timed where the service makes it.`,
    ],
    table,
  });
}

runWhenMain(module, main);

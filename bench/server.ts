// Hybrid search over HTTP at scale: builds (or reuses) a data folder of N synthetic paragraphs, serves it on
// 127.0.0.1 and drives it with autocannon at 1 and 32 concurrent clients; query embedding included.
// Usage: npx tsx bench/server.ts --paragraphs 100000 [--seconds 20]
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../core/config';
import { silentLogger } from '../core/logger';
import { syncIndexes, type Reporter } from '../indexer/pipeline';
import { openStores, type Stores } from '../indexer/stores/open';
import type { Chunk } from '../core/types';
import { createApp } from '../server/app';
import { createSearchService } from '../server/search';
import { loadAttributeTable } from '../server/semantic-filter';
import { createSerializer } from '../server/start';
import { generateSyntheticChunks } from './synthetic';
import { appendBenchmark } from './vector-common';

const QUERIES = [
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

function argument(name: string, fallback: number): number {
  const position = process.argv.indexOf(`--${name}`);
  return position >= 0 ? Number(process.argv[position + 1]) : fallback;
}

const progressLines: Reporter = {
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

async function fill(stores: Stores, paragraphs: number): Promise<void> {
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
  const dataDir = path.resolve(__dirname, `../data-bench/server-${paragraphs}`);
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000' });
  const fresh = !fs.existsSync(path.join(dataDir, 'minutes.sqlite'));
  const buildStarted = performance.now();
  const stores = await openStores(config, silentLogger);
  if (!stores.semantic.available) throw new Error(`semantic search unavailable: ${stores.semantic.reason}`);
  if (fresh) await fill(stores, paragraphs);
  await syncIndexes(stores, progressLines);
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const search = createSearchService({ stores, config, logger: silentLogger, loadAttributes: () => loadAttributeTable(stores.store) });
  const app = createApp({ config, stores, search, logger: silentLogger, serialize: createSerializer() });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  const requests = QUERIES.map((query) => ({ method: 'GET' as const, path: `/api/search?mode=hybrid&limit=10&q=${encodeURIComponent(query)}` }));

  global.gc?.();
  const restRss = process.memoryUsage().rss;
  const rows: string[] = [];
  for (const connections of [1, 32]) {
    const peakRss = sampleMemory();
    const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections, duration: seconds, requests });
    const peak = peakRss();
    rows.push(
      `| ${paragraphs.toLocaleString('en-GB')} | ${connections} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ` +
        `${result.latency.p97_5} | ${result.latency.p99} | ${result.errors + result.non2xx} | ${(restRss / 2 ** 20).toFixed(0)} | ${(peak / 2 ** 20).toFixed(0)} |`,
    );
    console.error(rows.at(-1));
  }
  server.close();
  const counts = stores.store.stats();
  await stores.close();
  const table = [
    '| paragraphs | clients | req/s | p50 ms | p97.5 ms | p99 ms | errors | RSS at rest MB | RSS peak MB |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  console.log(table);
  await appendBenchmark({
    title: `Hybrid search over HTTP, ${paragraphs.toLocaleString('en-GB')} synthetic paragraphs`,
    command: `EMBEDDING_MODEL_DIR=${process.env.EMBEDDING_MODEL_DIR ?? ''} EMBEDDING_MODEL=${config.embedding.model} npx tsx bench/server.ts --paragraphs ${paragraphs} --seconds ${seconds}`,
    notes: [
      `${counts.chunks.toLocaleString('en-GB')} chunks (paragraphs plus item summaries), model ${config.embedding.model}, ` +
        `keyword backend ${stores.keyword.backend}; data folder ${fresh ? `built in ${buildSeconds.toFixed(0)} s` : 'reused'}. ` +
        `autocannon for ${seconds} s per row over ${QUERIES.length} queries in hybrid mode, each including its query embedding. ` +
        'autocannon reports p97.5 rather than p95.',
    ],
    table,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

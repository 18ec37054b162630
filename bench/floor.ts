// The per-request floor on a council's own, modest archive (#19): corpus/ indexed with the configured model, then
// in-process keyword and hybrid searches one at a time, and the real server on 127.0.0.1 driven by autocannon at 1
// and 32 clients. GET /api/health in the same run is the baseline (Express, middleware, a few counts), so the
// figures can be compared across machines as ratios.
//   EMBEDDING_MODEL_DIR=../shared/models EMBEDDING_MODEL=Xenova/all-MiniLM-L6-v2 npx tsx bench/floor.ts [--seconds 10] [--rounds 20]
import { Command } from 'commander';
import { loadLabelledQueries } from '../test/helpers/search-evaluation';
import { indexCorpus } from './eval';
import { fire } from './http-load';
import { appendBenchmark, boundedNumber, markdownTable, percentile, runWhenMain } from './report';
import { serveOnLoopback } from './server';

interface Options {
  seconds: number;
  rounds: number;
}

async function timeEach(rounds: number, queries: string[], run: (query: string) => Promise<unknown>): Promise<number[]> {
  for (const query of queries) await run(query);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      const started = performance.now();
      await run(query);
      times.push(performance.now() - started);
    }
  }
  return times;
}

const cells = (times: number[]) => [percentile(times, 50).toFixed(2), percentile(times, 95).toFixed(2)];

async function main(): Promise<void> {
  const options = new Command()
    .option('--seconds <n>', 'autocannon seconds per row', boundedNumber(1, 600, true), 10)
    .option('--rounds <n>', 'in-process rounds over the queries', boundedNumber(1, 1000, true), 20)
    .parse()
    .opts<Options>();
  const labelled = loadLabelledQueries();
  const queries = [...new Set(labelled.map((query) => query.q))];
  const filtered = labelled.filter((query) => query.filters && Object.keys(query.filters).length > 0);
  const { config, stores, search } = await indexCorpus();
  try {
    const keywordTimes = await timeEach(options.rounds, queries, (text) =>
      stores.keyword.search({ text, filters: {}, sort: 'relevance', limit: 10, offset: 0 }),
    );
    const hybridTimes = await timeEach(options.rounds, queries, (q) => search.search({ q, mode: 'hybrid', sort: 'relevance', limit: 10, offset: 0, filters: {} }));
    const filters = new Map(filtered.map((query) => [query.q, query.filters ?? {}]));
    const filteredTimes = await timeEach(options.rounds, [...filters.keys()], (q) =>
      search.search({ q, mode: 'hybrid', sort: 'relevance', limit: 10, offset: 0, filters: filters.get(q)! }),
    );
    const rows: (string | number)[][] = [
      ['keyword search, in process, one at a time', 1, '', ...cells(keywordTimes)],
      ['hybrid search, in process, one at a time', 1, '', ...cells(hybridTimes)],
      [`hybrid search with filters (the ${filters.size} filtered queries), in process`, 1, '', ...cells(filteredTimes)],
    ];

    const server = await serveOnLoopback(stores, { ...config, rateLimitPerMinute: 100_000_000 });
    const searches = queries.map((q) => ({ method: 'GET' as const, path: `/api/search?mode=hybrid&limit=10&q=${encodeURIComponent(q)}` }));
    const health = [{ method: 'GET' as const, path: '/api/health' }];
    for (const [name, requests] of [
      ['GET /api/health over HTTP (baseline)', health],
      ['hybrid search over HTTP', searches],
    ] as const) {
      for (const connections of [1, 32]) {
        const { result, latencies } = await fire(server.url, connections, options.seconds, [...requests]);
        rows.push([name, connections, result.requests.average.toFixed(0), ...cells(latencies)]);
        console.error(rows.at(-1)!.join(' | '));
      }
    }
    await server.close();
    const table = markdownTable(['request', 'clients', 'req/s', 'p50 ms', 'p95 ms'], rows);
    console.log(table);
    await appendBenchmark({
      title: `The per-request floor on corpus/ (${stores.store.stats().chunks} chunks), model ${config.embedding.model}`,
      command: `EMBEDDING_MODEL_DIR=${process.env.EMBEDDING_MODEL_DIR ?? ''} EMBEDDING_MODEL=${config.embedding.model} npx tsx bench/floor.ts --seconds ${options.seconds} --rounds ${options.rounds}`,
      notes: [
        `${queries.length} distinct queries of bench/eval-queries.json (no filters but in the row saying so); in process: ${options.rounds} rounds after a warm-up round, ` +
          `percentiles over every call. Over HTTP: autocannon for ${options.seconds} s per row, the queries in turn; latencies are whole HTTP ` +
          `round trips. Query vectors are kept for the ${config.embedding.queryCacheSize} most recent queries (QUERY_CACHE_SIZE), so after ` +
          'the first round a repeated query skips the model, as a user paging or filtering does. ' +
          `${config.searchWorkers === 0 ? 'Searches on the event loop' : `Searches in ${config.searchWorkers} worker threads`} (SEARCH_WORKERS=${config.searchWorkers}); ` +
          'autocannon runs in the same process as the server, so at 32 clients it takes a share of the same cores. ' +
          'Targets (#19): keyword p50 ≤ 0.2 ms in process, hybrid p50 ≤ 3 ms over HTTP at 1 client, ' +
          'p95 ≤ 100 ms at 32 clients.',
      ],
      table,
    });
  } finally {
    await stores.close();
  }
}

runWhenMain(module, main);

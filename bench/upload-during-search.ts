// Search latency while a large document is uploaded: the real server on 127.0.0.1 over the indexed corpus/,
// a few clients searching back to back (hybrid, keyword and semantic in turn), first idle for a while, then during
// an admin upload of generated minutes of the given size until it is indexed. Reports p50/p95/p99/max of both
// phases and their ratio (the target: p99 during the upload within 2x the idle p99). Results go to docs/RELIABILITY.md.
//   npx tsx bench/upload-during-search.ts [--megabytes 19.5] [--clients 4] [--idle-seconds 20] [--no-record]
import { Command } from 'commander';
import { silentLogger } from '../core/logger';
import { startServer } from '../server/start';
import { testConfig } from '../test/helpers/environment';
import { largeMinutes } from '../test/helpers/large-minutes';
import { appendReliabilityResult, boundedNumber, exitWithVerdict, markdownTable, percentile } from './report';

interface Options {
  megabytes: number;
  clients: number;
  idleSeconds: number;
  record: boolean;
}

const ADMIN_KEY = 'upload-during-search-benchmark';
const QUERIES = ['cadet', 'CCTV', 'mental health', 'precept', 'anti-social behaviour', 'victims', 'cameras in town centres', 'retention of officers'];
const MODES = ['hybrid', 'keyword', 'semantic'];

/** Clients searching back to back until `stop()` resolves; returns every latency in milliseconds. */
async function searchUntil(url: string, clients: number, stop: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void stop.finally(() => (done = true));
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let request = client; !done; request += clients) {
        const query = QUERIES[request % QUERIES.length];
        const started = performance.now();
        const response = await fetch(`${url}/api/search?q=${encodeURIComponent(query)}&mode=${MODES[request % MODES.length]}`);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`search answered ${response.status}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

function row(phase: string, latencies: number[], seconds: number): (string | number)[] {
  return [
    phase,
    latencies.length,
    seconds.toFixed(1),
    percentile(latencies, 50).toFixed(0),
    percentile(latencies, 95).toFixed(0),
    percentile(latencies, 99).toFixed(0),
    Math.max(...latencies).toFixed(0),
  ];
}

async function main(options: Options): Promise<boolean> {
  const bytes = Math.round(options.megabytes * 2 ** 20);
  const document = largeMinutes(bytes);
  const server = await startServer(testConfig({ ADMIN_API_KEY: ADMIN_KEY, RATE_LIMIT_PER_MINUTE: '1000000' }), silentLogger);
  try {
    await searchUntil(server.url, options.clients, new Promise((resolve) => setTimeout(resolve, 3000))); // warm-up
    let started = performance.now();
    const idle = await searchUntil(server.url, options.clients, new Promise((resolve) => setTimeout(resolve, options.idleSeconds * 1000)));
    const idleSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    const form = new FormData();
    form.append('file', new Blob([document], { type: 'text/plain' }), 'large-minutes.txt');
    const upload = fetch(`${server.url}/api/documents`, { method: 'POST', body: form, headers: { 'x-api-key': ADMIN_KEY } }).then(async (response) => {
      const body = (await response.json()) as { meetings?: unknown[]; error?: unknown };
      if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${JSON.stringify(body.error)}`);
      return body;
    });
    const during = await searchUntil(server.url, options.clients, upload);
    await upload;
    const uploadSeconds = (performance.now() - started) / 1000;
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { counts: { chunks: number }; semantic: { vectors?: number } };

    const ratio = percentile(during, 99) / percentile(idle, 99);
    const table = markdownTable(
      ['phase', 'searches', 'seconds', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
      [row('idle', idle, idleSeconds), row(`during a ${(bytes / 2 ** 20).toFixed(1)} MB upload`, during, uploadSeconds)],
    );
    const summary =
      `${options.clients} clients searching back to back (hybrid, keyword, semantic in turn) on ${server.url.replace(/:\d+$/, '')}, ` +
      `${options.idleSeconds} s idle, then during the upload of ${(bytes / 2 ** 20).toFixed(1)} MB of generated minutes (test/helpers/large-minutes.ts) ` +
      `until it was indexed (${uploadSeconds.toFixed(1)} s; afterwards ${health.counts.chunks} chunks, ${health.semantic.vectors ?? 0} vectors). ` +
      `p99 during the upload / idle p99: ${ratio.toFixed(2)} (target at most 2).`;
    console.log(`\n${summary}\n\n${table}`);
    if (options.record) {
      await appendReliabilityResult(
        `Search during an upload, ${new Date().toISOString().slice(0, 10)}`,
        `npx tsx bench/upload-during-search.ts --megabytes ${options.megabytes} --clients ${options.clients} --idle-seconds ${options.idleSeconds}`,
        `${summary}\n\n${table}`,
      );
    }
    return ratio <= 2;
  } finally {
    await server.close();
  }
}

const program = new Command()
  .option('--megabytes <n>', 'size of the uploaded document (0.1..19.9, under MAX_UPLOAD_BYTES)', boundedNumber(0.1, 19.9), 19.5)
  .option('--clients <n>', 'concurrent searching clients (1..64)', boundedNumber(1, 64), 4)
  .option('--idle-seconds <n>', 'length of the idle phase (5..600)', boundedNumber(5, 600), 20)
  .option('--no-record', 'do not append the results to docs/RELIABILITY.md')
  .parse(process.argv);

exitWithVerdict(main(program.opts<Options>()));

// Load on the real server over the indexed corpus: search and chat at once from concurrent connections
// (autocannon) against 127.0.0.1, repeated runs, with latency percentiles, errors and the server's memory
// after each run (after a full GC), to show it serves without errors and does not grow. Results go to
// docs/RELIABILITY.md.
//   npx tsx bench/load.ts [--connections 64] [--duration 60] [--runs 3] [--chat-share 0.25] [--no-record]
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { silentLogger } from '../core/logger';
import { startServer } from '../server/start';
import { testConfig } from '../test/helpers/environment';
import { fire } from './http-load';
import { appendReliabilityResult, boundedNumber, exitWithVerdict, markdownTable, percentile } from './report';

interface Options {
  connections: number;
  duration: number;
  runs: number;
  chatShare: number;
  record: boolean;
}

const QUERIES = [
  'cadet', 'CCTV', 'mental health', 'precept', 'anti-social behaviour', 'domestic abuse', 'police and crime plan',
  'victims', 'budget', 'knife crime', 'Commissioner', 'road safety', 'youth', 'complaints', 'rural crime', 'drugs',
  'cameras in town centres', 'funding for community safety', '101 calls', 'retention of officers',
];
const MODES = ['hybrid', 'keyword', 'semantic'];
/** A response slower than this counts as a timeout. */
const RESPONSE_TIMEOUT_SECONDS = 30;
const FILTERS = ['', '&year=2017', `&body=${encodeURIComponent('Kent and Medway Police and Crime Panel')}`, '&sort=newest', '&decisions=true'];
const QUESTIONS = [
  'What did the Commissioner say about the police cadet scheme?',
  'What was decided about the precept?',
  'Who raised concerns about CCTV in town centres?',
  'What was said about mental health and policing in 2017?',
  'What did the panel say about victims services?',
  'and what about anti-social behaviour?',
];

function searchRequests(): autocannon.Request[] {
  return QUERIES.flatMap((query, position) => ({
    method: 'GET' as const,
    path: `/api/search?q=${encodeURIComponent(query)}&mode=${MODES[position % MODES.length]}${FILTERS[position % FILTERS.length]}`,
  }));
}

function chatRequests(): autocannon.Request[] {
  return QUESTIONS.map((question) => ({
    method: 'POST' as const,
    path: '/api/chat',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: question }] }),
  }));
}

// A full collection before each sample, so heap numbers compare live data and not garbage.
setFlagsFromString('--expose_gc');
const collectGarbage = runInNewContext('gc') as () => void;

function memory(): { rssMb: number; heapMb: number } {
  collectGarbage();
  const usage = process.memoryUsage();
  return { rssMb: usage.rss / 2 ** 20, heapMb: usage.heapUsed / 2 ** 20 };
}

function problems(result: autocannon.Result): number {
  return result.errors + result.timeouts + result.non2xx;
}

async function main(options: Options): Promise<boolean> {
  const server = await startServer(testConfig({ RATE_LIMIT_PER_MINUTE: '1000000' }), silentLogger);
  const chatConnections = Math.max(1, Math.round(options.connections * options.chatShare));
  const searchConnections = options.connections - chatConnections;
  console.log(`server on ${server.url}; ${searchConnections} search + ${chatConnections} chat connections, ${options.duration} s per run`);
  try {
    await fire(server.url, 4, 2, [...searchRequests(), ...chatRequests()], RESPONSE_TIMEOUT_SECONDS); // warm-up: model, caches, JIT
    const memoryRows: (string | number)[][] = [];
    const latencyRows: (string | number)[][] = [];
    const before = memory();
    memoryRows.push(['before run 1', before.rssMb.toFixed(0), before.heapMb.toFixed(1)]);
    const heapAfterRun: number[] = [];
    let failures = 0;
    for (let run = 1; run <= options.runs; run += 1) {
      const [search, chat] = await Promise.all([
        fire(server.url, searchConnections, options.duration, searchRequests(), RESPONSE_TIMEOUT_SECONDS),
        fire(server.url, chatConnections, options.duration, chatRequests(), RESPONSE_TIMEOUT_SECONDS),
      ]);
      for (const [name, measured] of [['search', search], ['chat', chat]] as const) {
        const { result, latencies } = measured;
        failures += problems(result);
        latencyRows.push([
          run,
          name,
          result.requests.total,
          (result.requests.total / options.duration).toFixed(0),
          percentile(latencies, 50).toFixed(0),
          percentile(latencies, 95).toFixed(0),
          percentile(latencies, 99).toFixed(0),
          Math.max(...latencies).toFixed(0),
          `${result.errors}/${result.timeouts}/${result.non2xx}`,
        ]);
      }
      const after = memory();
      heapAfterRun.push(after.heapMb);
      memoryRows.push([`after run ${run}`, after.rssMb.toFixed(0), after.heapMb.toFixed(1)]);
      console.log(`run ${run}: ${latencyRows.slice(-2).map((row) => row.join(' ')).join(' | ')}; rss ${after.rssMb.toFixed(0)} MB, heap ${after.heapMb.toFixed(1)} MB`);
    }
    const growth = heapAfterRun.length > 1 ? (heapAfterRun.at(-1)! - heapAfterRun[0]) / heapAfterRun[0] : 0;
    const stable = growth < 0.1;
    const latencyTable = markdownTable(
      ['run', 'endpoint', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors/timeouts/non-2xx'],
      latencyRows,
    );
    const memoryTable = markdownTable(['moment (after full GC)', 'RSS MB', 'heap used MB'], memoryRows);
    const summary =
      `${options.runs} runs of ${options.duration} s, ${options.connections} concurrent connections ` +
      `(${searchConnections} search across keyword/semantic/hybrid modes and filters, ${chatConnections} chat) against the corpus/ ` +
      `index on ${server.url.replace(/:\d+$/, '')}, rate limit raised for the run. Errors, timeouts and non-2xx responses in total: ${failures}. ` +
      `Heap after the last run vs after the first: ${(growth * 100).toFixed(1)}% (${stable ? 'stable' : 'GROWING'}).`;
    console.log(`\n${summary}\n\n${latencyTable}\n\n${memoryTable}`);
    if (options.record) {
      await appendReliabilityResult(
        `Load, ${new Date().toISOString().slice(0, 10)}`,
        `npx tsx bench/load.ts --connections ${options.connections} --duration ${options.duration} --runs ${options.runs} --chat-share ${options.chatShare}`,
        `${summary}\n\n${latencyTable}\n\n${memoryTable}`,
      );
    }
    return failures === 0 && stable;
  } finally {
    await server.close();
  }
}

const program = new Command()
  .option('--connections <n>', 'concurrent connections in all (2..1024)', boundedNumber(2, 1024, true), 64)
  .option('--duration <seconds>', 'length of each run (1..600)', boundedNumber(1, 600, true), 60)
  .option('--runs <n>', 'repeated runs for the memory comparison (1..10)', boundedNumber(1, 10, true), 3)
  .option('--chat-share <fraction>', 'share of connections asking the chat', (value) => Math.min(0.9, Math.max(0.05, Number(value))), 0.25)
  .option('--no-record', 'do not append the results to docs/RELIABILITY.md')
  .parse(process.argv);

exitWithVerdict(main(program.opts<Options>()));

// Topic history against a plain search over HTTP on loopback: the same subjects as bench/topics.ts, one request at a
// time through the whole server (routes, JSON, the socket), searches in-process (no worker threads) so the process's
// CPU is the server's and the client's reading of the body. `/api/topics` is asked as the page asks it first (the
// first page of the timeline, the in-passing meetings counted); --whole adds the whole history as an export asks it
// (every meeting, in-passing ones with their passages). Reuses bench/server.ts's data folder; prints tables.
// Usage: npx tsx bench/topics-http.ts --paragraphs 1000000 [--rounds 5] [--whole] (the data folder must exist: bench/topics.ts builds it)
import { loadConfig } from '../core/config';
import { silentLogger } from '../core/logger';
import { openStores } from '../indexer/stores/open';
import { markdownTable, percentile, runWhenMain } from './report';
import { serveOnLoopback } from './server';
import { SUBJECTS, topicBenchOptions } from './topics';

interface Timings {
  wall: number[];
  cpu: number[];
  bytes: number[];
}

/** Each request as the page (or an export) sends it. */
const REQUESTS = {
  search: { label: 'GET /api/search, hybrid, one page of 10', path: '/api/search?mode=hybrid&limit=10' },
  topics: { label: 'GET /api/topics, as the page asks first', path: '/api/topics?mode=hybrid' },
  whole: { label: 'GET /api/topics?limit=600&passing=true (an export)', path: '/api/topics?mode=hybrid&limit=600&passing=true' },
};
type Kind = keyof typeof REQUESTS;

async function main(): Promise<void> {
  const options = topicBenchOptions();
  const kinds: Kind[] = options.whole ? ['search', 'topics', 'whole'] : ['search', 'topics'];
  const config = loadConfig({ ...process.env, DATA_DIR: options.dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000', SEARCH_WORKERS: '0' });
  const stores = await openStores(config, silentLogger);
  const { url, close } = await serveOnLoopback(stores, config);
  try {
    const timings = Object.fromEntries(kinds.map((kind) => [kind, { wall: [], cpu: [], bytes: [] } as Timings])) as Record<Kind, Timings>;
    const bytesBySubject = new Map<string, Partial<Record<Kind, number>>>();
    const get = async (kind: Kind, query: string) => {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const response = await fetch(`${url}${REQUESTS[kind].path}&q=${encodeURIComponent(query)}`);
      const body = await response.arrayBuffer();
      if (!response.ok) throw new Error(`${kind} ${query}: ${response.status}`);
      const cpu = process.cpuUsage(cpuBefore);
      return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000, bytes: body.byteLength };
    };
    for (const subject of SUBJECTS) for (const kind of kinds) await get(kind, subject);
    for (let round = 0; round < options.rounds; round += 1) {
      for (const subject of SUBJECTS) {
        for (const kind of kinds) {
          const { wall, cpu, bytes } = await get(kind, subject);
          timings[kind].wall.push(wall);
          timings[kind].cpu.push(cpu);
          timings[kind].bytes.push(bytes);
          bytesBySubject.set(subject, { ...bytesBySubject.get(subject), [kind]: bytes });
        }
      }
    }
    const p50 = (values: number[]) => percentile(values, 50);
    const p95 = (values: number[]) => percentile(values, 95);
    const row = (kind: Kind) => {
      const { wall, cpu, bytes } = timings[kind];
      return [REQUESTS[kind].label, p50(wall).toFixed(1), p95(wall).toFixed(1), p50(cpu).toFixed(1), p95(cpu).toFixed(1), (p50(bytes) / 1024).toFixed(0), (Math.max(...bytes) / 1024).toFixed(0)];
    };
    const ratio = (kind: Kind, of: (values: number[]) => number, field: 'wall' | 'cpu') => (of(timings[kind][field]) / of(timings.search[field])).toFixed(2);
    const ratios = (kind: Kind) => [`${kind === 'whole' ? 'export' : 'topics'} / search`, ratio(kind, p50, 'wall'), ratio(kind, p95, 'wall'), ratio(kind, p50, 'cpu'), ratio(kind, p95, 'cpu'), '', ''];
    console.log(
      markdownTable(
        ['request (HTTP)', 'p50 ms', 'p95 ms', 'CPU p50 ms', 'CPU p95 ms', 'KB p50', 'KB max'],
        [...kinds.map(row), ...kinds.filter((kind) => kind !== 'search').map(ratios)],
      ),
    );
    console.log();
    console.log(
      markdownTable(
        ['subject', ...kinds.map((kind) => `${kind} KB`)],
        SUBJECTS.map((subject) => [subject, ...kinds.map((kind) => ((bytesBySubject.get(subject)?.[kind] ?? 0) / 1024).toFixed(0))]),
      ),
    );
  } finally {
    await close();
    await stores.close();
  }
}

runWhenMain(module, main);

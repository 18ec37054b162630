// Topic history against a plain search over HTTP on loopback: the same subjects as bench/topics.ts, one request at a
// time through the whole server (routes, JSON, the socket), searches in-process (no worker threads) so the process's
// CPU is the server's and the client's reading of the body. Reuses bench/server.ts's data folder; prints a table.
// Usage: npx tsx bench/topics-http.ts --paragraphs 1000000 [--rounds 5] (the data folder must exist: bench/topics.ts builds it)
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

async function main(): Promise<void> {
  const options = topicBenchOptions();
  const config = loadConfig({ ...process.env, DATA_DIR: options.dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000', SEARCH_WORKERS: '0' });
  const stores = await openStores(config, silentLogger);
  const { url, close } = await serveOnLoopback(stores, config);
  try {
    const timings = { search: { wall: [], cpu: [], bytes: [] } as Timings, topics: { wall: [], cpu: [], bytes: [] } as Timings };
    const get = async (kind: keyof typeof timings, query: string) => {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const response = await fetch(`${url}/api/${kind}?mode=hybrid&q=${encodeURIComponent(query)}${kind === 'search' ? '&limit=10' : ''}`);
      const body = await response.arrayBuffer();
      if (!response.ok) throw new Error(`${kind} ${query}: ${response.status}`);
      const cpu = process.cpuUsage(cpuBefore);
      return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000, bytes: body.byteLength };
    };
    for (const subject of SUBJECTS) for (const kind of ['search', 'topics'] as const) await get(kind, subject);
    for (let round = 0; round < options.rounds; round += 1) {
      for (const subject of SUBJECTS) {
        for (const kind of ['search', 'topics'] as const) {
          const { wall, cpu, bytes } = await get(kind, subject);
          timings[kind].wall.push(wall);
          timings[kind].cpu.push(cpu);
          timings[kind].bytes.push(bytes);
        }
      }
    }
    const p50 = (values: number[]) => percentile(values, 50);
    const row = (name: string, { wall, cpu, bytes }: Timings) => [name, p50(wall).toFixed(1), percentile(wall, 95).toFixed(1), p50(cpu).toFixed(1), (p50(bytes) / 1024).toFixed(0)];
    const ratio = (of: (values: number[]) => number, field: 'wall' | 'cpu') => (of(timings.topics[field]) / of(timings.search[field])).toFixed(2);
    console.log(
      markdownTable(
        ['request (HTTP)', 'p50 ms', 'p95 ms', 'CPU p50 ms', 'KB p50'],
        [
          row('GET /api/search, hybrid, one page of 10', timings.search),
          row('GET /api/topics', timings.topics),
          ['topics / search', ratio(p50, 'wall'), ratio((values) => percentile(values, 95), 'wall'), ratio(p50, 'cpu'), ''],
        ],
      ),
    );
  } finally {
    await close();
    await stores.close();
  }
}

runWhenMain(module, main);

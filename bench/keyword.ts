// Keyword benchmark: builds a keyword index from synthetic minutes, then times a fixed query mix.
// Usage: npx tsx bench/keyword.ts --paragraphs 100000 [--dir /tmp/keyword-bench] [--rounds 20] [--backend meilisearch|both] [--reuse]
// (the Meilisearch backend reads MEILI_URL and MEILI_API_KEY, and builds the index `<MEILI_INDEX>-bench`; `both`
// times each query on both backends in turn, so a loaded machine weighs on both alike).
// Prints a table and appends it to docs/BENCHMARKS.md with the machine, date and command.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../core/config';
import { createEmbeddedKeywordIndex } from '../indexer/stores/keyword/sqlite-fts';
import { createMeilisearchKeywordIndex } from '../indexer/stores/keyword/meilisearch';
import { MEILISEARCH_VOCABULARY_FILE } from '../indexer/stores/keyword';
import type { KeywordIndex, KeywordQuery } from '../indexer/stores/keyword/types';
import type { Chunk } from '../core/types';
import { appendBenchmark, markdownTable, percentile, runWhenMain } from './report';
import { generateSyntheticChunks } from './synthetic';

/** Chunks per upsert: the embedded index writes each in one transaction; Meilisearch gets them all queued before one wait. */
const BATCH_SIZE = { embedded: 5_000, meilisearch: 50_000 };
const PROGRESS_EVERY = 100_000;

export interface BenchQuery {
  kind: string;
  query: Omit<KeywordQuery, 'limit' | 'offset'>;
}

export const QUERY_MIX: BenchQuery[] = [
  { kind: 'word', query: { text: 'precept ' } },
  { kind: 'word', query: { text: 'cadets ' } },
  { kind: 'word', query: { text: 'police ' } },
  { kind: 'word', query: { text: 'victims ' } },
  { kind: 'word', query: { text: 'funding ' } },
  { kind: 'words', query: { text: 'mental health crisis ' } },
  { kind: 'words', query: { text: 'recruitment of new officers ' } },
  { kind: 'phrase', query: { text: '"community safety partnership"' } },
  { kind: 'phrase', query: { text: '"force control room"' } },
  { kind: 'phrase', query: { text: '"the commissioner explained"' } },
  { kind: 'typo', query: { text: 'comissioner ' } },
  { kind: 'typo', query: { text: 'domestc abuse ' } },
  { kind: 'typo', query: { text: 'inspectorete ' } },
  { kind: 'prefix', query: { text: 'safegu' } },
  { kind: 'prefix', query: { text: 'victim supp' } },
  { kind: 'prefix', query: { text: 'pre' } },
  { kind: 'acronym', query: { text: 'ASB ' } },
  { kind: 'acronym', query: { text: 'PCSO ' } },
  { kind: 'acronym', query: { text: 'anti-social behaviour ' } },
  { kind: 'excluded', query: { text: 'police -budget ' } },
  { kind: 'filtered', query: { text: 'police ', filters: { year: [2019] } } },
  { kind: 'filtered', query: { text: 'victims ', filters: { body: ['Kent and Medway Police and Crime Panel'] } } },
  { kind: 'filtered', query: { text: 'precept ', filters: { from: '2018-01-01', to: '2019-12-31', decisionsOnly: true } } },
  { kind: 'filtered', query: { text: 'commissioner ', filters: { speaker: ['The Commissioner'], kind: 'paragraph' } } },
  { kind: 'sorted', query: { text: 'funding ', sort: 'newest' } },
  { kind: 'sorted', query: { text: 'council ', sort: 'oldest' } },
  { kind: 'filters only', query: { text: '', filters: { year: [2024] }, sort: 'newest' } },
];


function directorySize(directory: string): number {
  return fs.readdirSync(directory).reduce((sum, name) => sum + fs.statSync(path.join(directory, name)).size, 0);
}

function loadAverage(): string {
  return os.loadavg().map((value) => value.toFixed(2)).join(' / ');
}

type Backend = 'embedded' | 'meilisearch';

interface Options {
  paragraphs: number;
  rounds: number;
  dir: string;
  reuse?: boolean;
  backend: Backend | 'both';
  meiliPid?: number;
}

interface Timings {
  /** Latencies in ms per query kind, and under `all`. */
  latencies: Map<string, number[]>;
  /** Matches per query (from the warm-up round). */
  totals: Map<string, number>;
  /** CPU time of this process per timed query, in ms. */
  cpu: number[];
  /** CPU time of the Meilisearch server over the timed queries, in ms (with --meili-pid). */
  serverCpu: number;
}

/** CPU time a process has used, in ms, from /proc (Linux; 10 ms ticks, so only sums over many queries mean much). */
function processCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
}

function indexOpener(backend: Backend, options: Options): () => KeywordIndex {
  const meili = loadConfig(process.env).meili;
  if (backend === 'embedded') return () => createEmbeddedKeywordIndex({ file: path.join(options.dir, 'keyword.sqlite') });
  if (!meili) throw new Error('--backend meilisearch needs MEILI_URL (and MEILI_API_KEY)');
  fs.mkdirSync(options.dir, { recursive: true });
  return () => createMeilisearchKeywordIndex({ ...meili, index: `${meili.index}-bench`, vocabularyFile: path.join(options.dir, MEILISEARCH_VOCABULARY_FILE) });
}

interface Build {
  chunkCount: number;
  indexSeconds: number;
  /** CPU seconds of this process while building, and of the Meilisearch server (with --meili-pid): steadier than the wall clock on a loaded machine. */
  cpuSeconds: number;
  serverCpuSeconds: number | null;
}

/** Fills the index from the synthetic corpus (emptied first); returns the chunks indexed, the seconds and the CPU it took. */
async function build(index: KeywordIndex, backend: Backend, options: Options): Promise<Build> {
  if (backend === 'meilisearch') await index.deleteChunks(await index.allIds());
  const serverPid = backend === 'meilisearch' ? options.meiliPid : undefined;
  const serverCpuBefore = serverPid === undefined ? 0 : processCpuMs(serverPid);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let batch: Chunk[] = [];
  let paragraphs = 0;
  let chunkCount = 0;
  for (const chunk of generateSyntheticChunks({ paragraphs: options.paragraphs, corpusDir: path.resolve('corpus') })) {
    batch.push(chunk);
    if (chunk.kind === 'paragraph') paragraphs += 1;
    if (batch.length === BATCH_SIZE[backend]) {
      await index.upsert(batch);
      chunkCount += batch.length;
      batch = [];
    }
    if (chunk.kind === 'paragraph' && paragraphs % PROGRESS_EVERY === 0) {
      console.log(`${backend}: indexed ${paragraphs} paragraphs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  await index.upsert(batch);
  chunkCount += batch.length;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    chunkCount,
    indexSeconds: (performance.now() - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    serverCpuSeconds: serverPid === undefined ? null : (processCpuMs(serverPid) - serverCpuBefore) / 1000,
  };
}

/**
 * Times the query mix on each index. With two, each query runs on both, one after the other (which goes first
 * alternates by round), so both see the same load on a shared machine.
 */
async function timeQueries(indexes: Map<Backend, KeywordIndex>, rounds: number, meiliPid?: number): Promise<Map<Backend, Timings>> {
  const timings = new Map<Backend, Timings>([...indexes.keys()].map((backend) => [backend, { latencies: new Map(), totals: new Map(), cpu: [], serverCpu: 0 }]));
  for (let round = -1; round < rounds; round += 1) {
    for (const { kind, query } of QUERY_MIX) {
      const order = round % 2 === 0 ? [...indexes] : [...indexes].reverse();
      for (const [backend, index] of order) {
        const timing = timings.get(backend)!;
        const { latencies, totals } = timing;
        const server = backend === 'meilisearch' && meiliPid !== undefined ? processCpuMs(meiliPid) : 0;
        const cpu = process.cpuUsage();
        const started = performance.now();
        const result = await index.search({ ...query, limit: 10, offset: 0 });
        const elapsed = performance.now() - started;
        const used = process.cpuUsage(cpu);
        // Round -1 warms the page cache and the in-memory vocabulary, titles and row attributes; it is not timed.
        if (round < 0) {
          totals.set(`${kind}: ${query.text}`, result.total);
          continue;
        }
        for (const key of [kind, 'all']) latencies.set(key, [...(latencies.get(key) ?? []), elapsed]);
        timing.cpu.push((used.user + used.system) / 1000);
        if (server > 0) timing.serverCpu += processCpuMs(meiliPid!) - server;
      }
    }
  }
  return timings;
}

const quantiles = (values: number[]) => [50, 95, 99].map((p) => percentile(values, p).toFixed(1));
const matchesLine = (totals: Map<string, number>) => [...totals.entries()].map(([query, total]) => `${query.trim()} → ${total}`).join('; ');

async function main(): Promise<void> {
  const options = new Command()
    .option('--paragraphs <n>', 'paragraph chunks to index', (value) => Number.parseInt(value, 10), 100_000)
    .option('--rounds <n>', 'times the query mix is run', (value) => Number.parseInt(value, 10), 20)
    .option('--dir <folder>', 'where the embedded index is built (emptied first)', path.join(os.tmpdir(), 'minutes-search-keyword-bench'))
    .option('--reuse', 'search indexes already built (in --dir, in Meilisearch) instead of rebuilding them')
    .option('--backend <name>', 'embedded, meilisearch (MEILI_URL), or both: timed side by side in one run', 'embedded')
    .option('--meili-pid <pid>', "the Meilisearch server's process id, to report its CPU time per query (Linux)", (value) => Number.parseInt(value, 10))
    .parse()
    .opts<Options>();
  const backends: Backend[] = options.backend === 'both' ? ['embedded', 'meilisearch'] : [options.backend];
  if (!options.reuse && backends.includes('embedded')) fs.rmSync(options.dir, { recursive: true, force: true });
  const builds = new Map<Backend, Build>();
  const opened = new Map<Backend, KeywordIndex>();
  for (const backend of backends) {
    const open = indexOpener(backend, options);
    const index = open();
    builds.set(backend, options.reuse ? { chunkCount: (await index.stats()).documents, indexSeconds: Number.NaN, cpuSeconds: Number.NaN, serverCpuSeconds: null } : await build(index, backend, options));
    await index.close();
    opened.set(backend, open());
  }
  const loadBeforeQueries = loadAverage();
  const timings = await timeQueries(opened, options.rounds, options.meiliPid);
  for (const index of opened.values()) await index.close();

  const kinds = [...timings.get(backends[0])!.latencies.keys()];
  const chunkCount = builds.get(backends[0])!.chunkCount;
  const command = `npx tsx bench/keyword.ts ${process.argv.slice(2).join(' ')}`.trim();
  const buildNote = (backend: Backend) => {
    const { indexSeconds, cpuSeconds, serverCpuSeconds } = builds.get(backend)!;
    const size = backend === 'embedded' && !options.reuse ? `${(directorySize(options.dir) / 1024 ** 2).toFixed(0)} MB on disk` : 'size not measured';
    if (Number.isNaN(indexSeconds)) return `${backend}: index reused, ${size}`;
    const server = serverCpuSeconds === null ? '' : ` + ${serverCpuSeconds.toFixed(1)} s in the Meilisearch server`;
    return `${backend}: index time ${indexSeconds.toFixed(1)} s (CPU ${cpuSeconds.toFixed(1)} s in this process${server}, the synthetic chunks' making included), ${size}`;
  };
  const table =
    backends.length === 1
      ? markdownTable(['query kind', 'queries', 'p50 ms', 'p95 ms', 'p99 ms'], kinds.map((kind) => { const values = timings.get(backends[0])!.latencies.get(kind)!; return [kind, values.length, ...quantiles(values)]; }))
      : markdownTable(
          ['query kind', 'queries', 'embedded p50 / p95 / p99 ms', 'Meilisearch p50 / p95 / p99 ms', 'p50 ratio', 'p95 ratio'],
          kinds.map((kind) => {
            const [embedded, meili] = backends.map((backend) => timings.get(backend)!.latencies.get(kind)!);
            const ratio = (p: number) => `${(percentile(meili, p) / percentile(embedded, p)).toFixed(2)}x`;
            return [kind, embedded.length, quantiles(embedded).join(' / '), quantiles(meili).join(' / '), ratio(50), ratio(95)];
          }),
        );
  console.log(table);
  const cpuNote = (backend: Backend) => {
    const { cpu, serverCpu } = timings.get(backend)!;
    const server = backend === 'meilisearch' && options.meiliPid !== undefined ? ` + ${(serverCpu / cpu.length).toFixed(1)} ms mean in the Meilisearch server` : '';
    return `${backend} ${quantiles(cpu).slice(0, 2).join(' / ')} ms p50 / p95 in this process${server}`;
  };
  const names = { embedded: 'Embedded keyword index', meilisearch: 'Meilisearch keyword backend' };
  await appendBenchmark({
    title: `${backends.length === 1 ? names[backends[0]] : 'Embedded index and Meilisearch backend side by side'}, ${options.paragraphs.toLocaleString('en-GB')} paragraphs (${chunkCount.toLocaleString('en-GB')} chunks with item chunks)`,
    command,
    notes: [
      `${backends.map(buildNote).join(' · ')} · ${options.rounds} rounds of ${QUERY_MIX.length} queries (limit 10, with facets)${backends.length > 1 ? ', each query on both backends in turn' : ''} · load average (1/5/15 min) ${loadBeforeQueries} before the queries.`,
      '',
      `CPU time per query (load-independent, unlike the latencies): ${backends.map(cpuNote).join('; ')}.`,
      ...backends.flatMap((backend) => ['', `Matches per query${backends.length > 1 ? ` (${backend})` : ''}: ${matchesLine(timings.get(backend)!.totals)}`]),
    ],
    table,
  });
}

runWhenMain(module, main);

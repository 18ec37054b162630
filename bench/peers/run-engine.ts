// One engine, one size, in a process of its own (started by bench/peers.ts with --expose-gc), so its memory is its
// own: reads the chunks of a data folder in batches, builds the engine, runs the queries, and sends the parent
// what it measured. Memory is the growth over the process before the build, after the queries and a full collection.
import fs from 'node:fs';
import path from 'node:path';
import type { Chunk } from '../../core/types';
import { scoreRanking } from '../../test/helpers/search-evaluation';
import { createEngine, type EngineName, type SearchEngine } from './engines';
import { passesFilters, peerQueries, type PeerQuery } from './queries';
import { storedChunkBatches } from './stored-chunks';

export interface EngineJob {
  engine: EngineName;
  dataDir: string;
  /** Emptied and used for the embedded index's file. */
  workDir: string;
  /** Timed passes over the query mix (after one untimed warm-up pass). */
  rounds: number;
  /** Querying (the first pass and the timed ones) stops after this long, even mid-pass. */
  querySeconds: number;
  /** Score the labelled queries (the data folder holds corpus/ itself). */
  judge: boolean;
}

export interface MemoryGrowth {
  heapMb: number;
  rssMb: number;
}

export interface EngineMeasurement {
  chunks: number;
  buildSeconds: number;
  /** CPU time of the build (user + system): less swayed than wall time by other work on a shared machine. */
  buildCpuSeconds: number;
  memoryGrowth: MemoryGrowth;
  peakRssMb: number;
  /** Per query kind, then 'all': latencies in ms of the timed rounds, or of the first pass when it did not end in time. */
  latencies: Record<string, number[]>;
  /** Queries of the first pass answered before the time ran out (all of them, unless the engine is that slow). */
  firstPassAnswered: number;
  queries: number;
  /** Of the queries answered in the first pass. */
  zeroHitShare: number;
  zeroHitQueries: string[];
  /** Mean nDCG@10 over the labelled queries, per kind and 'all'; empty when not judged. */
  ndcg: Record<string, number>;
}

export type EngineMessage = { type: 'progress'; chunks: number } | { type: 'built'; seconds: number } | { type: 'result'; measurement: EngineMeasurement };

const BATCH_SIZE = 5_000;
/** How deep a peer's list is read when the harness must filter it (they cannot filter by themselves). */
const FILTERED_DEPTH = 1_000;
const PAGE = 10;
const MB = 1024 ** 2;

function send(message: EngineMessage): void {
  process.send?.(message);
}

function settledMemory(): { heap: number; rss: number } {
  global.gc?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, rss: usage.rss };
}

/** Wall and CPU milliseconds of the engine's own work, not of reading the store. */
class BuildClock {
  wallMs = 0;
  cpuMs = 0;

  async time(work: () => Promise<void>): Promise<void> {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    await work();
    const used = process.cpuUsage(cpu);
    this.wallMs += performance.now() - wall;
    this.cpuMs += (used.user + used.system) / 1000;
  }
}

async function build(engine: SearchEngine, job: EngineJob, texts: Map<string, Chunk>): Promise<{ chunks: number; seconds: number; cpuSeconds: number }> {
  let chunks = 0;
  const clock = new BuildClock();
  for (const batch of storedChunkBatches(job.dataDir, BATCH_SIZE)) {
    if (job.judge) for (const chunk of batch) texts.set(chunk.id, chunk);
    await clock.time(() => engine.add(batch));
    chunks += batch.length;
    if (chunks % 100_000 < BATCH_SIZE) send({ type: 'progress', chunks });
  }
  await clock.time(() => engine.finishBuild());
  return { chunks, seconds: clock.wallMs / 1000, cpuSeconds: clock.cpuMs / 1000 };
}

async function topIds(engine: SearchEngine, query: PeerQuery, chunks: Map<string, Chunk>): Promise<string[]> {
  const { text, filters } = query;
  if (!filters || engine.filtersNatively) return engine.search({ text, filters, limit: PAGE });
  const deep = await engine.search({ text, limit: FILTERED_DEPTH });
  return deep.filter((id) => passesFilters(chunks.get(id)!, filters)).slice(0, PAGE);
}

async function judge(engine: SearchEngine, queries: PeerQuery[], chunks: Map<string, Chunk>): Promise<Record<string, number>> {
  const scores = new Map<string, number[]>();
  for (const query of queries) {
    const texts = (await topIds(engine, query, chunks)).map((id) => chunks.get(id)!.text);
    const { ndcg } = scoreRanking(texts, query.relevant ?? []);
    for (const kind of [query.kind, 'all']) scores.set(kind, [...(scores.get(kind) ?? []), ndcg]);
  }
  return Object.fromEntries([...scores].map(([kind, values]) => [kind, values.reduce((sum, value) => sum + value, 0) / values.length]));
}

interface QueryPasses {
  latencies: Record<string, number[]>;
  firstPassAnswered: number;
  zeroHitQueries: string[];
}

function record(latencies: Record<string, number[]>, kind: string, elapsed: number): void {
  (latencies[kind] ??= []).push(elapsed);
  latencies.all.push(elapsed);
}

/**
 * One pass over the queries that is not timed (the embedded index reads its vocabulary on the first search; zero hits
 * are counted on it), then timed passes; all within querySeconds. An engine too slow to end the first pass in time is
 * reported on the latencies of the queries it answered.
 */
async function runQueries(engine: SearchEngine, queries: PeerQuery[], job: EngineJob): Promise<QueryPasses> {
  const deadline = performance.now() + job.querySeconds * 1000;
  const firstPass: Record<string, number[]> = { all: [] };
  const zeroHitQueries: string[] = [];
  for (const { kind, text } of queries) {
    if (performance.now() > deadline) return { latencies: firstPass, firstPassAnswered: firstPass.all.length, zeroHitQueries };
    const started = performance.now();
    const ids = await engine.search({ text, limit: PAGE });
    record(firstPass, kind, performance.now() - started);
    if (ids.length === 0) zeroHitQueries.push(text.trim());
  }
  const latencies: Record<string, number[]> = { all: [] };
  for (let round = 0; round < job.rounds; round += 1) {
    for (const { kind, text } of queries) {
      if (performance.now() > deadline) return { latencies, firstPassAnswered: queries.length, zeroHitQueries };
      const started = performance.now();
      await engine.search({ text, limit: PAGE });
      record(latencies, kind, performance.now() - started);
    }
  }
  return { latencies, firstPassAnswered: queries.length, zeroHitQueries };
}

export async function runEngine(job: EngineJob): Promise<EngineMeasurement> {
  fs.rmSync(job.workDir, { recursive: true, force: true });
  fs.mkdirSync(job.workDir, { recursive: true });
  const { timed, judged } = peerQueries();
  const chunks = new Map<string, Chunk>();
  const before = settledMemory();
  const engine = await createEngine(job.engine, path.join(job.workDir, 'keyword.sqlite'));
  const built = await build(engine, job, chunks);
  send({ type: 'built', seconds: built.seconds });
  const passes = await runQueries(engine, timed, job);
  const afterQueries = settledMemory();
  const ndcg = job.judge ? await judge(engine, judged, chunks) : {};
  await engine.close();
  fs.rmSync(job.workDir, { recursive: true, force: true });
  return {
    chunks: built.chunks,
    buildSeconds: built.seconds,
    buildCpuSeconds: built.cpuSeconds,
    memoryGrowth: { heapMb: (afterQueries.heap - before.heap) / MB, rssMb: (afterQueries.rss - before.rss) / MB },
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    latencies: passes.latencies,
    firstPassAnswered: passes.firstPassAnswered,
    queries: timed.length,
    zeroHitShare: passes.zeroHitQueries.length / Math.max(1, passes.firstPassAnswered),
    zeroHitQueries: passes.zeroHitQueries,
    ndcg,
  };
}

if (require.main === module) {
  const job = JSON.parse(process.argv[2]) as EngineJob;
  runEngine(job).then(
    (measurement) => {
      send({ type: 'result', measurement });
      process.disconnect?.();
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

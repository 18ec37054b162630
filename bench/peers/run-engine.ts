// One engine, one size, in a process of its own (started by bench/peers.ts with --expose-gc), so its memory is its
// own: reads the chunks of a data folder in batches, builds the engine, runs the queries, and sends the parent
// what it measured. Memory is the growth over the process before the build, after a full collection.
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
  /** Timed querying stops after this long, even mid-round. */
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
  afterBuild: MemoryGrowth;
  peakRssMb: number;
  /** Per query kind, then 'all': latencies in ms of the timed rounds. */
  latencies: Record<string, number[]>;
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

async function build(engine: SearchEngine, job: EngineJob, texts: Map<string, Chunk>): Promise<{ chunks: number; seconds: number }> {
  let chunks = 0;
  let buildMs = 0;
  for (const batch of storedChunkBatches(job.dataDir, BATCH_SIZE)) {
    if (job.judge) for (const chunk of batch) texts.set(chunk.id, chunk);
    // Only the engine's own work is timed, not reading the store.
    const started = performance.now();
    await engine.add(batch);
    buildMs += performance.now() - started;
    chunks += batch.length;
    if (chunks % 100_000 < BATCH_SIZE) send({ type: 'progress', chunks });
  }
  const started = performance.now();
  await engine.finishBuild();
  return { chunks, seconds: (buildMs + performance.now() - started) / 1000 };
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

async function timeQueries(engine: SearchEngine, queries: PeerQuery[], job: EngineJob): Promise<Record<string, number[]>> {
  const latencies: Record<string, number[]> = { all: [] };
  const deadline = performance.now() + job.querySeconds * 1000;
  for (let round = 0; round < job.rounds; round += 1) {
    for (const { kind, text } of queries) {
      if (performance.now() > deadline) return latencies;
      const started = performance.now();
      await engine.search({ text, limit: PAGE });
      const elapsed = performance.now() - started;
      (latencies[kind] ??= []).push(elapsed);
      latencies.all.push(elapsed);
    }
  }
  return latencies;
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
  // The warm-up pass: the embedded index reads its vocabulary on the first search; every engine's answers are counted.
  const zeroHitQueries: string[] = [];
  for (const query of timed) if ((await engine.search({ text: query.text, limit: PAGE })).length === 0) zeroHitQueries.push(query.text.trim());
  const afterBuild = settledMemory();
  const ndcg = job.judge ? await judge(engine, judged, chunks) : {};
  const latencies = await timeQueries(engine, timed, job);
  await engine.close();
  fs.rmSync(job.workDir, { recursive: true, force: true });
  return {
    chunks: built.chunks,
    buildSeconds: built.seconds,
    afterBuild: { heapMb: (afterBuild.heap - before.heap) / MB, rssMb: (afterBuild.rss - before.rss) / MB },
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    latencies,
    zeroHitShare: zeroHitQueries.length / timed.length,
    zeroHitQueries,
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

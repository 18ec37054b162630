// Embedding throughput on corpus/ with the configured model, through the indexer's own path (worker embedders,
// length-sorted batches, the embedding cache): paragraphs per second for each configuration tried (dtype, batch
// size, workers × onnxruntime threads), the same in input-order batches (how the indexer embedded before), query
// embedding latency, and the hours a million paragraphs would take.
//
//   EMBEDDING_MODEL_DIR=../shared/models EMBEDDING_MODEL=Xenova/all-MiniLM-L6-v2 npm run bench:embed -- \
//     [--dtypes q8,int8] [--batch-sizes 1,4,8,16,32] [--layouts 1x2,2x1] [--rounds 2] [--no-append]
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EMBEDDING_DTYPES, loadConfig, type EmbeddingDtype } from '../core/config';
import type { Chunk } from '../core/types';
import { startEmbedderPool } from '../indexer/stores/vector/embedder-pool';
import { passageText, type EmbeddingSettings } from '../indexer/stores/vector/embedder';
import { createEmbeddingCache, embedInSlices } from '../indexer/stores/vector/embedding-cache';
import { modelDefaults } from '../indexer/stores/vector/models';
import { createWorkerEmbedder, type WorkerEmbedder } from '../indexer/stores/vector/worker-embedder';
import { corpusChunks } from './corpus';
import { appendBenchmark, markdownTable, percentile } from './report';

const QUERIES_FILE = path.resolve(__dirname, 'semantic-queries.json');
const QUERY_ROUNDS = 10;
const MILLION = 1_000_000;

interface Trial {
  dtype: EmbeddingDtype;
  batchSize: number;
  workers: number;
  threadsPerWorker: number;
  /** False for the indexer's earlier path: batches cut from the texts in input order. */
  lengthSorted: boolean;
}

interface Result extends Trial {
  /** One rate per round; the rounds run every trial in turn, so a burst of load elsewhere hits them all alike. */
  rates: number[];
  median: number;
  bestRound: number;
  /** Paragraphs per second of CPU time this process spent (all its threads): what other jobs on the machine change least. */
  perCpuSecond: number;
}

interface Measurement {
  rate: number;
  perCpuSecond: number;
}

function option(name: string, fallback: string): string[] {
  const position = process.argv.indexOf(`--${name}`);
  return (position >= 0 ? process.argv[position + 1] : fallback).split(',').map((value) => value.trim());
}

function parseLayout(layout: string): { workers: number; threadsPerWorker: number } {
  const match = /^(\d+)x(\d+)$/.exec(layout);
  if (!match) throw new Error(`a layout is workers x threads, like 2x1; got "${layout}"`);
  return { workers: Number(match[1]), threadsPerWorker: Number(match[2]) };
}

function parseDtype(dtype: string): EmbeddingDtype {
  const known = EMBEDDING_DTYPES.find((candidate) => candidate === dtype);
  if (!known) throw new Error(`unknown dtype "${dtype}"; expected one of ${EMBEDDING_DTYPES.join(', ')}`);
  return known;
}

const describeTrial = (trial: Trial) =>
  `${trial.dtype}, batch ${trial.batchSize}, ${trial.workers} worker(s) × ${trial.threadsPerWorker} thread(s)` +
  (trial.lengthSorted ? '' : ', input order');

async function withEmbedder<T>(settings: EmbeddingSettings, use: (embedder: WorkerEmbedder) => Promise<T>): Promise<T> {
  const embedder = await startEmbedderPool(settings.workers, () => createWorkerEmbedder(settings));
  try {
    return await use(embedder);
  } finally {
    await embedder.close();
  }
}

/** Paragraphs per second over every chunk, each distinct text embedded once, as the indexer does (fresh cache). */
async function measureTrial(base: EmbeddingSettings, trial: Trial, chunks: Chunk[], texts: string[]): Promise<Measurement> {
  return withEmbedder({ ...base, ...trial }, async (embedder) => {
    await embedder.embedPassages(texts.slice(0, 2 * trial.batchSize * trial.workers)); // warm-up
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-embed-'));
    const cache = createEmbeddingCache(path.join(cacheDir, 'embeddings.sqlite'), embedder.modelId);
    const started = performance.now();
    const cpuAtStart = process.cpuUsage();
    let embedded = texts.length;
    if (trial.lengthSorted) embedded = await embedInSlices(chunks, embedder, cache, () => undefined);
    else for (let start = 0; start < texts.length; start += trial.batchSize) await embedder.embedPassages(texts.slice(start, start + trial.batchSize));
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuAtStart);
    cache.close();
    await fs.rm(cacheDir, { recursive: true, force: true });
    return { rate: embedded / seconds, perCpuSecond: embedded / ((cpu.user + cpu.system) / 1e6) };
  });
}

async function queryLatencies(settings: EmbeddingSettings, queries: string[]): Promise<number[]> {
  return withEmbedder(settings, async (embedder) => {
    await embedder.embedQuery('warm-up');
    const milliseconds: number[] = [];
    for (let round = 0; round < QUERY_ROUNDS; round += 1) {
      for (const query of queries) {
        const started = performance.now();
        await embedder.embedQuery(query);
        milliseconds.push(performance.now() - started);
      }
    }
    return milliseconds;
  });
}

async function main(): Promise<void> {
  const append = !process.argv.includes('--no-append');
  const config = loadConfig(process.env);
  const dtypes = option('dtypes', 'q8,int8').map(parseDtype);
  const batchSizes = option('batch-sizes', '1,4,8,16,32').map(Number);
  const cores = os.availableParallelism();
  const layouts = option('layouts', `1x${cores},${cores}x1`).map(parseLayout);
  const rounds = Number(option('rounds', '2')[0]);
  const loadAtStart = os.loadavg()[0].toFixed(1);

  const chunks = await corpusChunks(config.corpusDir, config.maxFileBytes);
  const { embedItemTitle } = modelDefaults(config.embedding.model);
  const texts = chunks.map((chunk) => passageText(chunk, embedItemTitle));
  const distinct = new Set(texts).size;
  const meanWords = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / texts.length;
  process.stdout.write(`${chunks.length} chunks (${distinct} distinct texts, ${meanWords.toFixed(0)} words on average), model ${config.embedding.model}\n`);

  const trials: Trial[] = [{ dtype: 'q8', batchSize: 32, workers: 1, threadsPerWorker: cores, lengthSorted: false }];
  for (const dtype of dtypes)
    for (const layout of layouts) for (const batchSize of batchSizes) trials.push({ dtype, batchSize, ...layout, lengthSorted: true });
  const measurements: Measurement[][] = trials.map(() => []);
  for (let round = 1; round <= rounds; round += 1) {
    for (const [position, trial] of trials.entries()) {
      const measurement = await measureTrial(config.embedding, trial, chunks, texts);
      process.stdout.write(
        `round ${round}, ${describeTrial(trial)}: ${measurement.rate.toFixed(1)} paragraphs/s, ` +
          `${measurement.perCpuSecond.toFixed(1)} per CPU second (load ${os.loadavg()[0].toFixed(1)})\n`,
      );
      measurements[position].push(measurement);
    }
  }
  const results: Result[] = trials.map((trial, position) => {
    const rates = measurements[position].map((measurement) => measurement.rate);
    const perCpu = measurements[position].map((measurement) => measurement.perCpuSecond);
    return { ...trial, rates, median: percentile(rates, 50), bestRound: Math.max(...rates), perCpuSecond: percentile(perCpu, 50) };
  });
  // Chosen by work per CPU second: on a shared machine the wall-clock rates swing with other jobs' load.
  const best = results.reduce((a, b) => (b.perCpuSecond > a.perCpuSecond ? b : a));
  const onIdleCores = (result: Result) => result.perCpuSecond * cores;
  const queryTexts = (JSON.parse(await fs.readFile(QUERIES_FILE, 'utf8')) as { queries: { query: string }[] }).queries.map((q) => q.query);
  const latencies = await queryLatencies({ ...config.embedding, ...best }, queryTexts);
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);

  const hoursForMillion = (rate: number) => (MILLION / rate / 3600).toFixed(1);
  const table = markdownTable(
    [
      'dtype',
      'batch',
      'workers × threads',
      'batches',
      'paragraphs/s (median)',
      'rounds',
      'hours for 1M (median)',
      'per CPU second',
      `on ${cores} idle cores (estimate)`,
      'hours for 1M (estimate)',
    ],
    results.map((result) => [
      result.dtype,
      result.batchSize,
      `${result.workers} × ${result.threadsPerWorker}`,
      result.lengthSorted ? 'sorted by length' : 'input order (before)',
      result.median.toFixed(1),
      result.rates.map((rate) => rate.toFixed(0)).join(', '),
      hoursForMillion(result.median),
      result === best ? `**${result.perCpuSecond.toFixed(1)}**` : result.perCpuSecond.toFixed(1),
      onIdleCores(result).toFixed(0),
      hoursForMillion(onIdleCores(result)),
    ]),
  );
  const summary =
    `Most work per CPU second: ${describeTrial(best)}, ${best.perCpuSecond.toFixed(1)} paragraphs per CPU second, about ` +
    `${onIdleCores(best).toFixed(0)} paragraphs/s on ${cores} idle cores (1M in ${hoursForMillion(onIdleCores(best))} h); measured here ` +
    `${best.median.toFixed(1)} paragraphs/s (median, best round ${best.bestRound.toFixed(1)}), 1M in ${hoursForMillion(best.median)} h. ` +
    `Query embedding with it (${latencies.length} queries, one at a time, idle workers): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms.`;
  process.stdout.write(`\n${table}\n\n${summary}\n`);

  if (append) {
    await appendBenchmark({
      title: `Embedding throughput on corpus/ (${config.embedding.model})`,
      command:
        `EMBEDDING_MODEL_DIR=${process.env.EMBEDDING_MODEL_DIR ?? ''} EMBEDDING_MODEL=${config.embedding.model} ` +
        `npm run bench:embed -- ${process.argv.slice(2).join(' ')}`.trim(),
      notes: [
        `Every chunk of corpus/ (${chunks.length} chunks, ${distinct} distinct texts, ${meanWords.toFixed(0)} words on average, item title in front`,
        `as the indexer embeds them), through the indexer's path: worker threads, embedInSlices with a fresh embedding cache (each distinct`,
        `text embedded once). Paragraphs/s counts distinct texts embedded per second of wall time, after a warm-up; ${rounds} rounds, each`,
        `running every configuration in turn. "Input order" cuts batches from the texts as they come (the indexer before length sorting).`,
        `Load average (1 min) at the start: ${loadAtStart}; the machine is shared with other jobs, so wall-clock rates are lower bounds.`,
        `"Per CPU second" divides by the CPU time of the bench's own threads: other jobs change it least. Medians of an even number of`,
        `rounds are the lower middle value. The`,
        `idle-cores estimate is ${cores} times it, what a configuration that keeps every core busy reaches alone on the machine (an upper`,
        `estimate for one that leaves a core idle part of the time).`,
        '',
        summary,
      ],
      table,
    });
  }
}

void main();

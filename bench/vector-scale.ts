// HNSW at scale: build time, memory, recall@10 against exact search, and query latency, on random unit
// vectors (a worst case for HNSW: no clusters to exploit). Uses the project's own openVectorIndex.
//
//   npx tsx bench/vector-scale.ts --count 100000 --dims 384 [--m 16] [--ef-construction 200] [--ef 64,128,256]
//                                 [--intrinsic 24] [--queries 200] [--no-append]
//
// --intrinsic r draws vectors from an r-dimensional subspace plus a little noise (text embeddings have a low
// intrinsic dimension); without it every coordinate is independent, the hardest case.
//
// Prints progress lines while building and a table at the end; appends the table to docs/BENCHMARKS.md.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appendBenchmark, DEFAULT_HNSW, percentile, seededRandom } from './vector-common';
import { openVectorIndex } from '../indexer/stores/vector/hnsw';

interface Options {
  count: number;
  dims: number;
  m: number;
  efConstruction: number;
  efSearch: number[];
  queries: number;
  /** 0 for isotropic random vectors. */
  intrinsic: number;
  append: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : fallback;
  };
  return {
    count: Number(value('count', '100000')),
    dims: Number(value('dims', '384')),
    m: Number(value('m', String(DEFAULT_HNSW.m))),
    efConstruction: Number(value('ef-construction', String(DEFAULT_HNSW.efConstruction))),
    efSearch: value('ef', '32,64,128,256').split(',').map(Number),
    queries: Number(value('queries', '200')),
    intrinsic: Number(value('intrinsic', '0')),
    append: !argv.includes('--no-append'),
  };
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

function normaliseRows(data: Float32Array, dims: number): Float32Array {
  for (let offset = 0; offset < data.length; offset += dims) {
    let norm = 0;
    for (let d = 0; d < dims; d += 1) norm += data[offset + d] * data[offset + d];
    const scale = 1 / Math.sqrt(norm);
    for (let d = 0; d < dims; d += 1) data[offset + d] *= scale;
  }
  return data;
}

/** Gaussian coordinates, normalised: directions uniform on the sphere. */
function randomUnitVectors(count: number, dims: number, random: () => number): Float32Array {
  const data = new Float32Array(count * dims);
  for (let i = 0; i < data.length; i += 1) data[i] = gaussian(random);
  return normaliseRows(data, dims);
}

/** Unit vectors near a random r-dimensional subspace: projection of r Gaussian coordinates plus 10% noise. */
function lowRankUnitVectors(count: number, dims: number, rank: number, basis: Float32Array, random: () => number): Float32Array {
  const data = new Float32Array(count * dims);
  const latent = new Float32Array(rank);
  for (let row = 0; row < count; row += 1) {
    for (let r = 0; r < rank; r += 1) latent[r] = gaussian(random);
    for (let d = 0; d < dims; d += 1) {
      let value = 0.1 * gaussian(random) * Math.sqrt(rank / dims);
      for (let r = 0; r < rank; r += 1) value += basis[r * dims + d] * latent[r];
      data[row * dims + d] = value;
    }
  }
  return normaliseRows(data, dims);
}

/** Exact top-k labels by inner product (vectors are unit length, so this is cosine). */
function exactTopK(data: Float32Array, count: number, dims: number, query: Float32Array, k: number): number[] {
  const best: { label: number; score: number }[] = [];
  for (let row = 0; row < count; row += 1) {
    let score = 0;
    const offset = row * dims;
    for (let d = 0; d < dims; d += 1) score += data[offset + d] * query[d];
    if (best.length < k || score > best[best.length - 1].score) {
      best.push({ label: row, score });
      best.sort((a, b) => b.score - a.score);
      if (best.length > k) best.pop();
    }
  }
  return best.map((entry) => entry.label);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { count, dims } = options;
  const random = seededRandom(42);
  const log = (line: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

  const kind = options.intrinsic > 0 ? `unit vectors of intrinsic dimension ${options.intrinsic}` : 'random unit vectors';
  log(`generating ${count} ${kind} in ${dims} dimensions`);
  const basis = randomUnitVectors(options.intrinsic, dims, random);
  const generate = (n: number) =>
    options.intrinsic > 0 ? lowRankUnitVectors(n, dims, options.intrinsic, basis, random) : randomUnitVectors(n, dims, random);
  const data = generate(count);
  const queries = generate(options.queries);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vector-scale-'));
  const rssBefore = process.memoryUsage().rss;
  const index = await openVectorIndex({
    dir,
    modelId: 'random',
    dimensions: dims,
    m: options.m,
    efConstruction: options.efConstruction,
    efSearch: options.efSearch[0],
  });
  const buildStarted = performance.now();
  const batch = 10_000;
  for (let start = 0; start < count; start += batch) {
    const end = Math.min(count, start + batch);
    const entries = [];
    for (let row = start; row < end; row += 1) entries.push({ label: row, vector: data.subarray(row * dims, (row + 1) * dims) });
    index.upsert(entries);
    const seconds = (performance.now() - buildStarted) / 1000;
    const rate = end / seconds;
    log(`built ${end}/${count} (${rate.toFixed(0)} vectors/s, ${((count - end) / rate / 60).toFixed(1)} min left)`);
  }
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const indexMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
  const saveStarted = performance.now();
  await index.save();
  const saveSeconds = (performance.now() - saveStarted) / 1000;
  const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as { indexFile: string };
  const fileMb = (await fs.stat(path.join(dir, manifest.indexFile))).size / 2 ** 20;
  log(`build ${buildSeconds.toFixed(1)} s, save ${saveSeconds.toFixed(1)} s, file ${fileMb.toFixed(0)} MB`);

  log(`exact search for ${options.queries} queries`);
  const truth: Set<number>[] = [];
  for (let q = 0; q < options.queries; q += 1) {
    truth.push(new Set(exactTopK(data, count, dims, queries.subarray(q * dims, (q + 1) * dims), 10)));
  }

  const rows: string[] = [];
  for (const ef of options.efSearch) {
    const reopened = await openVectorIndex({ dir, modelId: 'random', dimensions: dims, m: options.m, efConstruction: options.efConstruction, efSearch: ef });
    const latencies: number[] = [];
    let found = 0;
    for (let q = 0; q < options.queries; q += 1) {
      const query = queries.subarray(q * dims, (q + 1) * dims);
      const started = performance.now();
      const hits = reopened.search(query, 10);
      latencies.push(performance.now() - started);
      found += hits.filter((hit) => truth[q].has(hit.label)).length;
    }
    const recall = found / (options.queries * 10);
    const row =
      `| ${count.toLocaleString('en-GB')} | ${dims} | ${options.m} | ${options.efConstruction} | ${ef} | ${recall.toFixed(3)} | ` +
      `${percentile(latencies, 50).toFixed(2)} | ${percentile(latencies, 95).toFixed(2)} | ${percentile(latencies, 99).toFixed(2)} | ` +
      `${buildSeconds.toFixed(0)} | ${indexMb.toFixed(0)} | ${fileMb.toFixed(0)} |`;
    log(row);
    rows.push(row);
  }
  await fs.rm(dir, { recursive: true, force: true });

  const table = [
    '| vectors | dims | M | efConstruction | efSearch | recall@10 | p50 ms | p95 ms | p99 ms | build s | RSS growth MB | file MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  process.stdout.write(`\n${table}\n`);
  if (options.append) {
    await appendBenchmark({
      title: `HNSW scale: ${count.toLocaleString('en-GB')} ${kind}, ${dims} dims`,
      command: `npx tsx bench/vector-scale.ts ${process.argv.slice(2).join(' ')}`,
      notes: [
        `Recall@10 against exact brute force over ${options.queries} queries drawn like the data; latency is one`,
        'in-process search (k=10) through openVectorIndex, single thread. Isotropic random vectors are the worst case',
        'for HNSW (no neighbourhood structure); text embeddings have a low intrinsic dimension, modelled by --intrinsic.',
      ],
      table,
    });
  }
}

void main();

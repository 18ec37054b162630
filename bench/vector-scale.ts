// HNSW at scale: build time, memory, recall@10 against exact search, and query latency, on random unit
// vectors (a worst case for HNSW: no clusters to exploit). Uses the project's own openVectorIndex.
//
//   npx tsx bench/vector-scale.ts --count 100000 --dims 384 [--m 16] [--ef-construction 200] [--ef 64,128,256]
//                                 [--intrinsic 24] [--queries 200] [--index-dir /work/hnsw-1m] [--no-append]
//
// --index-dir keeps the built index (the project's own folder: manifest + index file) and, when it already holds
// one, loads it instead of rebuilding, so the queries can be re-run on a quiet machine without the build (38 min at 1M).
// The data is regenerated from the fixed seed either way (exact search needs it); the index records which data it
// was built from and is refused for other data.
//
// --intrinsic r draws vectors from an r-dimensional subspace plus a little noise (text embeddings have a low
// intrinsic dimension); without it every coordinate is independent, the hardest case.
//
// Prints progress lines while building and a table at the end; appends the table to docs/BENCHMARKS.md.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../test/helpers/random';
import { appendBenchmark, percentile } from './report';
import { loadConfig } from '../core/config';
import { MANIFEST_FILE, openVectorIndex, type VectorIndexManifest } from '../indexer/stores/vector/hnsw';

/** The configured HNSW defaults (environment unset), so the benchmark measures what users get. */
const DEFAULT_HNSW = loadConfig({}).hnsw;

interface Options {
  count: number;
  dims: number;
  m: number;
  efConstruction: number;
  efSearch: number[];
  queries: number;
  /** 0 for isotropic random vectors. */
  intrinsic: number;
  /** Where to keep the built index between runs; a temporary folder, removed at the end, when unset. */
  indexDir: string | undefined;
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
    indexDir: argv.includes('--index-dir') ? path.resolve(value('index-dir', '')) : undefined,
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

/** What building the index cost; kept beside a saved index so a run that loads it can still report it. */
interface BuildReport {
  builtAt: string;
  buildSeconds: number;
  rssGrowthMb: number;
  saveSeconds: number;
}

const BUILD_REPORT_FILE = 'bench-build.json';
const SEED = 42;

type Log = (line: string) => void;

async function buildIndex(options: Options, dir: string, dataId: string, data: Float32Array, log: Log): Promise<BuildReport> {
  const { count, dims } = options;
  const rssBefore = process.memoryUsage().rss;
  const index = await openVectorIndex({
    dir,
    modelId: dataId,
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
  const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
  const saveStarted = performance.now();
  await index.save();
  const report = { builtAt: new Date().toISOString(), buildSeconds, rssGrowthMb, saveSeconds: (performance.now() - saveStarted) / 1000 };
  await fs.writeFile(path.join(dir, BUILD_REPORT_FILE), JSON.stringify(report, null, 2));
  return report;
}

async function readManifest(dir: string): Promise<VectorIndexManifest | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as VectorIndexManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { count, dims } = options;
  const random = seededRandom(SEED);
  const log: Log = (line) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

  const kind = options.intrinsic > 0 ? `unit vectors of intrinsic dimension ${options.intrinsic}` : 'random unit vectors';
  // Stored as the index's model id, so a saved index is only ever loaded for the data it was built from.
  const dataId = `seed ${SEED}, ${count} ${kind}, ${dims} dims`;
  log(`generating ${count} ${kind} in ${dims} dimensions`);
  const basis = randomUnitVectors(options.intrinsic, dims, random);
  const generate = (n: number) =>
    options.intrinsic > 0 ? lowRankUnitVectors(n, dims, options.intrinsic, basis, random) : randomUnitVectors(n, dims, random);
  const data = generate(count);
  const queries = generate(options.queries);

  const dir = options.indexDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'vector-scale-')));
  const saved = await readManifest(dir);
  if (saved && saved.modelId !== dataId) {
    throw new Error(`${dir} holds an index of "${saved.modelId}", not "${dataId}": pass the options it was built with, or another folder`);
  }
  const loaded = saved !== null;
  const build = loaded
    ? (JSON.parse(await fs.readFile(path.join(dir, BUILD_REPORT_FILE), 'utf8')) as BuildReport)
    : await buildIndex(options, dir, dataId, data, log);
  const manifest = saved ?? (await readManifest(dir));
  if (!manifest) throw new Error(`no vector index manifest in ${dir} after the build`);
  // A saved graph keeps the M and efConstruction it was built with, whatever the options say now.
  const { m, efConstruction } = manifest;
  const fileMb = (await fs.stat(path.join(dir, manifest.indexFile))).size / 2 ** 20;
  const buildLine = `build ${build.buildSeconds.toFixed(1)} s, save ${build.saveSeconds.toFixed(1)} s, file ${fileMb.toFixed(0)} MB`;
  log(loaded ? `loading the index in ${dir} (${buildLine} on ${build.builtAt})` : buildLine);

  log(`exact search for ${options.queries} queries`);
  const truth: Set<number>[] = [];
  for (let q = 0; q < options.queries; q += 1) {
    truth.push(new Set(exactTopK(data, count, dims, queries.subarray(q * dims, (q + 1) * dims), 10)));
  }

  const rows: string[] = [];
  for (const ef of options.efSearch) {
    const reopened = await openVectorIndex({ dir, modelId: dataId, dimensions: dims, m, efConstruction, efSearch: ef });
    const search = (q: number) => reopened.search(queries.subarray(q * dims, (q + 1) * dims), 10);
    // One untimed pass first, so the first efSearch does not also pay for a cold index.
    for (let q = 0; q < options.queries; q += 1) search(q);
    const latencies: number[] = [];
    let found = 0;
    for (let q = 0; q < options.queries; q += 1) {
      const started = performance.now();
      const hits = search(q);
      latencies.push(performance.now() - started);
      found += hits.filter((hit) => truth[q].has(hit.label)).length;
    }
    const recall = found / (options.queries * 10);
    const row =
      `| ${count.toLocaleString('en-GB')} | ${dims} | ${m} | ${efConstruction} | ${ef} | ${recall.toFixed(3)} | ` +
      `${percentile(latencies, 50).toFixed(2)} | ${percentile(latencies, 95).toFixed(2)} | ${percentile(latencies, 99).toFixed(2)} | ` +
      `${build.buildSeconds.toFixed(0)} | ${build.rssGrowthMb.toFixed(0)} | ${fileMb.toFixed(0)} |`;
    log(row);
    rows.push(row);
  }
  if (!options.indexDir) await fs.rm(dir, { recursive: true, force: true });

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
        'in-process search (k=10) through openVectorIndex, single thread, after one untimed pass over the queries.',
        'Isotropic random vectors are the worst case for HNSW (no neighbourhood structure); text embeddings have a',
        'low intrinsic dimension, modelled by --intrinsic.',
        ...(loaded ? [`The index was loaded from ${dir}, built on ${build.builtAt}; build s and RSS growth are from that build.`] : []),
      ],
      table,
    });
  }
}

void main();

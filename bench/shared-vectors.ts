// HNSW recall with copies of paragraphs (#19): a data folder built by bench/server.ts (about a fifth of its
// paragraphs are copies) searched as an index from before vectors were shared holds it (one vector per chunk), then
// merged in place as `npm run index` merges it (one vector per distinct text), in one process, at the default efSearch.
//
//   npx tsx bench/shared-vectors.ts --data data-bench/server-100000 [--random-queries 200] [--no-append]
//
// The folder is changed (merged): pass a copy. Recall@10 counts a hit when its similarity reaches the exact 10th
// best over the distinct texts (ties between copies count once each, as exact search would rank them).
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../core/config';
import { silentLogger } from '../core/logger';
import { shareCopiesInSavedIndex } from '../indexer/vector-sync';
import { openStores } from '../indexer/stores/open';
import { passageText } from '../indexer/stores/vector/embedder';
import { textHash } from '../indexer/stores/vector/embedding-cache';
import { modelDefaults } from '../indexer/stores/vector/models';
import type { VectorIndex } from '../indexer/stores/vector/types';
import { seededRandom } from '../test/helpers/random';
import { appendBenchmark, markdownTable, percentile, runWhenMain } from './report';

const K = 10;
/** Similarities within this of the exact 10th best are ties (hnswlib computes them in float32). */
const TIE = 1e-5;

interface Query {
  vector: Float32Array;
  /** The exact 10th best similarity over the distinct texts. */
  tenth: number;
}

/** Exact 10th best similarity of `query` among `vectors` (rows of `dims`). */
function exactTenth(vectors: Float32Array, dims: number, query: Float32Array): number {
  const best: number[] = [];
  for (let offset = 0; offset < vectors.length; offset += dims) {
    let dot = 0;
    for (let d = 0; d < dims; d += 1) dot += vectors[offset + d] * query[d];
    if (best.length < K || dot > best[best.length - 1]) {
      best.push(dot);
      best.sort((a, b) => b - a);
      if (best.length > K) best.pop();
    }
  }
  return best[best.length - 1];
}

function measure(index: VectorIndex, queries: Query[], textOf: Map<number, string>) {
  for (const query of queries) index.search(query.vector, K); // untimed pass: a warm index
  const latencies: number[] = [];
  let correct = 0;
  let distinct = 0;
  for (const query of queries) {
    const started = performance.now();
    const hits = index.search(query.vector, K);
    latencies.push(performance.now() - started);
    correct += hits.filter((hit) => hit.score >= query.tenth - TIE).length;
    distinct += new Set(hits.map((hit) => textOf.get(hit.label))).size;
  }
  return { recall: correct / (queries.length * K), distinct: distinct / queries.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

async function main(): Promise<void> {
  const options = new Command()
    .requiredOption('--data <folder>', 'a copy of a data folder built by bench/server.ts (it is merged in place)')
    .option('--random-queries <n>', 'paragraphs of the folder used as queries', (value) => Number.parseInt(value, 10), 200)
    .option('--no-append', 'print the table only')
    .parse()
    .opts<{ data: string; randomQueries: number; append: boolean }>();
  const config = loadConfig({ ...process.env, DATA_DIR: options.data, LOG_LEVEL: 'silent' });
  const stores = await openStores(config, silentLogger);
  try {
    if (!stores.semantic.available) throw new Error(`semantic search unavailable: ${stores.semantic.reason}`);
    const { embedder, cache } = stores.semantic.parts;
    const { embedItemTitle } = modelDefaults(embedder.modelId);
    const textOf = new Map<number, string>();
    for (const chunk of stores.store.chunkTexts()) textOf.set(chunk.seq, textHash(passageText(chunk, embedItemTitle)));
    const hashes = [...new Set(textOf.values())];
    const cached = cache.getMany(hashes);
    const dims = embedder.dimensions;
    const vectors = new Float32Array(hashes.length * dims);
    hashes.forEach((hash, row) => vectors.set(cached.get(hash)!, row * dims));
    console.log(`${textOf.size} chunks, ${hashes.length} distinct texts (${(100 * (1 - hashes.length / textOf.size)).toFixed(1)}% copies)`);

    const eval_ = JSON.parse(fs.readFileSync(path.join(__dirname, 'eval-queries.json'), 'utf8')) as { queries: { q: string }[] };
    const random = seededRandom(19);
    const seqs = [...textOf.keys()];
    const paragraphs = Array.from({ length: options.randomQueries }, () => cached.get(textOf.get(seqs[Math.floor(random() * seqs.length)])!)!);
    const sets = {
      'questions of bench/eval-queries.json': await Promise.all(eval_.queries.map((query) => embedder.embedQuery(query.q))),
      'paragraphs of the folder': paragraphs,
    };
    // A query of no word the model knows has no direction: nothing to find, left out.
    const querySets = Object.entries(sets).map(([name, list]) => {
      const queries = list.filter((vector) => vector.some((value) => value !== 0)).map((vector) => ({ vector, tenth: exactTenth(vectors, dims, vector) }));
      return { name: `${name}, ${queries.length}`, queries };
    });

    const rows: Array<Array<string | number>> = [];
    const measureAll = (index: VectorIndex, layout: string) => {
      for (const { name, queries } of querySets) {
        const result = measure(index, queries, textOf);
        rows.push([layout, name, index.vectorCount(), result.recall.toFixed(3), result.distinct.toFixed(2), result.p50.toFixed(2), result.p95.toFixed(2)]);
        console.log(rows[rows.length - 1].join(' | '));
      }
    };
    const before = stores.semantic.parts.index;
    if (before.unsharedVectors() === 0) throw new Error(`${options.data} is already merged: pass a copy of a folder built before #19`);
    measureAll(before, 'one vector per chunk (before)');
    await shareCopiesInSavedIndex(stores.store, before, embedItemTitle, (line) => console.log(line));
    measureAll(before, 'one vector per distinct text (after)');

    const table = markdownTable(['index', 'queries', 'vectors', `recall@${K}`, `distinct texts in top ${K}`, 'p50 ms', 'p95 ms'], rows);
    console.log(table);
    if (!options.append) return;
    await appendBenchmark({
      title: `HNSW recall with copies of paragraphs, ${textOf.size.toLocaleString('en-GB')} chunks (${embedder.modelId})`,
      command: `npx tsx bench/shared-vectors.ts ${process.argv.slice(2).join(' ')}`,
      notes: [
        `${hashes.length.toLocaleString('en-GB')} distinct texts. efSearch ${config.hnsw.efSearch} (the default), k = ${K}, one process: the folder's index`,
        'as saved before #19, then merged in place by the migration `npm run index` runs. A hit counts when its similarity reaches the',
        'exact 10th best over the distinct texts; "distinct texts" is how many different passages the 10 hits hold.',
      ],
      table,
    });
  } finally {
    await stores.close();
  }
}

runWhenMain(module, main);

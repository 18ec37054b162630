// Filtered vector search: HNSW with the filter as its predicate (at the configured efSearch and at 4x it) against an
// exact comparison with every matching chunk (through hnswlib's getPoint, as the server does, and over a flat copy of
// the vectors, as a faster exact path would), per filter, on a data folder built by bench/server.ts. Shows where the
// exact path wins (the threshold EXACT_SEARCH_LIMIT in server/search/semantic-leg.ts) and how far HNSW wanders for
// narrow or query-unrelated filters.
//
//   npx tsx bench/filtered-vectors.ts --data data-bench/server-1000000 [--rounds 5]
import { Command } from 'commander';
import { loadConfig } from '../core/config';
import { silentLogger } from '../core/logger';
import type { SearchFilters } from '../core/search-types';
import { dataPaths, openStores } from '../indexer/stores/open';
import { EXACT_SEARCH_LIMIT, LISTED_MATCHES_LIMIT } from '../server/search/semantic-leg';
import { loadAttributeTable } from '../indexer/stores/vector/attribute-table';
import { passageText } from '../indexer/stores/vector/embedder';
import { textHash } from '../indexer/stores/vector/embedding-cache';
import { openVectorIndex } from '../indexer/stores/vector/hnsw';
import { modelDefaults } from '../indexer/stores/vector/models';
import type { VectorHit } from '../indexer/stores/vector/types';
import { appendBenchmark, markdownTable, percentile, runWhenMain } from './report';

const QUERY = 'funding for cameras in the town centre';
const WINDOW = 200;
const WIDER_EF = 4;

/** Every chunk's vector in one Float32Array, a row per seq (from the embedding cache): what a flat exact path would hold. */
function flatVectors(stores: Awaited<ReturnType<typeof openStores>>, modelId: string, dims: number): Float32Array {
  if (!stores.semantic.available) throw new Error('semantic search unavailable');
  const { embedItemTitle } = modelDefaults(modelId);
  const hashOf = new Map<number, string>();
  let last = 0;
  for (const chunk of stores.store.chunkTexts()) {
    hashOf.set(chunk.seq, textHash(passageText(chunk, embedItemTitle)));
    last = chunk.seq;
  }
  const cached = stores.semantic.parts.cache.getMany([...new Set(hashOf.values())]);
  const flat = new Float32Array((last + 1) * dims);
  for (const [seq, hash] of hashOf) flat.set(cached.get(hash)!, seq * dims);
  return flat;
}

/** The `k` best of `seqs` by dot product with `query` over the flat rows: a sorted window, rarely touched once full. */
function flatExact(flat: Float32Array, dims: number, query: Float32Array, seqs: number[], k: number): VectorHit[] {
  const best: VectorHit[] = [];
  for (const label of seqs) {
    let score = 0;
    const offset = label * dims;
    for (let d = 0; d < dims; d += 1) score += flat[offset + d] * query[d];
    if (best.length === k && score <= best[k - 1].score) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].score < score) at -= 1;
    best.splice(at, 0, { label, score });
    if (best.length > k) best.pop();
  }
  return best;
}

/**
 * Share of the first 10 hits as similar as the exact 10th best: copies of one text tie, and which copy a path
 * returns (the flat copy has a row per chunk, the index one vector per text) is not a miss.
 */
function recallAt10(hits: VectorHit[], exact: VectorHit[]): number {
  const top = exact.slice(0, 10);
  if (top.length === 0) return 1;
  const tenth = top[top.length - 1].score - 1e-5;
  return hits.slice(0, 10).filter((hit) => hit.score >= tenth).length / top.length;
}

async function main(): Promise<void> {
  const options = new Command()
    .requiredOption('--data <folder>', 'a data folder built by bench/server.ts')
    .option('--rounds <n>', 'timed repetitions per filter', (value) => Number.parseInt(value, 10), 5)
    .parse()
    .opts<{ data: string; rounds: number }>();
  const config = loadConfig({ ...process.env, DATA_DIR: options.data, LOG_LEVEL: 'silent' });
  const stores = await openStores(config, silentLogger);
  try {
    if (!stores.semantic.available) throw new Error(`semantic search unavailable: ${stores.semantic.reason}`);
    const { embedder, index } = stores.semantic.parts;
    const attributes = loadAttributeTable(stores.store);
    const vector = await embedder.embedQuery(QUERY);
    const dims = embedder.dimensions;
    const flat = flatVectors(stores, embedder.modelId, dims);
    const wider = await openVectorIndex({ dir: dataPaths(config.dataDir).vectors, modelId: embedder.modelId, dimensions: dims, ...config.hnsw, efSearch: config.hnsw.efSearch * WIDER_EF });
    const total = stores.store.allChunkSeqs().length;

    // Speakers of every size: the rarest, a middling one and the most frequent in a sample of chunks.
    const speakerCounts = new Map<string, number>();
    const bodyCounts = new Map<string, number>();
    for (const chunk of stores.store.getChunks(stores.store.allChunkIds().slice(0, 5000))) {
      if (chunk.speaker) speakerCounts.set(chunk.speaker, (speakerCounts.get(chunk.speaker) ?? 0) + 1);
      if (chunk.body) bodyCounts.set(chunk.body, (bodyCounts.get(chunk.body) ?? 0) + 1);
    }
    const bySize = [...speakerCounts.entries()].sort((a, b) => a[1] - b[1]).map(([speaker]) => speaker);
    const [commonBody] = [...bodyCounts.entries()].sort((a, b) => b[1] - a[1]).map(([body]) => body);
    const filters: Array<{ name: string; filters: SearchFilters }> = [
      { name: 'year 2019', filters: { year: [2019] } },
      { name: 'years 2017-2019', filters: { year: [2017, 2018, 2019] } },
      { name: 'decisions only', filters: { decisionsOnly: true } },
      { name: 'decisions in 2019', filters: { decisionsOnly: true, year: [2019] } },
      { name: `body ${commonBody}`, filters: { body: [commonBody] } },
      ...[bySize[0], bySize[Math.floor(bySize.length / 2)], bySize[bySize.length - 1]].map((speaker) => ({
        name: `speaker ${speaker}`,
        filters: { speaker: [speaker] },
      })),
      { name: 'a speaker nobody is', filters: { speaker: ['Nobody At All'] } },
    ];

    const time = (run: () => unknown): number =>
      percentile(
        Array.from({ length: options.rounds }, () => {
          const started = performance.now();
          run();
          return performance.now() - started;
        }),
        50,
      );
    const rows = filters.map(({ name, filters: applied }) => {
      const accept = attributes.predicate(applied) ?? undefined;
      const matching = attributes.fewMatching(applied, Number.MAX_SAFE_INTEGER) ?? [];
      const exactHits = index.searchAmong(vector, WINDOW, matching);
      const recall = (hits: VectorHit[]) => recallAt10(hits, exactHits).toFixed(2);
      const columns = [
        [time(() => index.search(vector, WINDOW, accept)), recall(index.search(vector, WINDOW, accept))],
        [time(() => wider.search(vector, WINDOW, accept)), recall(wider.search(vector, WINDOW, accept))],
        [time(() => index.searchAmong(vector, WINDOW, attributes.fewMatching(applied, Number.MAX_SAFE_INTEGER) ?? [])), '1.00'],
        [time(() => flatExact(flat, dims, vector, attributes.fewMatching(applied, Number.MAX_SAFE_INTEGER) ?? [], WINDOW)), recall(flatExact(flat, dims, vector, matching, WINDOW))],
      ].map(([ms, found]) => `${(ms as number).toFixed(1)} (${found as string})`);
      const vectors = index.vectorsAmong(matching, Number.MAX_SAFE_INTEGER);
      const served = matching.length <= LISTED_MATCHES_LIMIT && vectors <= EXACT_SEARCH_LIMIT ? 'exact' : 'HNSW';
      return [name, `${matching.length} (${((100 * matching.length) / total).toFixed(1)}%), ${vectors} vectors`, ...columns, served];
    });
    const table = markdownTable(
      [
        'filter',
        'matching chunks, their vectors',
        `HNSW, efSearch ${config.hnsw.efSearch}: p50 ms (recall@10)`,
        `HNSW, efSearch ${config.hnsw.efSearch * WIDER_EF}`,
        'exact via getPoint',
        'exact over a flat copy',
        `served now (exact up to ${EXACT_SEARCH_LIMIT} vectors)`,
      ],
      rows,
    );
    console.log(table);
    await appendBenchmark({
      title: `Filtered vector search, ${index.count().toLocaleString('en-GB')} vectors (${embedder.modelId})`,
      command: `npx tsx bench/filtered-vectors.ts ${process.argv.slice(2).join(' ')}`,
      notes: [
        `One query ("${QUERY}"), top ${WINDOW} as the search service asks; p50 of ${options.rounds} runs, recall@10 against the exact top 10 in brackets. ` +
          `"Exact" reads the matching labels from the attribute table's per-value lists and compares the query with each vector: through hnswlib's ` +
          `getPoint (as the server does now), or over a flat Float32Array of every chunk's vector (${((flat.byteLength / 2 ** 20)).toFixed(0)} MB here).`,
      ],
      table,
    });
  } finally {
    await stores.close();
  }
}

runWhenMain(module, main);

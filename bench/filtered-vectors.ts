// Filtered vector search: HNSW with the filter as its predicate against an exact comparison with every matching
// chunk, per filter, on a data folder built by bench/server.ts. Shows where the exact path wins (the threshold
// EXACT_SEARCH_LIMIT in server/search/semantic-leg.ts) and how far HNSW wanders for narrow or query-unrelated filters.
//
//   npx tsx bench/filtered-vectors.ts --data data-bench/server-1000000 [--rounds 5]
import { Command } from 'commander';
import { loadConfig } from '../core/config';
import { silentLogger } from '../core/logger';
import type { SearchFilters } from '../core/search-types';
import { openStores } from '../indexer/stores/open';
import { EXACT_SEARCH_LIMIT } from '../server/search/semantic-leg';
import { loadAttributeTable } from '../indexer/stores/vector/attribute-table';
import { appendBenchmark, markdownTable, percentile } from './report';

const QUERY = 'funding for cameras in the town centre';
const WINDOW = 200;

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

    // Speakers of every size: the rarest, a middling one and the most frequent in a sample of chunks.
    const speakerCounts = new Map<string, number>();
    for (const chunk of stores.store.getChunks(stores.store.allChunkIds().slice(0, 5000))) {
      if (chunk.speaker) speakerCounts.set(chunk.speaker, (speakerCounts.get(chunk.speaker) ?? 0) + 1);
    }
    const bySize = [...speakerCounts.entries()].sort((a, b) => a[1] - b[1]).map(([speaker]) => speaker);
    const filters: Array<{ name: string; filters: SearchFilters }> = [
      { name: 'year 2019', filters: { year: [2019] } },
      { name: 'decisions only', filters: { decisionsOnly: true } },
      ...[bySize[0], bySize[Math.floor(bySize.length / 2)], bySize[bySize.length - 1]].map((speaker) => ({
        name: `speaker ${speaker}`,
        filters: { speaker: [speaker] },
      })),
      { name: 'a speaker nobody is', filters: { speaker: ['Nobody At All'] } },
    ];

    const time = (run: () => unknown): number[] =>
      Array.from({ length: options.rounds }, () => {
        const started = performance.now();
        run();
        return performance.now() - started;
      });
    const rows = filters.map(({ name, filters: applied }) => {
      const accept = attributes.predicate(applied) ?? undefined;
      const matching = attributes.fewMatching(applied, Number.MAX_SAFE_INTEGER) ?? [];
      const hnswHits = index.search(vector, WINDOW, accept);
      const exactHits = index.searchAmong(vector, WINDOW, matching);
      const exactTop = new Set(exactHits.slice(0, 10).map((hit) => hit.label));
      const recall = exactTop.size ? hnswHits.slice(0, 10).filter((hit) => exactTop.has(hit.label)).length / exactTop.size : 1;
      const hnswMs = time(() => index.search(vector, WINDOW, accept));
      const exactMs = time(() => index.searchAmong(vector, WINDOW, attributes.fewMatching(applied, Number.MAX_SAFE_INTEGER) ?? []));
      const served = matching.length <= EXACT_SEARCH_LIMIT ? 'exact' : 'HNSW';
      return [name, matching.length, percentile(hnswMs, 50).toFixed(1), recall.toFixed(2), percentile(exactMs, 50).toFixed(1), served];
    });
    const table = markdownTable(
      ['filter', 'matching chunks', 'HNSW filtered p50 ms', 'HNSW recall@10 vs exact', 'exact among matches p50 ms', `served (limit ${EXACT_SEARCH_LIMIT})`],
      rows,
    );
    console.log(table);
    await appendBenchmark({
      title: `Filtered vector search, ${index.count().toLocaleString('en-GB')} vectors (${embedder.modelId})`,
      command: `npx tsx bench/filtered-vectors.ts ${process.argv.slice(2).join(' ')}`,
      notes: [
        `One query ("${QUERY}"), top ${WINDOW} as the search service asks, efSearch ${config.hnsw.efSearch}; p50 of ${options.rounds} runs. ` +
          `"Exact" reads the matching labels from the attribute table's per-value lists and compares the query with each vector.`,
      ],
      table,
    });
  } finally {
    await stores.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

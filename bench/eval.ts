// `npm run eval`: search quality on the labelled queries in bench/eval-queries.json (or `--queries <file>`, such as the
// held-out bench/eval-queries-fresh.json) over corpus/, nDCG@10, recall@10 and MRR for keyword, semantic and hybrid
// modes, overall and per kind of query.
// Indexes corpus/ into a temporary data folder with the configured model, then appends the table to docs/BENCHMARKS.md.
// The scoring itself is test/helpers/search-evaluation.ts, which the quality tests use too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../core/config';
import { silentLogger } from '../core/logger';
import { indexPaths, silentReporter } from '../indexer/pipeline';
import { openStores, type Stores } from '../indexer/stores/open';
import { fusionSettingsFor } from '../server/search/fusion-settings';
import { createSearchService, type SearchService } from '../server/search';
import { loadAttributeTable } from '../indexer/stores/vector/attribute-table';
import { evaluateQueries, fold, LABELLED_QUERIES_FILE, loadLabelledQueries, mean, MODES } from '../test/helpers/search-evaluation';
import { appendBenchmark, fileArgument, runWhenMain } from './report';

/** The fusion settings hybrid search ran with: the model's registry entry, less what the environment overrides. */
export function describeFusion(config: Config): string {
  const defaults = fusionSettingsFor(config.embedding.model);
  const weights =
    config.fusion.semanticRatio === undefined && defaults.weightByShape
      ? `semantic weight by query shape ${JSON.stringify(defaults.weightByShape)}${defaults.fuseByScore.length > 0 ? `, ${defaults.fuseByScore.join(' and ')} queries fused by score` : ''}`
      : `semanticRatio ${config.fusion.semanticRatio ?? defaults.semanticRatio}, keywordCoverageTrust ${defaults.keywordCoverageTrust}`;
  return `RRF k=${config.fusion.rrfK ?? defaults.rrfK}, ${weights}, minStandout ${defaults.minStandout ?? 'none'}, minSimilarity ${defaults.minSimilarity}`;
}

/** corpus/ indexed into a temporary data folder with the configured model, and a search service over it. */
export async function indexCorpus(): Promise<{ config: Config; stores: Stores; search: SearchService }> {
  const config = loadConfig({ ...process.env, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-eval-')), LOG_LEVEL: 'silent' });
  const stores = await openStores(config, silentLogger);
  await indexPaths([path.resolve(__dirname, '../corpus')], stores, config, silentReporter, { prune: false });
  if (!stores.semantic.available) {
    await stores.close();
    throw new Error(`semantic search unavailable: ${stores.semantic.reason}`);
  }
  const search = createSearchService({ stores, config, logger: silentLogger, loadAttributes: () => loadAttributeTable(stores.store) });
  return { config, stores, search };
}

/** The file named by `--queries <file>`, else the tuning set. */
function queriesFileOf(argv: string[]): string {
  return fileArgument(argv, '--queries', LABELLED_QUERIES_FILE, '--queries bench/eval-queries-fresh.json');
}

/** `--per-query` prints each query's nDCG@10 per mode and the hybrid results' keyword/semantic ranks, and appends nothing. */
async function main(diagnose = process.argv.includes('--per-query'), queriesFile = queriesFileOf(process.argv)): Promise<void> {
  const queries = loadLabelledQueries(queriesFile);
  const { config, stores, search } = await indexCorpus();
  try {
    const allTexts = stores.store.getChunks(stores.store.allChunkIds()).map((chunk) => fold(chunk.text));
    for (const query of queries) {
      for (const snippet of query.relevant) {
        if (!allTexts.some((text) => text.includes(fold(snippet)))) console.warn(`label matches nothing in the index: "${snippet}" (${query.q})`);
      }
    }

    const { scores, perQuery } = await evaluateQueries(search, queries);
    if (diagnose) {
      for (const query of queries) {
        const rows = perQuery.filter((row) => row.query === query);
        const ndcg = rows.map((row) => `${row.mode} ${row.value.ndcg.toFixed(2)}`).join('  ');
        console.log(`${query.kind.padEnd(10)} ${query.q.slice(0, 48).padEnd(48)} ${ndcg}  hybrid ranks ${rows.at(-1)!.top.join(' ')}`);
      }
    }

    const kinds = ['all', ...new Set(queries.map((query) => query.kind))];
    const rows = kinds.map((kind) => {
      const count = kind === 'all' ? queries.length : queries.filter((query) => query.kind === kind).length;
      const cells = MODES.map((mode) => {
        const values = scores.get(`${mode}|${kind}`) ?? [];
        return `${mean(values.map((v) => v.ndcg)).toFixed(3)} / ${mean(values.map((v) => v.recall)).toFixed(3)} / ${mean(values.map((v) => v.reciprocalRank)).toFixed(3)}`;
      });
      return `| ${kind} | ${count} | ${cells.join(' | ')} |`;
    });
    const table = [
      '| queries | n | keyword nDCG@10 / R@10 / MRR | semantic nDCG@10 / R@10 / MRR | hybrid nDCG@10 / R@10 / MRR |',
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n');
    console.log(table);
    if (diagnose) return;
    const shownPath = path.relative(path.resolve(__dirname, '..'), queriesFile);
    // With MEILI_URL set (and a key scoped to MEILI_INDEX) keyword search is the Meilisearch backend's.
    const meili = config.meili ? `MEILI_URL=${config.meili.url} MEILI_API_KEY=<key scoped to ${config.meili.index}> MEILI_INDEX=${config.meili.index} ` : '';
    await appendBenchmark({
      // The tuning set's title is what the search-quality plot reads; another set names its file.
      title: `Search quality (npm run eval${queriesFile === LABELLED_QUERIES_FILE ? '' : ` -- --queries ${shownPath}`}), model ${config.embedding.model}, ${stores.keyword.backend} keyword index`,
      command: `${meili}EMBEDDING_MODEL_DIR=${process.env.EMBEDDING_MODEL_DIR ?? ''} EMBEDDING_MODEL=${config.embedding.model} npm run eval${queriesFile === LABELLED_QUERIES_FILE ? '' : ` -- --queries ${shownPath}`}`,
      notes: [
        `${queries.length} labelled queries over corpus/ (${shownPath}); hybrid fusion: ${describeFusion(config)}.`,
      ],
      table,
    });
  } finally {
    await stores.close();
  }
}

runWhenMain(module, () => main());

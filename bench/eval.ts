// `npm run eval`: search quality on the labelled queries in bench/eval-queries.json over corpus/,
// nDCG@10, recall@10 and MRR for keyword, semantic and hybrid modes, overall and per kind of query.
// Indexes corpus/ into a temporary data folder with the configured model, then appends the table to docs/BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../core/config';
import { silentLogger } from '../core/logger';
import type { SearchFilters } from '../indexer/stores/keyword/types';
import { indexPaths, silentReporter } from '../indexer/pipeline';
import { openStores, type Stores } from '../indexer/stores/open';
import { modelDefaults } from '../indexer/stores/vector/models';
import { createSearchService, type SearchService } from '../server/search';
import { loadAttributeTable } from '../server/semantic-filter';
import type { SearchMode, SearchResult } from '../server/types';
import { appendBenchmark, runWhenMain } from './report';

export interface LabelledQuery {
  kind: string;
  /** Fusion settings are tuned on one half and reported on the other (bench/tune-fusion.ts). */
  split: 'tune' | 'test';
  q: string;
  filters?: SearchFilters;
  relevant: string[];
}

export interface QueryScores {
  ndcg: number;
  recall: number;
  reciprocalRank: number;
}

const CUTOFF = 10;
const MODES: SearchMode[] = ['keyword', 'semantic', 'hybrid'];

function fold(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
}

/** Each labelled snippet counts once, at the first result that contains it. */
export function scoreRanking(resultTexts: string[], relevant: string[]): QueryScores {
  const targets = relevant.map(fold);
  const credited = new Set<number>();
  let dcg = 0;
  let firstRelevant = 0;
  resultTexts.slice(0, CUTOFF).forEach((text, position) => {
    const folded = fold(text);
    const matched = targets.map((target, index) => (folded.includes(target) ? index : -1)).filter((index) => index >= 0);
    if (matched.length > 0 && firstRelevant === 0) firstRelevant = position + 1;
    const fresh = matched.filter((index) => !credited.has(index));
    if (fresh.length === 0) return;
    fresh.forEach((index) => credited.add(index));
    dcg += 1 / Math.log2(position + 2);
  });
  const ideal = Array.from({ length: Math.min(targets.length, CUTOFF) }, (_, position) => 1 / Math.log2(position + 2)).reduce(
    (sum, gain) => sum + gain,
    0,
  );
  return {
    ndcg: ideal > 0 ? dcg / ideal : 0,
    recall: targets.length > 0 ? credited.size / targets.length : 0,
    reciprocalRank: firstRelevant > 0 ? 1 / firstRelevant : 0,
  };
}

/** The fusion settings hybrid search ran with: the model's registry entry, less what the environment overrides. */
export function describeFusion(config: Config): string {
  const defaults = modelDefaults(config.embedding.model);
  const weights =
    config.fusion.semanticRatio === undefined && defaults.weightByShape
      ? `semantic weight by query shape ${JSON.stringify(defaults.weightByShape)}`
      : `semanticRatio ${config.fusion.semanticRatio ?? defaults.semanticRatio}, keywordCoverageTrust ${defaults.keywordCoverageTrust}`;
  return `RRF k=${config.fusion.rrfK ?? defaults.rrfK}, ${weights}, minStandout ${defaults.minStandout ?? 'none'}, minSimilarity ${defaults.minSimilarity}`;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}

export function loadLabelledQueries(): LabelledQuery[] {
  return (JSON.parse(fs.readFileSync(path.resolve(__dirname, 'eval-queries.json'), 'utf8')) as { queries: LabelledQuery[] }).queries;
}

export interface Evaluation {
  /** Per "mode|kind" (kind "all" for every query), each query's scores. */
  scores: Map<string, QueryScores[]>;
  perQuery: { query: LabelledQuery; mode: SearchMode; value: QueryScores; top: string[] }[];
}

/** Runs every labelled query in every mode and scores the first page. */
export async function evaluateQueries(search: SearchService, queries: LabelledQuery[]): Promise<Evaluation> {
  const scores = new Map<string, QueryScores[]>();
  const perQuery: Evaluation['perQuery'] = [];
  const record = (key: string, value: QueryScores) => scores.set(key, [...(scores.get(key) ?? []), value]);
  for (const query of queries) {
    for (const mode of MODES) {
      const response = await search.search({ q: query.q, mode, sort: 'relevance', limit: CUTOFF, offset: 0, filters: query.filters ?? {} });
      const value = scoreRanking(
        response.results.map((result: SearchResult) => result.text),
        query.relevant,
      );
      record(`${mode}|all`, value);
      record(`${mode}|${query.kind}`, value);
      perQuery.push({ query, mode, value, top: response.results.map((result) => `${result.ranks.keyword ?? '-'}/${result.ranks.semantic ?? '-'}`) });
    }
  }
  return { scores, perQuery };
}

/** Mean nDCG@10 of one mode over one kind of query ("all" for every query). */
export function meanNdcg(evaluation: Evaluation, mode: SearchMode, kind: string): number {
  return mean((evaluation.scores.get(`${mode}|${kind}`) ?? []).map((value) => value.ndcg));
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

/** `--per-query` prints each query's nDCG@10 per mode and the hybrid results' keyword/semantic ranks, and appends nothing. */
async function main(diagnose = process.argv.includes('--per-query')): Promise<void> {
  const queries = loadLabelledQueries();
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
    await appendBenchmark({
      title: `Search quality (npm run eval), model ${config.embedding.model}`,
      command: `EMBEDDING_MODEL_DIR=${process.env.EMBEDDING_MODEL_DIR ?? ''} EMBEDDING_MODEL=${config.embedding.model} npm run eval`,
      notes: [
        `${queries.length} labelled queries over corpus/ (bench/eval-queries.json); hybrid fusion: ${describeFusion(config)}.`,
      ],
      table,
    });
  } finally {
    await stores.close();
  }
}

runWhenMain(module, () => main());

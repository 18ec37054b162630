// Search quality on labelled queries, shared by the quality tests (test/server/search-quality.test.ts) and the
// benchmark scripts (`npm run eval`, `npm run tune:fusion`): each query's first page scored by nDCG@10, recall@10 and
// MRR against the snippets labelled relevant in bench/eval-queries.json.
import fs from 'node:fs';
import path from 'node:path';
import type { SearchFilters } from '../../core/search-types';
import type { SearchService } from '../../server/search';
import type { SearchMode, SearchResult } from '../../server/api-types';
import { REPO_ROOT } from './environment';

/** The labelled queries: data the benchmarks and the tests share, kept beside the benchmarks that report on them. */
export const LABELLED_QUERIES_FILE = path.join(REPO_ROOT, 'bench/eval-queries.json');
/**
 * Queries written from corpus/ alone, by someone who had not read the first set: never used to tune anything, so they
 * tell what a held-out set of plain-words questions would see (`npm run eval -- --queries bench/eval-queries-fresh.json`).
 */
export const FRESH_QUERIES_FILE = path.join(REPO_ROOT, 'bench/eval-queries-fresh.json');

/**
 * Paraphrases that share no content word with the paragraph that answers them (nor with its item title), each with a
 * snippet of that paragraph: hybrid search must put the paragraph on the first page (the quality test checks it and
 * the fusion tuner keeps only rules that do).
 */
export const MEANING_WITHOUT_SHARED_WORDS: [query: string, label: string][] = [
  ['the recorded greeting on the non-emergency number takes too long', 'automated message was longer than 90 seconds'],
  ['drop-in coffee place for people struggling emotionally', 'mental health café'],
  ['unmanned aircraft at crash sites', 'drone technology'],
  ['moving on travellers who camp on fields without permission', 'The police have powers to direct unauthorised trespasses'],
  ['lorry queues if Britain leaves the EU', 'such as Operation Stack'],
];

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
export const MODES: SearchMode[] = ['keyword', 'semantic', 'hybrid'];

/** Lower case, straight apostrophes, single spaces: how labels and results are compared. */
export function fold(text: string): string {
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

export function mean(values: number[]): number {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}

/** The labelled queries of `file` (default bench/eval-queries.json; bench/eval-queries-fresh.json is the held-out set). */
export function loadLabelledQueries(file = LABELLED_QUERIES_FILE): LabelledQuery[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { queries: LabelledQuery[] }).queries;
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

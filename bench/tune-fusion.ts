// `npm run tune:fusion`: derives hybrid fusion settings for the configured model by measurement. Gathers both legs'
// candidates for every labelled query of bench/eval-queries.json once, then searches each family of fusion rules in
// memory on the `tune` half (keeping the rules that put the paraphrases without a shared word on the first page) and reports the chosen member of each family on the `test` half, per kind of query, next
// to the legs alone and to the search service as configured (the registry's settings). Appends to docs/BENCHMARKS.md.
//
//   EMBEDDING_MODEL_DIR=../shared/models EMBEDDING_MODEL=Xenova/all-MiniLM-L6-v2 npm run tune:fusion [-- --no-append]
import type { KeywordResult } from '../indexer/stores/keyword/types';
import type { StoredChunk } from '../indexer/stores/store';
import { DEFAULT_RRF_K, fusionSettingsFor, type QueryShape } from '../server/search/fusion-settings';
import { collapse } from '../server/search/collapse';
import { fuseRankings, fuseScores, type SemanticCandidate } from '../server/search/fusion';
import { queryShape, semanticWeight } from '../server/search/weigh';
import { loadAttributeTable } from '../indexer/stores/vector/attribute-table';
import { findSemanticCandidates } from '../server/search/semantic-leg';
import { DEFAULT_CANDIDATES } from '../server/search';
import { evaluateQueries, loadLabelledQueries, meanNdcg, MEANING_WITHOUT_SHARED_WORDS, scoreRanking, type LabelledQuery } from '../test/helpers/search-evaluation';
import { describeFusion, indexCorpus } from './eval';
import { appendBenchmark, markdownTable, runWhenMain } from './report';

const CUTOFF = 10;
const KINDS = ['keyword', 'paraphrase', 'acronym', 'typo', 'question', 'filtered', 'item'];
/** The issue's bar: fused at least as good as the better leg on every kind, within this much. */
const TOLERANCE = 0.02;
const RRF_KS = [1, 2, 3, 5, 10, 20, 40, 60];
const WEIGHTS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

interface Gathered {
  query: LabelledQuery;
  keyword: KeywordResult;
  semantic: SemanticCandidate[];
  shape: QueryShape;
}

/** A fusion rule: a query's two candidate lists in, chunk ids best first out. */
type Fuser = (gathered: Gathered) => string[];
type KindScores = Record<string, number>;

const keywordIds = (gathered: Gathered) => gathered.keyword.hits.map((hit) => hit.id);
const coverageOf = (keyword: KeywordResult) => keyword.hits.reduce((best, hit) => Math.max(best, hit.coverage), 0);

function rrf(k: number, weight: (gathered: Gathered) => number, minSimilarity = -Infinity, keywordFirst: (gathered: Gathered) => boolean = () => false): Fuser {
  return (gathered) => {
    const found = new Set(keywordIds(gathered));
    const semantic = gathered.semantic.filter((candidate) => found.has(candidate.id) || candidate.similarity >= minSimilarity);
    return fuseRankings(keywordIds(gathered), semantic, { k, semanticRatio: weight(gathered), keywordFirst: keywordFirst(gathered) }).map((candidate) => candidate.id);
  };
}

/** Each side's scores mapped to a common scale (min-max as the service does, or z-scores), a candidate missing from one side taking that side's floor. */
function convex(normalise: 'min-max' | 'z-score', alpha: number): Fuser {
  if (normalise === 'min-max') return (gathered) => fuseScores(gathered.keyword.hits, gathered.semantic, alpha).map((candidate) => candidate.id);
  const scale = (scores: number[]) => {
    const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    const spread = Math.sqrt(scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length) || 1;
    const of = (score: number) => (score - mean) / spread;
    return { of, floor: Math.min(...scores.map(of)) };
  };
  return (gathered) => {
    const combined = new Map<string, number>();
    const keyword = scale(gathered.keyword.hits.map((hit) => hit.score));
    const semantic = scale(gathered.semantic.map((candidate) => candidate.similarity));
    for (const hit of gathered.keyword.hits) combined.set(hit.id, (1 - alpha) * keyword.of(hit.score) + alpha * semantic.floor);
    for (const candidate of gathered.semantic) {
      const fromKeyword = combined.has(candidate.id) ? combined.get(candidate.id)! - alpha * semantic.floor : (1 - alpha) * keyword.floor;
      combined.set(candidate.id, fromKeyword + alpha * semantic.of(candidate.similarity));
    }
    return [...combined.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  };
}

const firstPage = (fuser: Fuser, gathered: Gathered, chunks: Map<string, StoredChunk>) =>
  scoreRanking(collapse(fuser(gathered).flatMap((id) => chunks.get(id) ?? [])).kept.slice(0, CUTOFF).map((chunk) => chunk.text), gathered.query.relevant);

function scoresOf(fuser: Fuser, rows: Gathered[], chunks: Map<string, StoredChunk>): KindScores {
  const byKind: Record<string, number[]> = { all: [] };
  for (const gathered of rows) {
    const { ndcg } = firstPage(fuser, gathered, chunks);
    byKind.all.push(ndcg);
    (byKind[gathered.query.kind] ??= []).push(ndcg);
  }
  return Object.fromEntries(Object.entries(byKind).map(([kind, values]) => [kind, values.reduce((sum, value) => sum + value, 0) / values.length]));
}

/** What a rule is judged on: the tune half's queries, the legs' scores on them, and the paraphrases that share no word with their paragraph. */
interface TuningData {
  tune: Gathered[];
  legs: KindScores[];
  withoutSharedWords: Gathered[];
  chunks: Map<string, StoredChunk>;
}

/**
 * How many paraphrases without a shared word the rule puts on the first page (the issue's promise, so it comes first),
 * then its worst margin over the better leg across kinds (capped at the tolerance, so beyond the bar only the overall
 * score counts), then its overall score: the bar is a floor on every kind, not an average.
 */
function objective(fuser: Fuser, data: TuningData): number[] {
  const scores = scoresOf(fuser, data.tune, data.chunks);
  const margins = KINDS.map((kind) => scores[kind] - Math.max(...data.legs.map((leg) => leg[kind])));
  const found = data.withoutSharedWords.filter((gathered) => firstPage(fuser, gathered, data.chunks).recall > 0).length;
  return [found, Math.min(TOLERANCE, ...margins), scores.all];
}

const isBetter = (score: number[], than: number[]) => {
  const differing = score.findIndex((value, index) => value !== than[index]);
  return differing >= 0 && score[differing] > than[differing];
};

function best<T>(members: { settings: T; fuser: Fuser }[], data: TuningData) {
  let chosen = members[0];
  let chosenScore = [-Infinity];
  for (const member of members) {
    const score = objective(member.fuser, data);
    if (isBetter(score, chosenScore)) [chosen, chosenScore] = [member, score];
  }
  return chosen;
}

const product = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));

async function main(append = !process.argv.includes('--no-append')): Promise<void> {
  const queries = loadLabelledQueries();
  const { config, stores, search } = await indexCorpus();
  try {
    const attributes = loadAttributeTable(stores.store);
    const gather = async (query: LabelledQuery): Promise<Gathered> => {
      const filters = query.filters ?? {};
      const keyword = await stores.keyword.search({ text: query.q, filters, sort: 'relevance', limit: DEFAULT_CANDIDATES, offset: 0 });
      const semantic = (await findSemanticCandidates(stores, attributes, { q: query.q, filters }, DEFAULT_CANDIDATES)).candidates;
      const bestHit = keyword.hits.length > 0 ? stores.store.getChunks([keyword.hits[0].id])[0] : undefined;
      return { query, keyword, semantic, shape: queryShape(query.q, coverageOf(keyword), bestHit?.text ?? null, keyword.matching?.words[0] ?? null) };
    };
    const gathered: Gathered[] = [];
    for (const query of queries) gathered.push(await gather(query));
    const withoutSharedWords: Gathered[] = [];
    for (const [q, label] of MEANING_WITHOUT_SHARED_WORDS) withoutSharedWords.push(await gather({ kind: 'paraphrase', split: 'tune', q, relevant: [label] }));
    const ids = new Set([...gathered, ...withoutSharedWords].flatMap((row) => [...keywordIds(row), ...row.semantic.map((candidate) => candidate.id)]));
    const chunks = new Map(stores.store.getChunks([...ids]).map((chunk) => [chunk.id, chunk]));
    const tune = gathered.filter((row) => row.query.split === 'tune');
    const test = gathered.filter((row) => row.query.split === 'test');

    const keywordLeg: Fuser = keywordIds;
    const semanticLeg: Fuser = (row) => row.semantic.map((candidate) => candidate.id);
    const legs = [scoresOf(keywordLeg, tune, chunks), scoresOf(semanticLeg, tune, chunks)];
    const data: TuningData = { tune, legs, withoutSharedWords, chunks };

    const plain = best(
      product(RRF_KS, WEIGHTS).map(([k, weight]) => ({ settings: `k=${k}, semantic weight ${weight}`, fuser: rrf(k, () => weight) })),
      data,
    );
    const coverage = best(
      product(product(RRF_KS, WEIGHTS), [0, 0.5, 1]).map(([[k, ratio], trust]) => ({
        settings: `k=${k}, ratio ${ratio} × (1 − ${trust} × coverage), keyword first at ≤10 hits`,
        fuser: rrf(k, (row) => semanticWeight(ratio, trust, coverageOf(row.keyword)), -Infinity, (row) => coverageOf(row.keyword) >= 1 && row.keyword.total <= 10),
      })),
      data,
    );
    const normalised = best(
      product(['min-max', 'z-score'] as const, WEIGHTS).map(([normalise, alpha]) => ({ settings: `${normalise}, α ${alpha}`, fuser: convex(normalise, alpha) })),
      data,
    );
    // Rank fusion weighted by the query's shape, the queries of some shapes fused by min-max scores at their weight
    // instead; semantic-only candidates below the model's similarity floor (set from its similarity distributions,
    // bench/similarity-distribution.ts) left out, the floor itself re-examined below.
    const modelFloor = fusionSettingsFor(config.embedding.model).minSimilarity;
    const SCORE_FUSED_SHAPES: QueryShape[][] = [[], ['phrase'], ['phrase', 'partial']];
    const shapeFuser = (k: number, weights: Record<QueryShape, number>, byScore: QueryShape[], minSimilarity: number): Fuser => {
      const byRank = rrf(k, (row) => weights[row.shape], minSimilarity);
      return (row) => (byScore.includes(row.shape) ? convex('min-max', weights[row.shape])(row) : byRank(row));
    };
    const shapeGrid = product(
      product(product([2, 3, 5, 10, 20], [0, 0.1, 0.2, 0.3, 0.4]), product([0, 0.1, 0.2], [0.3, 0.4, 0.5, 0.6, 0.7, 0.8])),
      product([0.5, 0.6, 0.7, 0.8], SCORE_FUSED_SHAPES),
    );
    const byShape = best(
      shapeGrid.map(([[[k, exact], [corrected, phrase]], [partial, byScore]]) => {
        const weights: Record<QueryShape, number> = { exact, corrected, phrase, partial };
        return { settings: { k, weights, byScore }, fuser: shapeFuser(k, weights, byScore, modelFloor) };
      }),
      data,
    );
    const { k: shapeK, weights: shapeWeights, byScore: shapeByScore } = byShape.settings;
    const withFloor = best(
      [-Infinity, 0.15, 0.2, 0.25, 0.3].map((minSimilarity) => ({ settings: minSimilarity, fuser: shapeFuser(shapeK, shapeWeights, shapeByScore, minSimilarity) })),
      data,
    );

    const rules: [string, Fuser][] = [
      ['keyword only', keywordLeg],
      ['semantic only', semanticLeg],
      [`plain RRF, k=${DEFAULT_RRF_K}, equal weights`, rrf(DEFAULT_RRF_K, () => 0.5)],
      [`plain RRF, best: ${plain.settings}`, plain.fuser],
      [`weight by keyword coverage, best: ${coverage.settings}`, coverage.fuser],
      [`normalised scores, convex, best: ${normalised.settings}`, normalised.fuser],
      [
        `weight by query shape, best: k=${shapeK}, ${JSON.stringify(shapeWeights)}, ${shapeByScore.length > 0 ? `${shapeByScore.join(' and ')} fused by min-max scores` : 'all by rank'}, similarity floor ${modelFloor}`,
        byShape.fuser,
      ],
      [`  … semantic-only candidates need similarity ≥ ${withFloor.settings === -Infinity ? 'nothing' : withFloor.settings}`, withFloor.fuser],
    ];
    const header = ['rule (chosen on the tune half)', 'half', 'all', ...KINDS];
    const rows = rules.flatMap(([name, fuser]) =>
      (['tune', 'test'] as const).map((half) => {
        const scores = scoresOf(fuser, half === 'tune' ? tune : test, chunks);
        return [name, half, ...['all', ...KINDS].map((kind) => scores[kind].toFixed(3))];
      }),
    );

    // The search service as configured, end to end, so the registry's numbers are checked, not assumed.
    const evaluated = await evaluateQueries(search, queries);
    const serviceRows = (['tune', 'test'] as const).flatMap((half) =>
      (['keyword', 'semantic', 'hybrid'] as const).map((mode) => {
        const cells = ['all', ...KINDS].map((kind) => {
          const values = evaluated.perQuery.filter((row) => row.mode === mode && row.query.split === half && (kind === 'all' || row.query.kind === kind));
          return (values.reduce((sum, row) => sum + row.value.ndcg, 0) / values.length).toFixed(3);
        });
        return [`search service, ${mode}`, half, ...cells];
      }),
    );
    const table = markdownTable(header, [...rows, ...serviceRows]);
    console.log(table);
    console.log(`\nhybrid overall (both halves): ${meanNdcg(evaluated, 'hybrid', 'all').toFixed(3)}; configured: ${describeFusion(config)}`);
    if (!append) return;
    const counts = (half: string) => KINDS.map((kind) => `${kind} ${queries.filter((query) => query.split === half && query.kind === kind).length}`).join(', ');
    await appendBenchmark({
      title: `Fusion tuning (npm run tune:fusion), model ${config.embedding.model}`,
      command: `EMBEDDING_MODEL_DIR=${process.env.EMBEDDING_MODEL_DIR ?? ''} EMBEDDING_MODEL=${config.embedding.model} npm run tune:fusion`,
      notes: [
        `nDCG@10 on bench/eval-queries.json: tune half (${counts('tune')}), test half (${counts('test')}). Each family's member is chosen on the ` +
          `tune half by how many of the ${MEANING_WITHOUT_SHARED_WORDS.length} paraphrases sharing no word with their paragraph it puts on the first page, then by its worst per-kind margin over the better single leg (the bar is ≥ better leg − ${TOLERANCE} on every kind), then ` +
          `by overall nDCG; the test half is only reported. The last rows run the search service as configured (${describeFusion(config)}).`,
      ],
      table,
    });
  } finally {
    await stores.close();
  }
}

runWhenMain(module, () => main());

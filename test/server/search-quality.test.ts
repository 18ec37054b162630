// The fusion's promise, checked on the labelled queries of `npm run eval` over the real corpus: with the test
// model (glove-sif-50d-10k, far weaker than the default) hybrid search must rank at least as well as keyword
// search overall and better on paraphrases, and keep every exact keyword query as good as keyword search alone.
import { silentLogger } from '../../core/logger';
import { evaluateQueries, loadLabelledQueries, meanNdcg, type Evaluation } from '../../bench/eval';
import type { Stores } from '../../indexer/stores/open';
import { createSearchService } from '../../server/search';
import { loadAttributeTable } from '../../server/semantic-filter';
import { openIndexedCorpus } from '../helpers/corpus-stores';
import { TEST_MODEL, testConfig } from '../helpers/environment';

const config = testConfig();

let stores: Stores;
let evaluation: Evaluation;

beforeAll(async () => {
  stores = await openIndexedCorpus(config);
  const search = createSearchService({ stores, config, logger: silentLogger, loadAttributes: () => loadAttributeTable(stores.store) });
  evaluation = await evaluateQueries(search, loadLabelledQueries());
}, 120_000);

afterAll(async () => {
  await stores?.close();
});

// The thresholds are this model's: another model has its own registry defaults and its own numbers.
const withTestModel = config.embedding.model === TEST_MODEL ? describe : describe.skip;

withTestModel('hybrid search quality with the test model (bench/eval-queries.json)', () => {
  it('has semantic search available, so hybrid really fuses two rankings', () => {
    expect(stores.semantic.available).toBe(true);
  });

  it('ranks at least as well as keyword search over all queries', () => {
    expect(meanNdcg(evaluation, 'hybrid', 'all')).toBeGreaterThanOrEqual(meanNdcg(evaluation, 'keyword', 'all'));
  });

  it('ranks paraphrases better than keyword search', () => {
    expect(meanNdcg(evaluation, 'hybrid', 'paraphrase')).toBeGreaterThan(meanNdcg(evaluation, 'keyword', 'paraphrase'));
  });

  it('loses nothing on exact keyword, acronym and typo queries', () => {
    for (const kind of ['keyword', 'acronym', 'typo']) {
      expect(meanNdcg(evaluation, 'hybrid', kind)).toBeGreaterThanOrEqual(meanNdcg(evaluation, 'keyword', kind));
    }
  });
});

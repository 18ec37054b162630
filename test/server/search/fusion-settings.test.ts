// How much hybrid search trusts each embedding model (server/fusion-settings.ts).
import { DEFAULT_EMBEDDING_MODEL } from '../../../core/config';
import { fusionSettingsFor, UNKNOWN_MODEL_FUSION } from '../../../server/search/fusion-settings';
import { KNOWN_MODEL_IDS } from '../../../indexer/stores/vector/models';

describe('fusion settings per model', () => {
  it('weighs the default model by query shape with the constant measured for it, phrase queries fused by score', () => {
    expect(fusionSettingsFor(DEFAULT_EMBEDDING_MODEL)).toMatchObject({
      rrfK: 3,
      weightByShape: { exact: 0.4, corrected: 0.2, phrase: 0.5, partial: 0.7 },
      fuseByScore: ['phrase'],
      minSimilarity: 0.2,
      minAnswerSimilarity: 0.3,
    });
  });

  it('gives bge-small an equal say with keyword search', () => {
    expect(fusionSettingsFor('Xenova/bge-small-en-v1.5')).toMatchObject({ semanticRatio: 0.5, keywordCoverageTrust: 0, minStandout: null, fuseByScore: [] });
  });

  it('lets the weak test model speak only where keyword search cannot, and only through standout candidates', () => {
    const test = fusionSettingsFor('glove-sif-50d-10k');
    const strong = fusionSettingsFor('Xenova/bge-small-en-v1.5');
    expect(test.semanticRatio).toBeLessThan(strong.semanticRatio);
    expect(test.semanticRatio).toBeGreaterThan(0);
    expect(test.keywordCoverageTrust).toBeGreaterThan(strong.keywordCoverageTrust);
    expect(test.minStandout).not.toBeNull();
    expect(strong.minStandout).toBeNull();
  });

  it('finds a model by its name without the owner, in any case, as the vector registry does', () => {
    expect(fusionSettingsFor('BAAI/bge-small-en-v1.5')).toEqual(fusionSettingsFor('Xenova/bge-small-en-v1.5'));
    expect(fusionSettingsFor('ALL-MINILM-L6-V2').rrfK).toBe(3);
  });

  it('lets keyword search lead for a model it does not know', () => {
    const unknown = fusionSettingsFor('someone/new-embedder');
    expect(unknown).toEqual(UNKNOWN_MODEL_FUSION);
    expect(unknown.semanticRatio).toBeLessThan(0.5);
  });

  it('has settings of its own for every model the vector registry knows, every weight and threshold in range', () => {
    for (const id of KNOWN_MODEL_IDS) {
      const settings = fusionSettingsFor(id);
      expect(settings).not.toBe(UNKNOWN_MODEL_FUSION);
      expect(settings.semanticRatio).toBeGreaterThanOrEqual(0);
      expect(settings.semanticRatio).toBeLessThanOrEqual(1);
      expect(settings.minSimilarity).toBeGreaterThan(-1);
      expect(settings.minSimilarity).toBeLessThan(1);
      expect(settings.keywordCoverageTrust).toBeGreaterThanOrEqual(0);
      expect(settings.keywordCoverageTrust).toBeLessThanOrEqual(1);
      if (settings.minStandout !== null) expect(settings.minStandout).toBeGreaterThan(0);
    }
  });
});

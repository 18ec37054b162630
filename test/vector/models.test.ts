import { DEFAULT_EMBEDDING_MODEL } from '../../core/config';
import { KNOWN_MODEL_IDS, modelDefaults, UNKNOWN_MODEL_DEFAULTS } from '../../indexer/stores/vector/models';

describe('model defaults registry', () => {
  it('knows the default model: 384 dimensions, CLS pooling, the BGE query instruction and an equal hybrid weight', () => {
    const defaults = modelDefaults(DEFAULT_EMBEDDING_MODEL);
    expect(defaults).toMatchObject({ known: true, dimensions: 384, pooling: 'cls', passagePrefix: '', semanticRatio: 0.5 });
    expect(defaults.queryPrefix).toBe('Represent this sentence for searching relevant passages: ');
  });

  it('lets the weak test model speak only where keyword search cannot, and only through standout candidates', () => {
    const test = modelDefaults('glove-sif-50d-10k');
    const strong = modelDefaults(DEFAULT_EMBEDDING_MODEL);
    expect(test.dimensions).toBe(50);
    expect(test.semanticRatio).toBeLessThan(strong.semanticRatio);
    expect(test.semanticRatio).toBeGreaterThan(0);
    expect(test.keywordCoverageTrust).toBeGreaterThan(strong.keywordCoverageTrust);
    expect(test.minStandout).not.toBeNull();
    expect(strong.minStandout).toBeNull();
  });

  it('finds a model by its name without the owner, in any case', () => {
    expect(modelDefaults('BAAI/bge-small-en-v1.5')).toEqual(modelDefaults('Xenova/bge-small-en-v1.5'));
    expect(modelDefaults('ALL-MINILM-L6-V2').mtebRetrieval).toBeCloseTo(41.9);
  });

  it('uses conservative defaults for a model it does not know', () => {
    const unknown = modelDefaults('someone/new-embedder');
    expect(unknown).toEqual(UNKNOWN_MODEL_DEFAULTS);
    expect(unknown.known).toBe(false);
    expect(unknown.semanticRatio).toBeLessThan(0.5);
  });

  it('keeps every weight and threshold in range', () => {
    for (const id of KNOWN_MODEL_IDS) {
      const defaults = modelDefaults(id);
      expect(defaults.semanticRatio).toBeGreaterThanOrEqual(0);
      expect(defaults.semanticRatio).toBeLessThanOrEqual(1);
      expect(defaults.minSimilarity).toBeGreaterThan(-1);
      expect(defaults.minSimilarity).toBeLessThan(1);
      expect(defaults.keywordCoverageTrust).toBeGreaterThanOrEqual(0);
      expect(defaults.keywordCoverageTrust).toBeLessThanOrEqual(1);
      if (defaults.minStandout !== null) expect(defaults.minStandout).toBeGreaterThan(0);
    }
  });
});

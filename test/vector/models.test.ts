import { DEFAULT_EMBEDDING_MODEL } from '../../core/config';
import { dtypeFor, KNOWN_MODEL_IDS, modelDefaults, UNKNOWN_MODEL_DEFAULTS } from '../../indexer/stores/vector/models';

describe('model defaults registry', () => {
  it('defaults to the model measured here: MiniLM, 384 dimensions, mean pooling, no prefixes', () => {
    expect(DEFAULT_EMBEDDING_MODEL).toBe('Xenova/all-MiniLM-L6-v2');
    expect(modelDefaults(DEFAULT_EMBEDDING_MODEL)).toMatchObject({
      known: true,
      measuredHere: true,
      dimensions: 384,
      pooling: 'mean',
      queryPrefix: '',
      passagePrefix: '',
    });
  });

  it('loads the int8 weights of the default model and the q8 weights of others unless EMBEDDING_DTYPE says', () => {
    expect(dtypeFor(DEFAULT_EMBEDDING_MODEL, undefined)).toBe('int8');
    expect(dtypeFor('glove-sif-50d-10k', undefined)).toBe('q8');
    expect(dtypeFor('someone/new-embedder', undefined)).toBe('q8');
    expect(dtypeFor(DEFAULT_EMBEDDING_MODEL, 'q8')).toBe('q8');
  });

  it('keeps the other transformer models selectable, marked as not measured here', () => {
    const others = KNOWN_MODEL_IDS.filter((id) => id !== DEFAULT_EMBEDDING_MODEL && id !== 'glove-sif-50d-10k');
    expect(others.length).toBeGreaterThan(0);
    for (const id of others) expect(modelDefaults(id)).toMatchObject({ known: true, measuredHere: false, dimensions: 384 });
  });

  it('knows bge-small: CLS pooling and the BGE query instruction', () => {
    const defaults = modelDefaults('Xenova/bge-small-en-v1.5');
    expect(defaults).toMatchObject({ known: true, dimensions: 384, pooling: 'cls', passagePrefix: '' });
    expect(defaults.queryPrefix).toBe('Represent this sentence for searching relevant passages: ');
  });

  it('finds a model by its name without the owner, in any case', () => {
    expect(modelDefaults('BAAI/bge-small-en-v1.5')).toEqual(modelDefaults('Xenova/bge-small-en-v1.5'));
    expect(modelDefaults('ALL-MINILM-L6-V2').mtebRetrieval).toBeCloseTo(41.9);
  });

  it('uses mean pooling and no prefixes for a model it does not know', () => {
    const unknown = modelDefaults('someone/new-embedder');
    expect(unknown).toEqual(UNKNOWN_MODEL_DEFAULTS);
    expect(unknown).toMatchObject({ known: false, pooling: 'mean', queryPrefix: '', passagePrefix: '' });
  });
});

import os from 'node:os';
import { DEFAULT_EMBEDDING_MODEL, loadConfig } from '../../core/config';
import { InputError } from '../../core/errors';

describe('loadConfig', () => {
  it('applies the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.meili).toBeNull();
    expect(config.embedding.model).toBe(DEFAULT_EMBEDDING_MODEL);
    expect(config.fusion.semanticRatio).toBeUndefined();
    expect(config.adminApiKey).toBeUndefined();
  });

  it('treats empty values from env files as unset, never as zero', () => {
    const config = loadConfig({ PORT: '', SEMANTIC_RATIO: '', HNSW_M: ' ', MEILI_URL: '' });
    expect(config.port).toBe(3000);
    expect(config.fusion.semanticRatio).toBeUndefined();
    expect(config.hnsw.m).toBe(loadConfig({}).hnsw.m);
    expect(config.meili).toBeNull();
  });

  it('leaves the dtype to the model unless set, and shares the cores out among the embedding workers', () => {
    expect(loadConfig({}).embedding).toMatchObject({ dtype: undefined, batchSize: 4 });
    expect(loadConfig({ EMBEDDING_DTYPE: 'int8' }).embedding.dtype).toBe('int8');
    expect(loadConfig({ EMBEDDING_WORKERS: '2', EMBEDDING_THREADS: '3' }).embedding).toMatchObject({ workers: 2, threadsPerWorker: 3 });
    const { workers, threadsPerWorker } = loadConfig({}).embedding;
    expect(workers * threadsPerWorker).toBeLessThanOrEqual(Math.max(os.availableParallelism(), workers));
    expect(() => loadConfig({ EMBEDDING_DTYPE: 'int4' })).toThrow(/EMBEDDING_DTYPE/);
  });

  it('saves the vector index every 2,000 vectors or 30 s by default, as set otherwise', () => {
    expect(loadConfig({}).vectorCheckpoint).toEqual({ everyVectors: 2000, everySeconds: 30 });
    expect(loadConfig({ HNSW_CHECKPOINT_VECTORS: '500', HNSW_CHECKPOINT_SECONDS: '5' }).vectorCheckpoint).toEqual({ everyVectors: 500, everySeconds: 5 });
    expect(() => loadConfig({ HNSW_CHECKPOINT_VECTORS: '0' })).toThrow(/HNSW_CHECKPOINT_VECTORS/);
  });

  it('names the setting that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(InputError);
    expect(() => loadConfig({ SEMANTIC_RATIO: '2' })).toThrow(/SEMANTIC_RATIO/);
  });

  it('uses Meilisearch only when MEILI_URL is set, and splits CORS origins', () => {
    const config = loadConfig({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_API_KEY: 'k', CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(config.meili).toEqual({ url: 'http://127.0.0.1:7700', apiKey: 'k', index: 'minutes', timeoutMs: 2_000, resyncSeconds: 15 });
    expect(loadConfig({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_TIMEOUT_MS: '500', MEILI_RESYNC_SECONDS: '5' }).meili).toMatchObject({ timeoutMs: 500, resyncSeconds: 5 });
    expect(() => loadConfig({ MEILI_TIMEOUT_MS: '10' })).toThrow(/MEILI_TIMEOUT_MS/);
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('reads TRUST_PROXY as off, a hop count, or proxy addresses and subnets, and refuses anything else', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback, 2001:db8::1' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback', '2001:db8::1']);
    for (const value of ['true', 'everyone', '10.0.0.0/33', '300.1.1.1']) expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
  });

  it('reads CORS_ORIGINS=* as any origin and refuses values that are not origins', () => {
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    expect(loadConfig({}).corsOrigins).toEqual([]);
    for (const value of ['example.org', 'https://example.org/', 'https://*.example.org', 'https://a.example, *']) {
      expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS/);
    }
  });
});

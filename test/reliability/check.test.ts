/** @jest-environment ./test/vector/onnx-environment.ts */
// `npm run check`: the comparison of store, keyword index and vector index, and repairs on a real indexed corpus.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../../core/logger';
import { compareIndexes, formatReport, inspectIndexes, repairIndexes } from '../../indexer/check';
import { indexPaths, silentReporter } from '../../indexer/pipeline';
import { openStores, type Stores } from '../../indexer/stores/open';
import { CORPUS_DIR, keywordBackendEnvironment, REPO_ROOT, testConfig } from '../helpers/environment';
import { indexerEnvironment } from './crash-harness';

describe('compareIndexes', () => {
  it('finds nothing when all three hold the same chunks', () => {
    const differences = compareIndexes({ storeIds: ['a', 'b'], storeSeqs: [1, 2], keywordIds: ['b', 'a'], vectorLabels: [2, 1] });
    expect(differences).toEqual({
      store: { duplicateIds: [], duplicateSeqs: [] },
      keyword: { missing: [], orphans: [], duplicates: [] },
      vector: { missing: [], orphans: [], duplicates: [] },
    });
  });

  it('names chunks missing from an index, orphans left in it and entries held twice', () => {
    const differences = compareIndexes({
      storeIds: ['a', 'b', 'c'],
      storeSeqs: [1, 2, 3],
      keywordIds: ['a', 'a', 'x'],
      vectorLabels: [1, 9, 9],
    });
    expect(differences.keyword).toEqual({ missing: ['b', 'c'], orphans: ['x'], duplicates: ['a'] });
    expect(differences.vector).toEqual({ missing: [2, 3], orphans: [9], duplicates: [9] });
  });

  it('does not expect vectors for chunks the model gives no direction', () => {
    const differences = compareIndexes({ storeIds: ['a', 'b'], storeSeqs: [1, 2], keywordIds: ['a', 'b'], vectorLabels: [1], unembeddableSeqs: [2] });
    expect(differences.vector?.missing).toEqual([]);
  });

  it('leaves the vector side unchecked when the vector index could not be opened', () => {
    expect(compareIndexes({ storeIds: ['a'], storeSeqs: [1], keywordIds: ['a'], vectorLabels: null }).vector).toBeNull();
  });
});

describe('checking and repairing an indexed corpus', () => {
  let stores: Stores;
  let dataDir: string;
  let checkEnvironment: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const config = testConfig();
    dataDir = config.dataDir;
    checkEnvironment = { ...indexerEnvironment(dataDir), ...keywordBackendEnvironment(config) };
    stores = await openStores(config, silentLogger);
    await indexPaths([CORPUS_DIR], stores, config, silentReporter, { prune: false });
  }, 120_000);

  afterAll(async () => {
    await stores?.close();
  });

  it('reports a freshly indexed corpus as consistent', async () => {
    const report = await inspectIndexes(stores);
    expect(report.consistent).toBe(true);
    expect(report.counts.keyword).toBe(report.counts.chunks);
    expect(report.counts.vectors! + report.counts.unembeddable).toBe(report.counts.chunks);
    expect(formatReport(report).at(-1)).toBe('consistent');
  });

  it('finds entries lost from both indexes and an orphan, and repairs them to the original state', async () => {
    const before = await inspectIndexes(stores);
    const [first, second] = stores.store.listDocuments();
    const lostFromKeyword = stores.store.chunksOfDocument(first.id).slice(0, 3);
    const lostFromVectors = stores.store.chunksOfDocument(second.id).slice(0, 4);
    const orphan = { ...lostFromKeyword[0], id: 'orphan-chunk-from-a-deleted-document' };
    await stores.keyword.deleteChunks(lostFromKeyword.map((chunk) => chunk.id));
    await stores.keyword.upsert([orphan]);
    if (!stores.semantic.available) throw new Error(`this test needs the embedding model: ${stores.semantic.reason}`);
    stores.semantic.parts.index.remove(lostFromVectors.map((chunk) => chunk.seq));

    const damaged = await inspectIndexes(stores);
    expect(damaged.consistent).toBe(false);
    expect(damaged.differences.keyword.missing.sort()).toEqual(lostFromKeyword.map((chunk) => chunk.id).sort());
    expect(damaged.differences.keyword.orphans).toEqual([orphan.id]);
    expect(damaged.differences.vector?.missing).toEqual(lostFromVectors.map((chunk) => chunk.seq));
    expect(formatReport(damaged)).toEqual(
      expect.arrayContaining(['keyword index: 3 missing (' + damaged.differences.keyword.missing.join(', ') + ')', 'keyword index: 1 orphans (orphan-chunk-from-a-deleted-document)']),
    );

    const repaired = await repairIndexes(stores, damaged, silentReporter);
    expect(repaired.consistent).toBe(true);
    expect(repaired.counts).toEqual(before.counts);
  });

  it('re-syncs a document marked unsynced (a crash between the store and the indexes)', async () => {
    const [document] = stores.store.listDocuments();
    await stores.keyword.deleteDocument(document.id);
    stores.store.markSynced(document.id, 'keyword', 'stale');
    const damaged = await inspectIndexes(stores);
    expect(damaged.unsynced.keyword).toEqual([document.path]);
    expect((await repairIndexes(stores, damaged, silentReporter)).consistent).toBe(true);
  });

  it('reports files in uploads/ that no document refers to, and --repair removes them', async () => {
    const orphan = path.join(dataDir, 'uploads', 'f'.repeat(32), 'killed-upload.txt');
    fs.mkdirSync(path.dirname(orphan), { recursive: true });
    fs.writeFileSync(orphan, '');
    const run = (...flags: string[]) => spawnSync('npm', ['run', '--silent', 'check:dev', '--', ...flags], { cwd: REPO_ROOT, env: checkEnvironment, encoding: 'utf8' });
    const found = run();
    expect(found.status).toBe(1);
    expect(found.stdout).toContain('uploads: 1 files no document refers to');
    expect(run('--repair').status).toBe(0);
    expect(fs.existsSync(path.dirname(orphan))).toBe(false);
  });

  it('exits 0 from `npm run check:dev` when consistent and 1 with the differences when not', async () => {
    const run = () => spawnSync('npm', ['run', '--silent', 'check:dev'], { cwd: REPO_ROOT, env: checkEnvironment, encoding: 'utf8' });
    const agreeing = run();
    expect(agreeing.status).toBe(0);
    expect(agreeing.stdout).toMatch(/^consistent$/m);

    const [document] = stores.store.listDocuments();
    await stores.keyword.deleteDocument(document.id);
    const differing = run();
    expect(differing.status).toBe(1);
    expect(differing.stdout).toMatch(/keyword index: \d+ missing/);
    expect(differing.stdout).toContain('NOT consistent');
  });
});

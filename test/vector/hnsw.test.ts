import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from '../../core/errors';
import { INITIAL_CAPACITY, MANIFEST_FILE, openVectorIndex, savedIndexModel, type VectorIndexOptions } from '../../indexer/stores/vector/hnsw';
import { temporaryDir, unitVector } from './helpers';

const DIMS = 8;

function options(dir: string, overrides: Partial<VectorIndexOptions> = {}): VectorIndexOptions {
  return { dir, modelId: 'test/model', dimensions: DIMS, m: 16, efConstruction: 100, efSearch: 64, ...overrides };
}

describe('HNSW vector index', () => {
  let dir: string;
  beforeEach(() => {
    dir = path.join(temporaryDir(), 'vectors');
  });

  it('ranks the closest vector first with cosine similarity, higher is better', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert([
      { label: 1, vector: unitVector(DIMS, 0) },
      { label: 2, vector: unitVector(DIMS, 0, 1, 0.5) },
      { label: 3, vector: unitVector(DIMS, 3) },
    ]);
    const hits = index.search(unitVector(DIMS, 0), 3);
    expect(hits.map((hit) => hit.label)).toEqual([1, 2, 3]);
    expect(hits[0].score).toBeCloseTo(1, 5);
    expect(hits[2].score).toBeCloseTo(0, 5);
  });

  it('returns every vector without failing when k exceeds the count, and nothing from an empty index', async () => {
    const index = await openVectorIndex(options(dir));
    expect(index.search(unitVector(DIMS, 0), 10)).toEqual([]);
    index.upsert([
      { label: 7, vector: unitVector(DIMS, 0) },
      { label: 8, vector: unitVector(DIMS, 1) },
    ]);
    expect(index.search(unitVector(DIMS, 0), 5000).map((hit) => hit.label)).toEqual([7, 8]);
  });

  it('finds the same neighbours after saving and reopening', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert(Array.from({ length: DIMS }, (_, axis) => ({ label: 100 + axis, vector: unitVector(DIMS, axis, undefined, 0.2) })));
    index.remove([103]);
    await index.save();
    const query = unitVector(DIMS, 2, 3, 0.4);
    const reopened = await openVectorIndex(options(dir));
    expect(reopened.count()).toBe(DIMS - 1);
    expect(reopened.labels()).toEqual(index.labels());
    expect(reopened.search(query, 4)).toEqual(index.search(query, 4));
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8'));
    expect(manifest).toMatchObject({ modelId: 'test/model', dimensions: DIMS, count: DIMS - 1, m: 16, efConstruction: 100 });
  });

  it('refuses an index built by another model and says to re-index', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert([{ label: 1, vector: unitVector(DIMS, 0) }]);
    await index.save();
    await expect(openVectorIndex(options(dir, { modelId: 'other/model' }))).rejects.toMatchObject({
      code: ERROR_CODES.MODEL_MISMATCH,
      message: expect.stringMatching(/built with model "test\/model".*configured model is "other\/model".*re-index/),
    });
    await expect(openVectorIndex(options(dir, { dimensions: DIMS * 2 }))).rejects.toMatchObject({ code: ERROR_CODES.MODEL_MISMATCH });
  });

  it('starts empty in place of a saved index when asked to replace it, and the saved one stays until it is saved', async () => {
    const saved = await openVectorIndex(options(dir));
    saved.upsert([{ label: 1, vector: unitVector(DIMS, 0) }]);
    await saved.save();
    const replacement = await openVectorIndex(options(dir, { modelId: 'other/model', dimensions: DIMS * 2, replaceSaved: true }));
    expect(replacement.count()).toBe(0);
    expect(replacement.instance()).not.toBe(saved.instance());
    expect(await savedIndexModel(dir)).toEqual({ modelId: 'test/model', dimensions: DIMS });
    replacement.upsert([{ label: 2, vector: unitVector(DIMS * 2, 5) }]);
    await replacement.save();
    expect(await savedIndexModel(dir)).toEqual({ modelId: 'other/model', dimensions: DIMS * 2 });
    const reopened = await openVectorIndex(options(dir, { modelId: 'other/model', dimensions: DIMS * 2 }));
    expect(reopened.labels()).toEqual([2]);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('hnsw-'))).toHaveLength(1);
  });

  it('replaces the vector of an existing label instead of adding a second one', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert([{ label: 5, vector: unitVector(DIMS, 0) }, { label: 6, vector: unitVector(DIMS, 1) }]);
    index.upsert([{ label: 5, vector: unitVector(DIMS, 4) }]);
    expect(index.count()).toBe(2);
    expect(index.search(unitVector(DIMS, 4), 1)).toEqual([{ label: 5, score: expect.closeTo(1, 5) }]);
    expect(index.search(unitVector(DIMS, 0), 2).every((hit) => hit.score < 0.5)).toBe(true);
  });

  it('leaves no orphan vectors when a document is replaced, and reuses the freed slots', async () => {
    const index = await openVectorIndex(options(dir));
    const oldChunks = [1, 2, 3].map((label) => ({ label, vector: unitVector(DIMS, label) }));
    index.upsert(oldChunks);
    index.remove([1, 2, 3]);
    index.upsert([10, 11].map((label) => ({ label, vector: unitVector(DIMS, label % DIMS) })));
    expect(index.labels()).toEqual([10, 11]);
    expect(index.search(unitVector(DIMS, 1), 10).map((hit) => hit.label).sort()).toEqual([10, 11]);
    await index.save();
    const reopened = await openVectorIndex(options(dir));
    expect(reopened.labels()).toEqual([10, 11]);
    expect(reopened.count()).toBe(2);
  });

  it('brings a deleted label back when it is added again, also after reopening', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert([{ label: 1, vector: unitVector(DIMS, 0) }, { label: 2, vector: unitVector(DIMS, 1) }]);
    index.remove([1]);
    await index.save();
    const reopened = await openVectorIndex(options(dir));
    reopened.upsert([{ label: 1, vector: unitVector(DIMS, 5) }]);
    expect(reopened.labels()).toEqual([1, 2]);
    expect(reopened.search(unitVector(DIMS, 5), 1)[0]).toEqual({ label: 1, score: expect.closeTo(1, 5) });
  });

  it('grows past its initial capacity and still finds every vector', async () => {
    const wide = 32;
    const index = await openVectorIndex(options(dir, { dimensions: wide }));
    const total = INITIAL_CAPACITY * 2 + 100;
    const vectorOf = (label: number) => {
      const vector = new Float32Array(wide);
      for (let d = 0; d < wide; d += 1) vector[d] = Math.sin((label + 1) * (d + 1) * 0.37);
      const norm = Math.hypot(...vector);
      return vector.map((value) => value / norm);
    };
    index.upsert(Array.from({ length: total }, (_, label) => ({ label, vector: vectorOf(label) })));
    expect(index.count()).toBe(total);
    for (const label of [0, INITIAL_CAPACITY, total - 1]) {
      expect(index.search(vectorOf(label), 1)[0]).toEqual({ label, score: expect.closeTo(1, 4) });
    }
  });

  it('filters during the search: only accepted labels come back, even when the nearest are rejected', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert(Array.from({ length: 50 }, (_, label) => ({ label, vector: unitVector(DIMS, label % DIMS, (label + 1) % DIMS, label / 50) })));
    const hits = index.search(unitVector(DIMS, 0), 5, (label) => label % 10 === 3);
    expect(hits.length).toBe(5);
    expect(hits.every((hit) => hit.label % 10 === 3)).toBe(true);
  });

  it('filters after an unfiltered search of k × overfetch: accepted labels only, at most k, a shared vector as its accepted copy', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert(Array.from({ length: 50 }, (_, label) => ({ label, vector: unitVector(DIMS, label % DIMS, (label + 1) % DIMS, label / 50) })));
    // Label 100 is first to hold the vector nearest the query, 101 its copy (the same text).
    index.upsert([100, 101].map((label) => ({ label, vector: unitVector(DIMS, 0), textHash: 'ab12cd34ef567890' })));
    const hits = index.search(unitVector(DIMS, 0), 5, (label) => label !== 100 && label % 2 === 1, 3);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.label !== 100 && hit.label % 2 === 1)).toBe(true);
    expect(hits[0].label).toBe(101);
  });

  it('returns each vector as the chunk holding it: its own label, or the copy that inherited it, also after reopening', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert([
      { label: 5, vector: unitVector(DIMS, 3) },
      ...[100, 101].map((label) => ({ label, vector: unitVector(DIMS, 0), textHash: 'ab12cd34ef567890' })),
    ]);
    // The vector of 100 and 101 stays when 100 goes: 101 holds it now.
    index.remove([100]);
    const found = (searched: typeof index) => ({
      copy: searched.search(unitVector(DIMS, 0), 1),
      own: searched.search(unitVector(DIMS, 3), 1),
      accepted: searched.search(unitVector(DIMS, 3), 2, (label) => label !== 5, 2).map((hit) => hit.label),
      copyAccepted: searched.search(unitVector(DIMS, 0), 2, (label) => label === 101, 2).map((hit) => hit.label),
    });
    const expected = {
      copy: [{ label: 101, score: expect.closeTo(1, 5) }],
      own: [{ label: 5, score: expect.closeTo(1, 5) }],
      accepted: [101],
      copyAccepted: [101],
    };
    expect(found(index)).toEqual(expected);
    await index.save();
    expect(found(await openVectorIndex(options(dir)))).toEqual(expected);
  });

  it('searches exactly among given labels, best first, skipping labels it does not hold', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert(Array.from({ length: 50 }, (_, label) => ({ label, vector: unitVector(DIMS, label % DIMS, (label + 1) % DIMS, label / 50) })));
    index.remove([13]);
    const among = [3, 13, 23, 33, 43, 999];
    const hits = index.searchAmong(unitVector(DIMS, 3), 3, among);
    const exact = [3, 23, 33, 43]
      .map((label) => ({ label, score: index.search(unitVector(DIMS, 3), 50).find((hit) => hit.label === label)!.score }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    expect(hits.map((hit) => hit.label)).toEqual(exact.map((hit) => hit.label));
    hits.forEach((hit, position) => expect(hit.score).toBeCloseTo(exact[position].score, 5));
    expect(index.searchAmong(unitVector(DIMS, 3), 3, [])).toEqual([]);
  });

  it('compares a chunk given a new vector by its new vector in an exact search, also in a slot freed by a compaction', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert([
      { label: 1, vector: unitVector(DIMS, 0) },
      { label: 2, vector: unitVector(DIMS, 1) },
    ]);
    expect(index.searchAmong(unitVector(DIMS, 0), 2, [1, 2]).map((hit) => hit.label)).toEqual([1, 2]);
    index.remove([1]);
    await index.compact();
    index.upsert([{ label: 1, vector: unitVector(DIMS, 2) }]);
    index.upsert([{ label: 2, vector: unitVector(DIMS, 0) }]);
    const hits = index.searchAmong(unitVector(DIMS, 0), 2, [1, 2]);
    expect(hits.map((hit) => hit.label)).toEqual([2, 1]);
    expect(hits[0].score).toBeCloseTo(1, 5);
    expect(hits[1].score).toBeCloseTo(0, 5);
  });

  it('keeps its instance name through a save and reopen; an index created anew gets another', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert([{ label: 1, vector: unitVector(DIMS, 0) }]);
    await index.save();
    expect((await openVectorIndex(options(dir))).instance()).toBe(index.instance());
    fs.rmSync(dir, { recursive: true, force: true });
    expect((await openVectorIndex(options(dir))).instance()).not.toBe(index.instance());
  });

  it('saves atomically: one index file, one sharing file and the manifest, no temporary files left behind', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert([{ label: 1, vector: unitVector(DIMS, 0) }]);
    await index.save();
    index.upsert([{ label: 2, vector: unitVector(DIMS, 1) }]);
    await index.save();
    const files = fs.readdirSync(dir).sort();
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8'));
    expect(files).toEqual([manifest.indexFile, MANIFEST_FILE, manifest.sharedFile].sort());
  });

  it('leaves out a zero vector (text with no known word) instead of indexing a direction it does not have', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert([{ label: 1, vector: unitVector(DIMS, 0) }, { label: 2, vector: unitVector(DIMS, 1) }]);
    index.upsert([{ label: 2, vector: new Float32Array(DIMS) }]);
    expect(index.labels()).toEqual([1]);
    expect(index.search(unitVector(DIMS, 1), 5).map((hit) => hit.label)).toEqual([1]);
    expect(index.search(new Float32Array(DIMS), 5)).toEqual([]);
  });

  it('removes the index, sharing and manifest files left behind by a save that crashed', async () => {
    const index = await openVectorIndex(options(dir));
    index.upsert([{ label: 1, vector: unitVector(DIMS, 0) }]);
    await index.save();
    fs.writeFileSync(path.join(dir, 'hnsw-1.bin'), 'half-written');
    fs.writeFileSync(path.join(dir, 'hnsw-2.bin.999.tmp'), 'half-written');
    fs.writeFileSync(path.join(dir, 'shared-2.bin.999.tmp'), 'half-written');
    fs.writeFileSync(path.join(dir, 'manifest.json.999.tmp'), '{"half":');
    await index.save();
    expect(fs.readdirSync(dir)).toHaveLength(3);
    expect((await openVectorIndex(options(dir))).labels()).toEqual([1]);
  });

  it('gives labels of one text one vector, but two texts whose hashes begin alike (or a changed vector) their own', async () => {
    const index = await openVectorIndex(options(dir));
    const text = 'ab'.repeat(32);
    index.upsert([
      { label: 1, vector: unitVector(DIMS, 0), textHash: text },
      { label: 2, vector: unitVector(DIMS, 0), textHash: text },
      { label: 3, vector: unitVector(DIMS, 4), textHash: `${text.slice(0, 13)}${'0'.repeat(51)}` },
    ]);
    expect([index.count(), index.vectorCount()]).toEqual([3, 2]);
    index.upsert([{ label: 2, vector: unitVector(DIMS, 5), textHash: text }]);
    expect([index.count(), index.vectorCount()]).toEqual([3, 3]);
    expect(index.search(unitVector(DIMS, 5), 1)).toEqual([{ label: 2, score: expect.closeTo(1, 5) }]);
    index.remove([1]);
    await index.save();
    const reopened = await openVectorIndex(options(dir));
    // Label 1 was the last on the first vector: it went with it.
    expect([reopened.count(), reopened.vectorCount(), reopened.deletedSlots()]).toEqual([2, 2, 1]);
    expect(reopened.labels()).toEqual([2, 3]);
  });

  it('rejects a vector whose width does not match the model', async () => {
    const index = await openVectorIndex(options(dir));
    expect(() => index.upsert([{ label: 1, vector: new Float32Array(DIMS + 1) }])).toThrow(
      expect.objectContaining({ code: ERROR_CODES.MODEL_MISMATCH }),
    );
  });
});

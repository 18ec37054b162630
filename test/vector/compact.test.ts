// Compacting the HNSW index: deleted slots dropped, every live vector kept and found, and the result saved and
// reopened like any index.
import path from 'node:path';
import { openVectorIndex, type VectorIndexOptions } from '../../indexer/stores/vector/hnsw';
import { temporaryDir, unitVector } from './helpers';

const DIMS = 16;

function options(dir: string): VectorIndexOptions {
  return { dir, modelId: 'test/model', dimensions: DIMS, m: 16, efConstruction: 100, efSearch: 64 };
}

it('rebuilds the graph from the live vectors only, and saves what it built', async () => {
  const dir = path.join(temporaryDir(), 'vectors');
  const index = await openVectorIndex(options(dir));
  const entries = Array.from({ length: 200 }, (_, n) => ({ label: n + 1, vector: unitVector(DIMS, n % DIMS, (n + 3) % DIMS, (n % 7) / 10) }));
  index.upsert(entries);
  const removed = entries.filter((entry) => entry.label % 3 === 0).map((entry) => entry.label);
  index.remove(removed);
  expect(index.deletedSlots()).toBe(removed.length);

  await index.compact();
  expect(index.deletedSlots()).toBe(0);
  expect(index.count()).toBe(entries.length - removed.length);
  const kept = entries.filter((entry) => entry.label % 3 !== 0);
  for (const entry of kept.slice(0, 20)) expect(index.searchAmong(entry.vector, 1, [entry.label])[0].score).toBeCloseTo(1, 5);
  expect(index.search(kept[5].vector, 200).map((hit) => hit.label)).not.toEqual(expect.arrayContaining([removed[0]]));

  await index.save();
  const reopened = await openVectorIndex(options(dir));
  expect(reopened.labels()).toEqual(kept.map((entry) => entry.label));
  expect(reopened.deletedSlots()).toBe(0);
});

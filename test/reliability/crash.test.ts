/** @jest-environment ./test/vector/onnx-environment.ts */
// The indexer killed with SIGKILL mid-run leaves only differences the next run repairs, and a re-run ends with
// the store, the keyword index and the vector index in agreement, holding what a clean run holds.
// The long version (many trials, a bigger corpus) is `npm run reliability:crash`.
import path from 'node:path';
import { temporaryDirectory } from '../helpers/environment';
import { seededRandom } from '../helpers/random';
import { inspectAfterCrash, runIndexer, writeVariedCorpus } from './crash-harness';

jest.setTimeout(60_000);

it('recovers from SIGKILL at random points to the same chunks as a clean run', async () => {
  const random = seededRandom(7);
  const corpus = path.join(temporaryDirectory('crash-corpus'), 'minutes');
  await writeVariedCorpus(corpus, 2, random);

  const cleanDir = temporaryDirectory('crash-clean');
  const clean = await runIndexer(cleanDir, corpus);
  expect(clean.code).toBe(0);
  const reference = await inspectAfterCrash(cleanDir);
  expect(reference.report.consistent).toBe(true);

  // Each run picks up what the killed one left; a run that finishes before its kill just counts as done.
  const crashedDir = temporaryDirectory('crash-killed');
  let kills = 0;
  for (let attempt = 0; attempt < 4 && kills < 2; attempt += 1) {
    const run = await runIndexer(crashedDir, corpus, Math.round((0.1 + 0.4 * random()) * clean.workMilliseconds));
    if (run.killed) kills += 1;
    const state = await inspectAfterCrash(crashedDir);
    expect(state.unexplained).toEqual([]);
  }
  expect(kills).toBe(2);

  const finished = await runIndexer(crashedDir, corpus);
  expect(finished.code).toBe(0);
  const recovered = await inspectAfterCrash(crashedDir);
  expect(recovered.report.consistent).toBe(true);
  expect(recovered.chunkIds).toEqual(reference.chunkIds);
  expect(recovered.report.counts).toEqual(reference.report.counts);
});

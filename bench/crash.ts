// Crash safety of `npm run index`: many trials of SIGKILL at random moments on a corpus big enough to take
// several seconds, each followed by a check that every difference is one the next run repairs, then a run to
// completion that must end consistent and hold exactly the chunks of a clean run. Results go to docs/RELIABILITY.md.
//   npx tsx bench/crash.ts [--trials 20] [--copies 15] [--seed 1] [--no-record]
import fs from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { temporaryDirectory } from '../test/helpers/environment';
import {
  type CrashState,
  inspectAfterCrash,
  runCheck,
  runIndexer,
  varyMinutes,
  writeVariedCorpus,
} from '../test/reliability/crash-harness';
import { seededRandom } from '../test/helpers/random';
import { appendReliabilityResult, exitWithVerdict, markdownTable } from './report';

interface Options {
  trials: number;
  copies: number;
  seed: number;
  record: boolean;
}

interface TrialResult {
  trial: number;
  kills: { atMs: number; killed: boolean; state: string }[];
  edited: boolean;
  unexplained: string[];
  finalConsistent: boolean;
  sameChunks: boolean;
  checkExit: number | null;
}

function describeState(state: CrashState): string {
  const { counts, unsynced, differences } = state.report;
  const orphans = differences.keyword.orphans.length + (differences.vector?.orphans.length ?? 0);
  return `${counts.documents} docs, ${unsynced.keyword.length}/${unsynced.vector.length} unsynced, ${orphans} orphans`;
}

/** Rewrites a few files as other documents, so the next run replaces their chunks (the changed-file path). */
async function editSome(files: string[], random: () => number): Promise<Map<string, string>> {
  const originals = new Map<string, string>();
  for (let edit = 0; edit < 5; edit += 1) {
    const file = files[Math.floor(random() * files.length)];
    if (originals.has(file)) continue;
    const text = await fs.readFile(file, 'utf8');
    originals.set(file, text);
    await fs.writeFile(file, varyMinutes(text, 1000 + edit, random));
  }
  return originals;
}

async function restore(originals: Map<string, string>): Promise<void> {
  for (const [file, text] of originals) await fs.writeFile(file, text);
}

async function main(options: Options): Promise<boolean> {
  const random = seededRandom(options.seed);
  const corpus = path.join(temporaryDirectory('crash-bench-corpus'), 'minutes');
  const files = await writeVariedCorpus(corpus, options.copies, random);
  const bytes = (await Promise.all(files.map((file) => fs.stat(file)))).reduce((sum, stat) => sum + stat.size, 0);
  console.log(`corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${corpus}`);

  const cleanDir = temporaryDirectory('crash-bench-clean');
  const clean = await runIndexer(cleanDir, corpus);
  if (clean.code !== 0) throw new Error(`the clean run failed (exit ${clean.code}):\n${clean.output}`);
  const reference = await inspectAfterCrash(cleanDir);
  const { counts } = reference.report;
  console.log(
    `clean run: ${(clean.workMilliseconds / 1000).toFixed(1)} s of indexing after start-up; ` +
      `${counts.documents} documents, ${counts.chunks} chunks, ${counts.vectors} vectors; consistent: ${reference.report.consistent}`,
  );

  const results: TrialResult[] = [];
  for (let trial = 1; trial <= options.trials; trial += 1) {
    const dataDir = temporaryDirectory('crash-bench-trial');
    const result: TrialResult = { trial, kills: [], edited: trial % 2 === 0, unexplained: [], finalConsistent: false, sameChunks: false, checkExit: null };
    let originals = new Map<string, string>();
    for (let kill = 0; kill < 2; kill += 1) {
      // Even trials change some files between the kills: the second run must replace what the first wrote.
      if (kill === 1 && result.edited) originals = await editSome(files, random);
      const atMs = Math.round(random() * clean.workMilliseconds);
      const run = await runIndexer(dataDir, corpus, atMs);
      const state = await inspectAfterCrash(dataDir);
      result.kills.push({ atMs, killed: run.killed, state: describeState(state) });
      result.unexplained.push(...state.unexplained);
    }
    await restore(originals);
    const finished = await runIndexer(dataDir, corpus);
    const final = await inspectAfterCrash(dataDir);
    result.finalConsistent = finished.code === 0 && final.report.consistent;
    result.sameChunks = JSON.stringify(final.chunkIds) === JSON.stringify(reference.chunkIds);
    result.checkExit = runCheck(dataDir).code;
    results.push(result);
    await fs.rm(dataDir, { recursive: true, force: true });
    const kills = result.kills.map((kill) => `${kill.killed ? 'killed' : 'finished'} at ${kill.atMs} ms (${kill.state})`).join('; ');
    console.log(
      `trial ${trial}: ${kills}; final ${result.finalConsistent ? 'consistent' : 'NOT consistent'}, ` +
        `${result.sameChunks ? 'same chunks as clean' : 'DIFFERENT chunks'}, check exit ${result.checkExit}` +
        (result.unexplained.length ? `; UNEXPLAINED: ${result.unexplained.slice(0, 3).join('; ')}` : ''),
    );
  }

  const killed = results.flatMap((result) => result.kills).filter((kill) => kill.killed).length;
  const passed = results.filter(
    (result) => result.unexplained.length === 0 && result.finalConsistent && result.sameChunks && result.checkExit === 0,
  ).length;
  const table = markdownTable(
    ['trial', 'kill 1 (ms after start on files)', 'state after kill 1', 'files edited', 'kill 2', 'state after kill 2', 'unexplained', 'final', 'check exit'],
    results.map((result) => [
      result.trial,
      `${result.kills[0].atMs}${result.kills[0].killed ? '' : ' (finished first)'}`,
      result.kills[0].state,
      result.edited ? 'yes' : 'no',
      `${result.kills[1].atMs}${result.kills[1].killed ? '' : ' (finished first)'}`,
      result.kills[1].state,
      result.unexplained.length,
      result.finalConsistent && result.sameChunks ? 'consistent, same chunks' : 'FAILED',
      result.checkExit ?? 'none',
    ]),
  );
  const summary =
    `Corpus: ${files.length} distinct documents (${(bytes / 1e6).toFixed(1)} MB) from corpus/ with places, years and wording varied; ` +
    `a clean run indexes ${counts.chunks} chunks in ${(clean.workMilliseconds / 1000).toFixed(1)} s after start-up. ` +
    `${options.trials} trials, ${killed} SIGKILLs delivered mid-run (state column: documents in the store, ` +
    `documents not yet synced to keyword/vector, orphan entries). Outcome: ${passed}/${options.trials} trials recovered ` +
    `to a consistent state with exactly the clean run's chunk ids; differences after a kill that the next run would not ` +
    `repair: ${results.reduce((sum, result) => sum + result.unexplained.length, 0)}.`;
  console.log(`\n${summary}\n\n${table}`);
  if (options.record) {
    await appendReliabilityResult(
      `Crash trials, ${new Date().toISOString().slice(0, 10)}`,
      `npx tsx bench/crash.ts --trials ${options.trials} --copies ${options.copies} --seed ${options.seed}`,
      `${summary}\n\n${table}`,
    );
  }
  await fs.rm(cleanDir, { recursive: true, force: true });
  return passed === options.trials;
}

const program = new Command()
  .option('--trials <n>', 'trials (two kills each)', (value) => Number.parseInt(value, 10), 20)
  .option('--copies <n>', 'varied copies of each sample file', (value) => Number.parseInt(value, 10), 15)
  .option('--seed <n>', 'random seed for the corpus and the kill moments', (value) => Number.parseInt(value, 10), 1)
  .option('--no-record', 'do not append the results to docs/RELIABILITY.md')
  .parse(process.argv);

exitWithVerdict(main(program.opts<Options>()));

// Crash safety of `npm run index` and of the server taking uploads: many trials of SIGKILL at random moments.
// Indexing: a corpus big enough to take several seconds, each kill followed by a check that every difference is one
// the next run repairs, then a run to completion that must end consistent and hold exactly the chunks of a clean run.
// Uploads: the server killed while clients upload (and it indexes) documents, restarted, and checked: no acknowledged
// upload lost, nothing stored twice, the store and both indexes agreeing, no orphan or empty file in uploads/; then
// every file uploaded again must end where a clean run does. Results go to docs/RELIABILITY.md.
//   npx tsx bench/crash.ts [--trials 20] [--copies 15] [--upload-trials 20] [--upload-copies 2] [--large-megabytes 2]
//                          [--clients 2] [--seed 1] [--no-record]
import fs from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { temporaryDirectory } from '../test/helpers/environment';
import {
  acknowledged,
  type CrashState,
  inspectAfterCrash,
  inspectUploads,
  runCheck,
  runIndexer,
  uploadRun,
  type UploadTrial,
  uploadTrial,
  varyMinutes,
  writeVariedCorpus,
} from '../test/reliability/crash-harness';
import { largeMinutes } from '../test/helpers/large-minutes';
import { seededRandom } from '../test/helpers/random';
import { appendReliabilityResult, boundedNumber, exitWithVerdict, markdownTable } from './report';

interface Options {
  trials: number;
  copies: number;
  uploadTrials: number;
  uploadCopies: number;
  largeMegabytes: number;
  clients: number;
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

async function indexingTrials(options: Options, random: () => number): Promise<boolean> {
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
      `npx tsx bench/crash.ts --trials ${options.trials} --copies ${options.copies} --upload-trials 0 --seed ${options.seed}`,
      `${summary}\n\n${table}`,
    );
  }
  await fs.rm(cleanDir, { recursive: true, force: true });
  return passed === options.trials;
}

/** The files uploaded in every trial: varied copies of the samples, with a large document among them. */
async function uploadCorpus(options: Options, random: () => number): Promise<string[]> {
  const folder = path.join(temporaryDirectory('crash-bench-uploads'), 'minutes');
  const files = await writeVariedCorpus(folder, options.uploadCopies, random);
  if (options.largeMegabytes > 0) {
    const large = path.join(folder, 'large-minutes.txt');
    await fs.writeFile(large, largeMinutes(Math.round(options.largeMegabytes * 2 ** 20)));
    files.splice(Math.floor(files.length / 3), 0, large);
  }
  return files;
}

function describeUploadState(trial: UploadTrial): string {
  const { documents, unsyncedKeyword, unsyncedVector, vectors, orphanUploads } = trial.stateAfterKill;
  return `${documents} docs, ${unsyncedKeyword}/${unsyncedVector} unsynced, ${vectors} vectors saved, ${orphanUploads} orphan uploads`;
}

function uploadTrialPassed(trial: UploadTrial): boolean {
  return trial.unexplained.length === 0 && trial.afterRestart.length === 0 && trial.final.length === 0;
}

async function uploadTrials(options: Options, random: () => number): Promise<boolean> {
  const files = await uploadCorpus(options, random);
  const bytes = (await Promise.all(files.map((file) => fs.stat(file)))).reduce((sum, stat) => sum + stat.size, 0);
  const cleanDir = temporaryDirectory('crash-bench-uploads-clean');
  const clean = await uploadRun(cleanDir, files, options.clients);
  if (acknowledged(clean.answers).length !== files.length) throw new Error(`the clean upload run failed: ${JSON.stringify(clean.answers)}`);
  const reference = await inspectUploads(cleanDir, clean.answers);
  if (reference.problems.length > 0) throw new Error(`the clean upload run is not sound: ${reference.problems.join('; ')}`);
  const { counts } = reference.report;
  console.log(
    `clean upload run: ${files.length} files (${(bytes / 1e6).toFixed(1)} MB) in ${(clean.milliseconds / 1000).toFixed(1)} s; ` +
      `${counts.documents} documents, ${counts.chunks} chunks, ${counts.vectors} vectors`,
  );

  const trials: UploadTrial[] = [];
  for (let number = 1; number <= options.uploadTrials; number += 1) {
    const dataDir = temporaryDirectory('crash-bench-upload-trial');
    const trial = await uploadTrial(dataDir, files, options.clients, Math.round(random() * clean.milliseconds), reference);
    trials.push(trial);
    await fs.rm(dataDir, { recursive: true, force: true });
    const problems = [...trial.unexplained, ...trial.afterRestart, ...trial.final];
    console.log(
      `upload trial ${number}: ${trial.killed ? 'killed' : 'finished'} at ${trial.killAfterMs} ms ` +
        `(${trial.acknowledged} acknowledged, ${trial.unanswered} unanswered; ${describeUploadState(trial)}); ` +
        (problems.length ? `PROBLEMS: ${problems.slice(0, 3).join('; ')}` : 'restart and retries sound'),
    );
  }

  const killed = trials.filter((trial) => trial.killed).length;
  const passed = trials.filter(uploadTrialPassed).length;
  const table = markdownTable(
    ['trial', 'kill (ms after first upload)', 'acknowledged / unanswered', 'state after kill (before the restart)', 'after restart', 'retries (status: count)', 'final'],
    trials.map((trial, position) => [
      position + 1,
      `${trial.killAfterMs}${trial.killed ? '' : ' (finished first)'}`,
      `${trial.acknowledged} / ${trial.unanswered}`,
      describeUploadState(trial),
      trial.unexplained.length + trial.afterRestart.length === 0 ? 'nothing lost or doubled, consistent, no orphan or empty file' : 'FAILED',
      Object.entries(trial.retryStatuses).map(([status, count]) => `${status}: ${count}`).join(', '),
      trial.final.length === 0 ? 'same documents and counts as clean' : 'FAILED',
    ]),
  );
  const summary =
    `Uploads: ${files.length} files (${(bytes / 1e6).toFixed(1)} MB, one of them ${options.largeMegabytes} MB of generated minutes) ` +
    `posted to /api/documents by ${options.clients} clients at a time; a clean run answers them all in ` +
    `${(clean.milliseconds / 1000).toFixed(1)} s (${counts.documents} documents, ${counts.chunks} chunks, ${counts.vectors} vectors). ` +
    `${options.uploadTrials} trials, ${killed} SIGKILLs of the server while it indexed uploads; after each, the server was ` +
    `started (it syncs the indexes and removes orphan uploads) and stopped, the data folder checked, then every file ` +
    `uploaded again and the result compared with the clean run. Outcome: ${passed}/${options.uploadTrials} trials with no ` +
    `acknowledged upload lost, no document stored twice, the store and both indexes agreeing, no orphan or 0-byte file ` +
    `in uploads/, and the clean run's documents and counts after the retries.`;
  console.log(`\n${summary}\n\n${table}`);
  if (options.record) {
    await appendReliabilityResult(
      `Crash trials during uploads, ${new Date().toISOString().slice(0, 10)}`,
      `npx tsx bench/crash.ts --trials 0 --upload-trials ${options.uploadTrials} --upload-copies ${options.uploadCopies} ` +
        `--large-megabytes ${options.largeMegabytes} --clients ${options.clients} --seed ${options.seed}`,
      `${summary}\n\n${table}`,
    );
  }
  await fs.rm(cleanDir, { recursive: true, force: true });
  return passed === options.uploadTrials;
}

async function main(options: Options): Promise<boolean> {
  // One generator per kind, so either kind run alone repeats its kills.
  const indexing = options.trials > 0 ? await indexingTrials(options, seededRandom(options.seed)) : true;
  const uploads = options.uploadTrials > 0 ? await uploadTrials(options, seededRandom(options.seed)) : true;
  return indexing && uploads;
}

const program = new Command()
  .option('--trials <n>', 'indexing trials (two kills each; 0 for none)', boundedNumber(0, 1000, true), 20)
  .option('--copies <n>', 'varied copies of each sample file for the indexing trials', boundedNumber(1, 1000, true), 15)
  .option('--upload-trials <n>', 'upload trials (one kill of the server each; 0 for none)', boundedNumber(0, 1000, true), 20)
  .option('--upload-copies <n>', 'varied copies of each sample file to upload', boundedNumber(1, 100, true), 2)
  .option('--large-megabytes <n>', 'size of the large document among the uploads (0 for none)', boundedNumber(0, 19.9), 2)
  .option('--clients <n>', 'clients uploading at once', boundedNumber(1, 16, true), 2)
  .option('--seed <n>', 'random seed for the corpus and the kill moments', boundedNumber(0, 2 ** 31, true), 1)
  .option('--no-record', 'do not append the results to docs/RELIABILITY.md')
  .parse(process.argv);

exitWithVerdict(main(program.opts<Options>()));

// Peer benchmark (`npm run bench:peers`): the project's embedded keyword index beside MiniSearch, Orama and FlexSearch,
// in-process, on the same chunks and queries, each engine in a child process of its own so its memory is its own.
// Sizes: `sample` (corpus/ indexed now into a temporary folder by the project's indexer) and paragraph counts, read
// from <data-root>/server-<count>/minutes.sqlite, opened read-only. Appends one section per size to docs/BENCHMARKS.md.
// Usage: npm run bench:peers -- --sizes sample,100000,1000000 --data-root /work/main/data-bench
import { Command } from 'commander';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../core/config';
import { silentLogger } from '../core/logger';
import { indexPaths, silentReporter } from '../indexer/pipeline';
import { openStores } from '../indexer/stores/open';
import { ENGINE_NAMES, PEER_SETTINGS, type EngineName } from './peers/engines';
import { peerQueries } from './peers/queries';
import { engineTable, kindTable, zeroHitNotes, type SizeOutcomes } from './peers/report';
import { countStoredChunks } from './peers/stored-chunks';
import { superviseEngine, type Limits } from './peers/supervise';
import { appendBenchmark, boundedNumber, runWhenMain } from './report';

const SAMPLE = 'sample';

interface Options extends Limits {
  sizes: string[];
  engines: EngineName[];
  rounds: number;
  querySeconds: number;
  dataRoot: string;
  workDir: string;
  append: boolean;
}

function listOf<T extends string>(allowed: readonly T[] | null) {
  return (value: string): T[] => {
    const items = value.split(',').map((item) => item.trim()) as T[];
    const wrong = allowed ? items.filter((item) => !allowed.includes(item)) : [];
    if (wrong.length > 0) throw new Error(`unknown ${wrong.join(', ')}: expected some of ${allowed!.join(', ')}`);
    return items;
  };
}

/** corpus/ through the project's own indexer into a fresh data folder (the store only: no model is loaded). */
async function indexSampleCorpus(dataDir: string): Promise<void> {
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const stores = await openStores(config, silentLogger, { deferModel: true });
  try {
    await indexPaths([path.resolve(__dirname, '../corpus')], stores, config, silentReporter, { prune: false });
  } finally {
    await stores.close();
  }
}

async function dataFolderFor(size: string, options: Options): Promise<string> {
  if (size !== SAMPLE) return path.join(options.dataRoot, `server-${size}`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-peers-sample-'));
  await indexSampleCorpus(folder);
  return folder;
}

const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(' / ');

async function benchmarkSize(size: string, options: Options): Promise<void> {
  const dataDir = await dataFolderFor(size, options);
  const { chunks, paragraphs } = countStoredChunks(dataDir);
  const label = `${paragraphs.toLocaleString('en-GB')} paragraphs (${chunks.toLocaleString('en-GB')} chunks${size === SAMPLE ? ', corpus/' : ''})`;
  console.log(`${label}: ${dataDir}`);
  const loadBefore = loadAverage();
  const outcomes: SizeOutcomes = [];
  for (const engine of options.engines) {
    const job = { engine, dataDir, workDir: path.join(options.workDir, engine), rounds: options.rounds, querySeconds: options.querySeconds, judge: size === SAMPLE };
    const outcome = await superviseEngine(job, options, (line) => console.log(`  ${line}`));
    console.log(`  ${engine}: ${'failure' in outcome ? outcome.failure : 'measured'}`);
    outcomes.push({ engine, outcome });
  }
  if (size === SAMPLE) fs.rmSync(dataDir, { recursive: true, force: true });
  const table = engineTable(outcomes);
  console.log(table);
  console.log(kindTable(outcomes));
  if (!options.append) return;
  const { timed, judged } = peerQueries();
  await appendBenchmark({
    title: `Keyword engines side by side (embedded, MiniSearch, Orama, FlexSearch), ${label}`,
    command: `npm run bench:peers -- ${process.argv.slice(2).join(' ')}`.trim(),
    notes: [
      `Each engine in its own Node process: the chunks read from the store in batches of 5,000 and added (build s and build CPU s count the ` +
        `engine's own work, not the reads); one untimed pass over the ${timed.length} timed queries (zero hits are counted on it), then up to ` +
        `${options.rounds} timed passes, one query at a time, top 10, all within ${options.querySeconds} s (an engine that cannot end the first ` +
        `pass in that time is reported on the queries it answered). Heap and RSS: growth over the process before the build, after the queries and ` +
        `a full collection; the embedded index's SQLite page cache counts in its RSS, its file on disk does not. Limits: build ` +
        `${options.buildMinutes} min, ${options.memoryGb} GB resident. Load average (1/5/15 min) ${loadBefore} before the first engine.`,
      '',
      `Queries: bench/keyword.ts's mix without filters, sorts or exclusions, and the labelled queries of bench/eval-queries.json without filters; ` +
        (size === SAMPLE
          ? `nDCG@10 over all ${judged.length} labelled queries (the filtered ones too: peers' top 1,000 filtered by the harness), on each engine's top 10 chunks.`
          : 'no nDCG here: the labels name passages of corpus/, which the synthetic minutes repeat at random.'),
      '',
      ...ENGINE_NAMES.filter((engine) => options.engines.includes(engine)).map((engine) => `- ${engine}: ${PEER_SETTINGS[engine]}.`),
      '',
      ...zeroHitNotes(outcomes),
      '',
      kindTable(outcomes),
    ],
    table,
  });
}

async function main(): Promise<void> {
  const options = new Command()
    .option('--sizes <list>', `"${SAMPLE}" (corpus/) and paragraph counts with a data folder server-<count> under --data-root`, listOf(null), [SAMPLE])
    .option('--engines <list>', ENGINE_NAMES.join(','), listOf(ENGINE_NAMES), [...ENGINE_NAMES])
    .option('--rounds <n>', 'timed passes over the queries', boundedNumber(1, 1000, true), 10)
    .option('--query-seconds <n>', 'most seconds of timed queries per engine', boundedNumber(1, 3600, true), 180)
    .option('--build-minutes <n>', 'an engine still building after this long is stopped', boundedNumber(1, 600), 15)
    .option('--memory-gb <n>', 'an engine process resident above this is stopped', boundedNumber(1, 256), 12)
    .option('--data-root <folder>', 'holds server-<count> data folders (read only)', path.resolve('data-bench'))
    .option('--work-dir <folder>', 'where the embedded index is built (emptied)', path.join(os.tmpdir(), 'minutes-peers-work'))
    .option('--no-append', 'print the tables without appending to docs/BENCHMARKS.md')
    .parse()
    .opts<Options>();
  for (const size of options.sizes) await benchmarkSize(size, options);
}

runWhenMain(module, main);

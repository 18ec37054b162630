// Topic history against a plain search at scale: builds (or reuses) the synthetic data folder of bench/server.ts, then
// times the same subjects as a hybrid search of one page and as GET /api/topics' history (the passages of one window
// of candidates read and grouped), one at a time in-process. The target: a history within 2x a plain search.
// Usage: npx tsx bench/topics.ts --paragraphs 1000000 [--rounds 5]
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../core/config';
import { silentLogger } from '../core/logger';
import { syncIndexes } from '../indexer/index-sync';
import { openStores } from '../indexer/stores/open';
import { createSearchService } from '../server/search';
import { attributeLoader } from '../indexer/stores/vector/attribute-table';
import { fusionSettingsFor } from '../server/search/fusion-settings';
import { findTopicHistory } from '../server/topics/service';
import { appendBenchmark, boundedNumber, markdownTable, percentile, runWhenMain } from './report';
import { fill, progressLines } from './server';

export const SUBJECTS = ['police cadets', 'CCTV funding', 'the precept', 'traveller incursions', 'mental health', 'restorative justice', 'rural crime', 'domestic abuse'];

/** Wall-clock and CPU milliseconds of one request (CPU: the process's, user and system; the model's workers idle on a cached query). */
async function timed(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await run();
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** --paragraphs, --rounds and (bench/topics-http.ts) --whole, and the data folder of that many paragraphs (bench/server.ts's). */
export function topicBenchOptions(): { paragraphs: number; rounds: number; whole: boolean; dataDir: string } {
  const options = new Command()
    .option('--paragraphs <n>', 'synthetic paragraphs', boundedNumber(1_000, 5_000_000, true), 100_000)
    .option('--rounds <n>', 'rounds over the subjects', boundedNumber(1, 100, true), 5)
    .option('--whole', 'over HTTP: also time the whole history, as an export asks it', false)
    .parse()
    .opts<{ paragraphs: number; rounds: number; whole: boolean }>();
  return { ...options, dataDir: path.resolve(__dirname, `../data-bench/server-${options.paragraphs}`) };
}

async function main(): Promise<void> {
  const options = topicBenchOptions();
  const dataDir = options.dataDir;
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const fresh = !fs.existsSync(path.join(dataDir, 'minutes.sqlite'));
  const stores = await openStores(config, silentLogger);
  try {
    if (!stores.semantic.available) throw new Error(`semantic search unavailable: ${stores.semantic.reason}`);
    if (fresh) await fill(stores, options.paragraphs);
    await syncIndexes(stores, progressLines, { checkpoint: config.vectorCheckpoint });
    const search = createSearchService({ stores, config, logger: silentLogger, loadAttributes: attributeLoader(stores.store) });
    const minSimilarity = fusionSettingsFor(config.embedding.model).minAnswerSimilarity;
    const plain = (q: string) => search.search({ q, mode: 'hybrid', sort: 'relevance', limit: 10, offset: 0, filters: {} });
    const history = (q: string) => findTopicHistory({ q, mode: 'hybrid', filters: {} }, { search, minSimilarity });
    for (const subject of SUBJECTS) await Promise.all([plain(subject), history(subject)].map((run) => run.catch(() => undefined)));

    const searchMs: number[] = [];
    const historyMs: number[] = [];
    const searchCpuMs: number[] = [];
    const historyCpuMs: number[] = [];
    const meetings: number[] = [];
    const passagesRead: number[] = [];
    for (let round = 0; round < options.rounds; round += 1) {
      for (const subject of SUBJECTS) {
        const searched = await timed(() => plain(subject));
        searchMs.push(searched.wall);
        searchCpuMs.push(searched.cpu);
        const told = await timed(async () => {
          const found = await history(subject);
          meetings.push(found.meetings.length);
          passagesRead.push(found.passagesRead);
        });
        historyMs.push(told.wall);
        historyCpuMs.push(told.cpu);
      }
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const row = (name: string, wall: number[], cpu: number[]) => [name, percentile(wall, 50).toFixed(1), percentile(wall, 95).toFixed(1), percentile(cpu, 50).toFixed(1), mean(cpu).toFixed(1)];
    const ratio = (ofHistory: (values: number[]) => number, history: number[], search: number[]) => (ofHistory(history) / ofHistory(search)).toFixed(2);
    const table = markdownTable(
      ['request', 'p50 ms', 'p95 ms', 'CPU p50 ms', 'CPU mean ms'],
      [
        row('hybrid search, one page of 10', searchMs, searchCpuMs),
        row('topic history (one window of passages read, grouped)', historyMs, historyCpuMs),
        [
          'history / search',
          ratio((values) => percentile(values, 50), historyMs, searchMs),
          ratio((values) => percentile(values, 95), historyMs, searchMs),
          ratio((values) => percentile(values, 50), historyCpuMs, searchCpuMs),
          ratio(mean, historyCpuMs, searchCpuMs),
        ],
      ],
    );
    console.log(table);
    await appendBenchmark({
      title: `Topic history against a plain search, ${options.paragraphs.toLocaleString('en-GB')} synthetic paragraphs`,
      command: `EMBEDDING_MODEL_DIR=${process.env.EMBEDDING_MODEL_DIR ?? ''} EMBEDDING_MODEL=${config.embedding.model} npx tsx bench/topics.ts --paragraphs ${options.paragraphs} --rounds ${options.rounds}`,
      notes: [
        `${stores.store.stats().chunks.toLocaleString('en-GB')} chunks, model ${config.embedding.model}, keyword backend ${stores.keyword.backend}; ` +
          `${SUBJECTS.length} subjects × ${options.rounds} rounds, one request at a time in-process (no HTTP), after a warm-up round; ` +
          'CPU: the process\'s user and system time over each request, steadier than wall-clock on a shared machine; ' +
          `a history read ${Math.min(...passagesRead)}–${Math.max(...passagesRead)} passages and listed ${Math.min(...meetings)}–${Math.max(...meetings)} meetings. ` +
          'Target: history within 2× a plain search.',
      ],
      table,
    });
  } finally {
    await stores.close();
  }
}

runWhenMain(module, main);

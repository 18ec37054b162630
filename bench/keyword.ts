// Keyword benchmark: builds a keyword index from synthetic minutes, then times a fixed query mix.
// Usage: npx tsx bench/keyword.ts --paragraphs 100000 [--dir /tmp/keyword-bench] [--rounds 20] [--backend meilisearch]
// (the Meilisearch backend reads MEILI_URL and MEILI_API_KEY, and builds the index `<MEILI_INDEX>-bench`).
// Prints a table and appends it to docs/BENCHMARKS.md with the machine, date and command.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../core/config';
import { createEmbeddedKeywordIndex } from '../indexer/stores/keyword/sqlite-fts';
import { createMeilisearchKeywordIndex } from '../indexer/stores/keyword/meilisearch';
import type { KeywordIndex, KeywordQuery } from '../indexer/stores/keyword/types';
import type { Chunk } from '../core/types';
import { appendBenchmark, percentile, runWhenMain } from './report';
import { generateSyntheticChunks } from './synthetic';

/** Chunks per upsert: the embedded index writes each in one transaction; Meilisearch gets them all queued before one wait. */
const BATCH_SIZE = { embedded: 5_000, meilisearch: 50_000 };
const PROGRESS_EVERY = 100_000;

interface BenchQuery {
  kind: string;
  query: Omit<KeywordQuery, 'limit' | 'offset'>;
}

export const QUERY_MIX: BenchQuery[] = [
  { kind: 'word', query: { text: 'precept ' } },
  { kind: 'word', query: { text: 'cadets ' } },
  { kind: 'word', query: { text: 'police ' } },
  { kind: 'word', query: { text: 'victims ' } },
  { kind: 'word', query: { text: 'funding ' } },
  { kind: 'words', query: { text: 'mental health crisis ' } },
  { kind: 'words', query: { text: 'recruitment of new officers ' } },
  { kind: 'phrase', query: { text: '"community safety partnership"' } },
  { kind: 'phrase', query: { text: '"force control room"' } },
  { kind: 'phrase', query: { text: '"the commissioner explained"' } },
  { kind: 'typo', query: { text: 'comissioner ' } },
  { kind: 'typo', query: { text: 'domestc abuse ' } },
  { kind: 'typo', query: { text: 'inspectorete ' } },
  { kind: 'prefix', query: { text: 'safegu' } },
  { kind: 'prefix', query: { text: 'victim supp' } },
  { kind: 'prefix', query: { text: 'pre' } },
  { kind: 'acronym', query: { text: 'ASB ' } },
  { kind: 'acronym', query: { text: 'PCSO ' } },
  { kind: 'acronym', query: { text: 'anti-social behaviour ' } },
  { kind: 'excluded', query: { text: 'police -budget ' } },
  { kind: 'filtered', query: { text: 'police ', filters: { year: [2019] } } },
  { kind: 'filtered', query: { text: 'victims ', filters: { body: ['Kent and Medway Police and Crime Panel'] } } },
  { kind: 'filtered', query: { text: 'precept ', filters: { from: '2018-01-01', to: '2019-12-31', decisionsOnly: true } } },
  { kind: 'filtered', query: { text: 'commissioner ', filters: { speaker: ['The Commissioner'], kind: 'paragraph' } } },
  { kind: 'sorted', query: { text: 'funding ', sort: 'newest' } },
  { kind: 'sorted', query: { text: 'council ', sort: 'oldest' } },
  { kind: 'filters only', query: { text: '', filters: { year: [2024] }, sort: 'newest' } },
];


function directorySize(directory: string): number {
  return fs.readdirSync(directory).reduce((sum, name) => sum + fs.statSync(path.join(directory, name)).size, 0);
}

function loadAverage(): string {
  return os.loadavg().map((value) => value.toFixed(2)).join(' / ');
}


async function main(): Promise<void> {
  const options = new Command()
    .option('--paragraphs <n>', 'paragraph chunks to index', (value) => Number.parseInt(value, 10), 100_000)
    .option('--rounds <n>', 'times the query mix is run', (value) => Number.parseInt(value, 10), 20)
    .option('--dir <folder>', 'where the index is built (emptied first)', path.join(os.tmpdir(), 'minutes-search-keyword-bench'))
    .option('--reuse', 'search an index already built in --dir instead of rebuilding it')
    .option('--backend <name>', 'embedded, or meilisearch (MEILI_URL)', 'embedded')
    .parse()
    .opts<{ paragraphs: number; rounds: number; dir: string; reuse?: boolean; backend: 'embedded' | 'meilisearch' }>();
  const file = path.join(options.dir, 'keyword.sqlite');
  if (!options.reuse) fs.rmSync(options.dir, { recursive: true, force: true });
  const meili = loadConfig(process.env).meili;
  if (options.backend === 'meilisearch' && !meili) throw new Error('--backend meilisearch needs MEILI_URL (and MEILI_API_KEY)');
  const openIndex = (): KeywordIndex =>
    options.backend === 'meilisearch' && meili ? createMeilisearchKeywordIndex({ ...meili, index: `${meili.index}-bench` }) : createEmbeddedKeywordIndex({ file });
  const index = openIndex();
  if (!options.reuse && index.backend === 'meilisearch') await index.deleteChunks(await index.allIds());

  let indexSeconds = Number.NaN;
  let chunkCount = (await index.stats()).documents;
  if (!options.reuse) {
    const started = performance.now();
    let batch: Chunk[] = [];
    let paragraphs = 0;
    chunkCount = 0;
    for (const chunk of generateSyntheticChunks({ paragraphs: options.paragraphs, corpusDir: path.resolve('corpus') })) {
      batch.push(chunk);
      if (chunk.kind === 'paragraph') paragraphs += 1;
      if (batch.length === BATCH_SIZE[options.backend]) {
        await index.upsert(batch);
        chunkCount += batch.length;
        batch = [];
      }
      if (chunk.kind === 'paragraph' && paragraphs % PROGRESS_EVERY === 0) {
        console.log(`indexed ${paragraphs} paragraphs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    }
    await index.upsert(batch);
    chunkCount += batch.length;
    indexSeconds = (performance.now() - started) / 1000;
  }
  await index.close();
  const reopened = openIndex();
  const loadBeforeQueries = loadAverage();

  const latencies = new Map<string, number[]>();
  const totals = new Map<string, number>();
  for (let round = -1; round < options.rounds; round += 1) {
    for (const { kind, query } of QUERY_MIX) {
      const started = performance.now();
      const result = await reopened.search({ ...query, limit: 10, offset: 0 });
      const elapsed = performance.now() - started;
      // Round -1 warms the page cache and the in-memory vocabulary, titles and row attributes; it is not timed.
      if (round < 0) {
        totals.set(`${kind}: ${query.text}`, result.total);
        continue;
      }
      for (const key of [kind, 'all']) latencies.set(key, [...(latencies.get(key) ?? []), elapsed]);
    }
  }
  await reopened.close();

  const size = options.backend === 'embedded' ? directorySize(options.dir) : Number.NaN;
  const command = `npx tsx bench/keyword.ts ${process.argv.slice(2).join(' ')}`.trim();
  const table = [
    '| query kind | queries | p50 ms | p95 ms | p99 ms |',
    '|---|---|---|---|---|',
    ...[...latencies.entries()].map(
      ([kind, values]) => `| ${kind} | ${values.length} | ${[50, 95, 99].map((p) => percentile(values, p).toFixed(1)).join(' | ')} |`,
    ),
  ].join('\n');
  console.log(table);
  await appendBenchmark({
    title: `${options.backend === 'embedded' ? 'Embedded keyword index' : 'Meilisearch keyword backend'}, ${options.paragraphs.toLocaleString('en-GB')} paragraphs (${chunkCount.toLocaleString('en-GB')} chunks with item chunks)`,
    command,
    notes: [
      `Index time: ${Number.isNaN(indexSeconds) ? 'reused' : `${indexSeconds.toFixed(1)} s`} · size on disk: ${Number.isNaN(size) ? 'not measured (server)' : `${(size / 1024 ** 2).toFixed(0)} MB`} · ` +
        `${options.rounds} rounds of ${QUERY_MIX.length} queries (limit 10, with facets) · load average (1/5/15 min) ${loadBeforeQueries} before the queries.`,
      '',
      `Matches per query: ${[...totals.entries()].map(([query, total]) => `${query.trim()} → ${total}`).join('; ')}`,
    ],
    table,
  });
}

runWhenMain(module, main);

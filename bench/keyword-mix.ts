// Keyword search on a realistic query mix over an index already built (a data folder's keyword.sqlite, opened
// from a copy) or over the sample corpus, optionally beside a baseline copy of the code in the same process, the
// two asked in turn query by query so that load on a shared machine weighs on both alike.
// Usage: npx tsx bench/keyword-mix.ts (--file <keyword.sqlite> | --corpus) [--baseline <checkout>] [--rounds 10]
//        [--limit 10] [--kinds]
// Prints p50/p95/p99 per implementation (and per query kind with --kinds) and the CPU time of a search; nothing
// is appended: the results are written into docs/BENCHMARKS.md by hand, with the load average printed here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import type { KeywordIndex, KeywordQuery } from '../indexer/stores/keyword/types';
import { corpusChunks } from './corpus';
import { QUERY_MIX } from './keyword';
import { percentile, runWhenMain } from './report';

type Open = (options: { file: string }) => KeywordIndex;

interface MixQuery {
  kind: string;
  query: Omit<KeywordQuery, 'limit' | 'offset'>;
}

interface LabelledQuery {
  kind: string;
  q: string;
  filters?: KeywordQuery['filters'];
}

/** The benchmark's own mix, the 118 labelled queries as typed, and each labelled keyword query sorted newest first. */
export function realisticMix(): MixQuery[] {
  const labelled = (JSON.parse(fs.readFileSync(path.join(__dirname, 'eval-queries.json'), 'utf8')) as { queries: LabelledQuery[] }).queries;
  return [
    ...QUERY_MIX,
    ...labelled.map(({ kind, q, filters }) => ({ kind, query: { text: q, filters } })),
    ...labelled.filter(({ kind }) => kind === 'keyword').map(({ q }) => ({ kind: 'sorted', query: { text: `${q} `, sort: 'newest' as const } })),
  ];
}

function loadAverage(): string {
  return os.loadavg().map((value) => value.toFixed(2)).join(' / ');
}

async function openFrom(checkout: string, file: string): Promise<KeywordIndex> {
  const module = (await import(path.resolve(checkout, 'indexer/stores/keyword/sqlite-fts/index.ts'))) as { createEmbeddedKeywordIndex: Open };
  return module.createEmbeddedKeywordIndex({ file });
}

async function corpusIndexFile(): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'keyword-mix-'));
  const file = path.join(folder, 'keyword.sqlite');
  const index = await openFrom(path.resolve(__dirname, '..'), file);
  const chunks = await corpusChunks(path.resolve(__dirname, '../corpus'), 50 * 1024 ** 2);
  await index.upsert(chunks);
  await index.close();
  console.log(`sample corpus: ${chunks.length} chunks in ${file}`);
  return file;
}

function summary(values: number[]): string {
  return [50, 95, 99].map((p) => percentile(values, p).toFixed(3)).join(' | ');
}

async function main(): Promise<void> {
  const options = new Command()
    .option('--file <keyword.sqlite>', 'an embedded keyword index (searched as is: pass a copy)')
    .option('--corpus', 'index the sample corpus into a temporary folder and search that')
    .option('--baseline <checkout>', 'a copy of the code to compare against, in the same process')
    .option('--rounds <n>', 'times the mix is run', (value) => Number.parseInt(value, 10), 10)
    .option('--limit <n>', 'hits asked for (10: a page; 200: the hybrid window)', (value) => Number.parseInt(value, 10), 10)
    .option('--kinds', 'a row per query kind')
    .parse()
    .opts<{ file?: string; corpus?: boolean; baseline?: string; rounds: number; limit: number; kinds?: boolean }>();
  const file = options.corpus ? await corpusIndexFile() : options.file;
  if (!file) throw new Error('give --file <keyword.sqlite> or --corpus');
  const sides: Array<{ name: string; index: KeywordIndex }> = [{ name: 'this tree', index: await openFrom(path.resolve(__dirname, '..'), file) }];
  if (options.baseline) sides.push({ name: 'baseline', index: await openFrom(options.baseline, file) });
  const mix = realisticMix();
  const latencies = new Map<string, number[]>();
  // CPU time is summed as well: on a loaded machine a search's wall clock also counts the time it waited for a core.
  const cpuMicroseconds = new Map<string, number>();
  const cpuPerSearch = new Map<string, number[]>();
  const record = (key: string, elapsed: number) => latencies.set(key, [...(latencies.get(key) ?? []), elapsed]);
  console.log(`${mix.length} queries × ${options.rounds} rounds, limit ${options.limit}; load average before ${loadAverage()}`);
  for (let round = -1; round < options.rounds; round += 1) {
    for (const [position, { kind, query }] of mix.entries()) {
      // Alternating which side goes first keeps a warm cache from favouring one of them.
      const order = (round + position) % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        await side.index.search({ ...query, limit: options.limit, offset: 0 });
        const elapsed = performance.now() - started;
        const cpu = process.cpuUsage(cpuBefore);
        // Round -1 warms the page cache and what each index holds in memory; it is not timed.
        if (round < 0) continue;
        cpuMicroseconds.set(side.name, (cpuMicroseconds.get(side.name) ?? 0) + cpu.user + cpu.system);
        cpuPerSearch.set(side.name, [...(cpuPerSearch.get(side.name) ?? []), (cpu.user + cpu.system) / 1000]);
        record(`${side.name}\u0000all`, elapsed);
        if (options.kinds) record(`${side.name}\u0000${kind}`, elapsed);
      }
    }
  }
  console.log(`load average after ${loadAverage()}`);
  console.log('| code | query kind | searches | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|');
  for (const [key, values] of [...latencies].sort(([a], [b]) => a.localeCompare(b))) {
    const [name, kind] = key.split('\u0000');
    console.log(`| ${name} | ${kind} | ${values.length} | ${summary(values)} |`);
  }
  for (const side of sides) {
    const mean = ((cpuMicroseconds.get(side.name) ?? 0) / 1000 / (mix.length * options.rounds)).toFixed(3);
    console.log(`${side.name}: ${mean} ms of CPU per search (mean); CPU p50 | p95 | p99 ms: ${summary(cpuPerSearch.get(side.name) ?? [])}`);
  }
  for (const side of sides) await side.index.close();
}

runWhenMain(module, main);

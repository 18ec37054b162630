// Where one keyword search spends its time: the hybrid benchmark's queries (bench/server.ts) asked of an embedded
// keyword index as hybrid search asks them (a window of 200, the page's ten snippets read), under the V8 sampling
// profiler; each sample is put in the stage of the innermost keyword function it was in. With --baseline, a copy of
// the code is asked the same queries in turn in the same process, and its samples are told apart by file path.
// Usage: npx tsx bench/keyword-stages.ts --file <keyword.sqlite> [--baseline <checkout>] [--rounds 10] [--limit 200]
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { Command } from 'commander';
import type { KeywordIndex } from '../indexer/stores/keyword/types';
import { QUERIES } from './server';

/** Stages by the function a sample is in (the innermost one named here wins); the rest is "other keyword work". */
const STAGES: Array<{ stage: string; functions: string[] }> = [
  { stage: 'query plan (parse, synonyms, typos, completions, did you mean)', functions: ['planQuery', 'parseQuery'] },
  { stage: 'matches of each level, floor and sample (word bitmaps, FTS5 for date ranges)', functions: ['rowids', 'rowidsHoldingAtLeast', 'of'] },
  { stage: 'SQLite: candidate rows (ids, fields to score)', functions: ['candidates'] },
  { stage: 'BM25 in JavaScript', functions: ['scoreCandidates'] },
  { stage: 'total and facets', functions: ['facets', 'totalOf'] },
  { stage: 'snippets of the page', functions: ['highlightSnippet'] },
];
const OTHER = 'other keyword work (levels, ordering, hits)';
const SAMPLING_MICROSECONDS = 100;

type Open = (options: { file: string }) => KeywordIndex;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds per stage for the code under `root`, from the samples whose stack passes through its `search` or a snippet. */
function stagesOf(profile: Profile, root: string): Map<string, number> {
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const spent = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    let stage: string | null = null;
    let inSearch = false;
    for (let node = byId.get(id); node; node = parent.get(node.id)) {
      const { functionName, url } = node.callFrame;
      if (!url.includes(root)) continue;
      stage ??= STAGES.find((candidate) => candidate.functions.includes(functionName))?.stage ?? null;
      // Snippets are made when a hit's highlight is first read, after the search returned.
      if ((functionName === 'search' && url.endsWith('sqlite-fts/index.ts')) || functionName === 'highlightSnippet') inSearch = true;
    }
    if (inSearch) spent.set(stage ?? OTHER, (spent.get(stage ?? OTHER) ?? 0) + profile.timeDeltas[index] / 1000);
  });
  return spent;
}

async function openFrom(checkout: string, file: string): Promise<KeywordIndex> {
  const module = (await import(path.resolve(checkout, 'indexer/stores/keyword/sqlite-fts/index.ts'))) as { createEmbeddedKeywordIndex: Open };
  return module.createEmbeddedKeywordIndex({ file });
}

async function main(): Promise<void> {
  const options = new Command()
    .requiredOption('--file <keyword.sqlite>', 'an embedded keyword index (searched as is: pass a copy)')
    .option('--baseline <checkout>', 'a copy of the code to compare against, in the same process')
    .option('--rounds <n>', 'times the queries are run', (value) => Number.parseInt(value, 10), 10)
    .option('--limit <n>', 'hits asked for', (value) => Number.parseInt(value, 10), 200)
    .parse()
    .opts<{ file: string; baseline?: string; rounds: number; limit: number }>();
  const here = path.resolve(__dirname, '..');
  const sides = [{ name: 'this tree', root: here, index: await openFrom(here, options.file), wall: 0 }];
  if (options.baseline) sides.push({ name: 'baseline', root: path.resolve(options.baseline), index: await openFrom(options.baseline, options.file), wall: 0 });
  const searchOnce = async (index: KeywordIndex, query: string) => {
    const result = await index.search({ text: query, limit: options.limit, offset: 0 });
    for (const hit of result.hits.slice(0, 10)) void hit.highlight;
  };
  for (const side of sides) for (const query of QUERIES) await searchOnce(side.index, query); // lazy loads and JIT
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_MICROSECONDS });
  await session.post('Profiler.start');
  const loadBefore = os.loadavg()[0];
  for (let round = 0; round < options.rounds; round += 1) {
    for (const [position, query] of QUERIES.entries()) {
      for (const side of (round + position) % 2 === 0 ? sides : [...sides].reverse()) {
        const started = performance.now();
        await searchOnce(side.index, query);
        side.wall += performance.now() - started;
      }
    }
  }
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  const searches = options.rounds * QUERIES.length;
  console.log(`${searches} searches per side (limit ${options.limit}, ten snippets read); load average ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}`);
  const spent = sides.map((side) => stagesOf(profile, side.root));
  console.log(`| stage | ${sides.map((side) => `${side.name} ms per search`).join(' | ')} |\n|---|${sides.map(() => '---|').join('')}`);
  for (const stage of [...STAGES.map((entry) => entry.stage), OTHER]) {
    console.log(`| ${stage} | ${spent.map((stages) => ((stages.get(stage) ?? 0) / searches).toFixed(2)).join(' | ')} |`);
  }
  const sampled = spent.map((stages) => [...stages.values()].reduce((sum, value) => sum + value, 0) / searches);
  console.log(`| **keyword search, sampled** | ${sampled.map((value) => value.toFixed(2)).join(' | ')} |`);
  console.log(`| keyword search, wall clock | ${sides.map((side) => (side.wall / searches).toFixed(2)).join(' | ')} |`);
  for (const side of sides) await side.index.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

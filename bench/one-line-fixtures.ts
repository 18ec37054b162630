// `npx tsx bench/one-line-fixtures.ts [MB] [--append]`: each sample and layout fixture flattened onto one line (its white
// space collapsed, as a PDF or a page copied without its line breaks gives it) and repeated to MB megabytes (default 12),
// then parsed and chunked by the compiled build. A document of megabytes on one line is where a Unicode pattern's `(.+)$`
// overflowed the stack (from about 5 MB) and where work done from each label or "held" to the line's end grew with the
// square of the line: it lists each document's speed, flags those under 20 MB/s, and any that failed. Each document runs in
// a child process of its own, so a crash or a hang is reported and the rest still run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { chunkMeetings as ChunkMeetings } from '../indexer/chunk';
import type { parseMinutes as ParseMinutes } from '../indexer/parse';
import { appendBenchmark, markdownTable } from './report';

const MEGABYTE = 1024 * 1024;
const FOLDERS = [path.resolve(__dirname, '../corpus'), path.resolve(__dirname, '../test/fixtures/layouts')];
const TARGET_MB_PER_SECOND = 20;
const TIME_LIMIT_MS = 300_000;

/** Parses one file flattened and grown to `megabytes` (in the child process), printing its speed in MB/s of CPU time. */
function measureOne(file: string, megabytes: number): void {
  const compiled = (module: string) => path.resolve(__dirname, '../dist', `${module}.js`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled module, as npm run index runs it
  const { parseMinutes } = require(compiled('indexer/parse/index')) as { parseMinutes: typeof ParseMinutes };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled module, as npm run index runs it
  const { chunkMeetings } = require(compiled('indexer/chunk')) as { chunkMeetings: typeof ChunkMeetings };
  const line = fs.readFileSync(file, 'utf8').replace(/\s+/g, ' ');
  const text = line.repeat(Math.ceil((megabytes * MEGABYTE) / line.length)).slice(0, megabytes * MEGABYTE);
  const started = process.cpuUsage();
  chunkMeetings(parseMinutes({ text, format: 'text', file: path.basename(file), documentId: 'one-line' }).meetings);
  const cpu = process.cpuUsage(started);
  console.log(((text.length / MEGABYTE) / ((cpu.user + cpu.system) / 1e6)).toFixed(1));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one') return measureOne(args[1], Number(args[2]));
  if (!fs.existsSync(path.resolve(__dirname, '../dist/indexer/parse/index.js'))) throw new Error('expected the compiled build in dist/: run npm run build:server first');
  const megabytes = Number(args.find((arg) => !arg.startsWith('--')) ?? 12);
  const files = FOLDERS.flatMap((folder) =>
    fs
      .readdirSync(folder)
      .filter((name) => /\.(txt|md|html)$/.test(name) && !name.startsWith('README'))
      .map((name) => path.join(folder, name)),
  );
  const results = files.map((file, index) => {
    const run = spawnSync(process.execPath, [...process.execArgv, __filename, '--one', file, String(megabytes)], { encoding: 'utf8', timeout: TIME_LIMIT_MS });
    const speed = Number(run.stdout.trim().split('\n').at(-1));
    const failure = run.status === 0 && Number.isFinite(speed) ? null : (run.stderr.match(/^\w*Error.*$/m)?.[0] ?? `exit ${run.status ?? run.signal}`);
    console.log(`${index + 1}/${files.length} ${path.basename(file)}: ${failure ?? `${speed} MB/s`}`);
    return { name: path.basename(file), speed, failure };
  });
  const slow = results.filter((result) => result.failure !== null || result.speed < TARGET_MB_PER_SECOND).sort((a, b) => (a.failure ? -1 : b.failure ? 1 : a.speed - b.speed));
  const speeds = results.filter((result) => result.failure === null).map((result) => result.speed).sort((a, b) => a - b);
  const summary = `${results.length} documents at ${megabytes} MB on one line: ${results.length - speeds.length} failed; median ${speeds[Math.floor(speeds.length / 2)]} MB/s, slowest ${speeds[0]} MB/s; ${slow.length} under ${TARGET_MB_PER_SECOND} MB/s`;
  console.log(summary);
  if (!args.includes('--append')) return;
  await appendBenchmark({
    title: `Each sample and layout fixture on one line, ${megabytes} MB`,
    command: `npx tsx bench/one-line-fixtures.ts ${megabytes} --append`,
    notes: [`${summary} (MB/s of CPU time, compiled build).`],
    table: markdownTable(['document', 'MB/s or failure'], slow.map((result) => [result.name, result.failure ?? result.speed.toFixed(1)])),
  });
}

void main();

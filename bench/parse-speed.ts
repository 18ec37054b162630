// `npm run bench:parse`: parsing and chunking speed (MB/s) on large documents made from corpus/ and the layout
// fixtures: a 20 MB document with its line breaks, the same text on one single line, the layout fixtures alone (a
// pack of thousands of short meetings), and the published minutes of corpus/ alone, with their line breaks and on one line. Each is run three times and the median run reported (the machine is shared:
// one lucky run says little). Then each fixture alone, repeated to 0.5 and 2 MB, with its line breaks and on one line:
// a time growing more than 4x is work that grows faster than the document (a copy of the lines before each meeting
// made packs quadratic; a list's labels each read to the end of a one-line document made it so). Appends to
// docs/BENCHMARKS.md.
// The parser measured is the compiled one in dist/ (the script builds it first), as `npm run index` and `npm start`
// run it: tsx's transform of the sources reads every function one module takes from another through a getter, which
// made the same parse about a quarter slower.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { chunkMeetings as ChunkMeetings } from '../indexer/chunk';
import type { parseMinutes as ParseMinutes } from '../indexer/parse';
import type { SourceFormat } from '../core/types';
import { appendBenchmark, markdownTable } from './report';
import { compileRegExpsAtFirstUse } from '../core/regexp-engine';

/** A module of the compiled build, as the indexer's command runs it. */
function compiled<T>(module: string): T {
  const file = path.resolve(__dirname, '../dist', `${module}.js`);
  if (!fs.existsSync(file)) throw new Error(`expected the compiled ${file}: run npm run build:server first (npm run bench:parse does)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled module, not the source tsx would load
  return require(file) as T;
}

const { parseMinutes } = compiled<{ parseMinutes: typeof ParseMinutes }>('indexer/parse/index');
const { chunkMeetings } = compiled<{ chunkMeetings: typeof ChunkMeetings }>('indexer/chunk');

const MEGABYTE = 1024 * 1024;
const SIZE_MB = Number(process.argv[2] ?? 20);
const RUNS = 3;

const FOLDERS = [path.resolve(__dirname, '../corpus'), path.resolve(__dirname, '../test/fixtures/layouts')];

function textFiles(folders: string[], extensions: RegExp): string[] {
  return folders.flatMap((folder) =>
    fs
      .readdirSync(folder)
      .filter((name) => extensions.test(name) && !name.startsWith('README'))
      .map((name) => path.join(folder, name)),
  );
}

function sourceText(folders: string[]): string {
  return textFiles(folders, /\.(txt|md)$/)
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n\n');
}

function repeatedTo(text: string, megabytes: number): string {
  return text.repeat(Math.ceil((megabytes * MEGABYTE) / text.length)).slice(0, megabytes * MEGABYTE);
}

interface Run {
  parseSeconds: number;
  chunkSeconds: number;
  /** The process's CPU time (user and system) for the parse and chunking: on a machine shared with other work, what the code itself took. */
  cpuSeconds: number;
  chunks: number;
}

function measure(text: string, format: SourceFormat = 'text'): Run {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const { meetings } = parseMinutes({ text, format, file: 'bench.txt', documentId: 'bench' });
  const parsed = performance.now();
  const chunks = chunkMeetings(meetings);
  const chunked = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  return { parseSeconds: (parsed - started) / 1000, chunkSeconds: (chunked - parsed) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, chunks: chunks.length };
}

const GROWTH_MB = [0.5, 2] as const;

function formatOf(file: string): SourceFormat {
  if (file.endsWith('.md')) return 'markdown';
  return file.endsWith('.html') ? 'html' : 'text';
}

/** The fixtures (with their line breaks, or run onto `oneLine`) whose parse and chunk time grows most with their size, worst first. */
function growthRows(oneLine: boolean): string[][] {
  const rows = textFiles(FOLDERS, /\.(txt|md|html)$/).map((file) => {
    const read = fs.readFileSync(file, 'utf8');
    const text = oneLine ? read.replace(/\s+/g, ' ') : read;
    const format = formatOf(file);
    const [small, large] = GROWTH_MB.map((megabytes) => repeatedTo(text, megabytes));
    const seconds = (run: Run) => run.parseSeconds + run.chunkSeconds;
    measure(small, format);
    const smallMs = seconds(measure(small, format)) * 1000;
    const largeMs = seconds(measure(large, format)) * 1000;
    return { file: path.basename(file), smallMs, largeMs, growth: largeMs / smallMs };
  });
  const worst = rows.sort((a, b) => b.growth - a.growth).slice(0, 5);
  const lines = oneLine ? 'one line' : 'line breaks kept';
  for (const row of worst) console.log(`growth ${row.growth.toFixed(1)}x (${lines}): ${row.file}`);
  return worst.map((row) => [row.file, lines, row.smallMs.toFixed(0), row.largeMs.toFixed(0), row.growth.toFixed(1)]);
}

async function main(): Promise<void> {
  // As npm run index and npm start run the parser.
  compileRegExpsAtFirstUse();
  const multiLine = repeatedTo(sourceText(FOLDERS), SIZE_MB);
  // The published minutes alone: a year of a council's minutes in one file is so made (meetings of tens of kilobytes),
  // where the fixtures are hundreds of meetings of a few kilobytes, each header read by every header rule.
  const published = repeatedTo(sourceText(FOLDERS.slice(0, 1)), SIZE_MB);
  const documents: [string, string][] = [
    ['many lines', multiLine],
    ['one line', multiLine.replace(/\s+/g, ' ')],
    ['layout fixtures alone (many short meetings)', repeatedTo(sourceText(FOLDERS.slice(1)), SIZE_MB)],
    ['published minutes alone (corpus/), many lines', published],
    ['published minutes alone (corpus/), one line', published.replace(/\s+/g, ' ')],
  ];
  const loadBefore = os.loadavg()[0].toFixed(1);
  const rows = documents.map(([name, text]) => {
    const runs = Array.from({ length: RUNS }, () => measure(text));
    const seconds = (run: (typeof runs)[number]) => run.parseSeconds + run.chunkSeconds;
    const median = [...runs].sort((a, b) => seconds(a) - seconds(b))[Math.floor(RUNS / 2)];
    const megabytes = Buffer.byteLength(text) / MEGABYTE;
    const speeds = runs.map((run) => (megabytes / seconds(run)).toFixed(1));
    const cpuSpeed = (megabytes / Math.min(...runs.map((run) => run.cpuSeconds))).toFixed(1);
    console.log(`${name}: ${megabytes.toFixed(1)} MB, median ${seconds(median).toFixed(2)} s (${(megabytes / seconds(median)).toFixed(1)} MB/s); runs ${speeds.join(', ')} MB/s; ${cpuSpeed} MB/s of CPU time`);
    return [name, megabytes.toFixed(1), median.parseSeconds.toFixed(2), median.chunkSeconds.toFixed(2), median.chunks, (megabytes / seconds(median)).toFixed(1), speeds.join(', '), cpuSpeed];
  });
  const growth = [...growthRows(false), ...growthRows(true)];
  await appendBenchmark({
    title: `Parsing and chunking speed, ${SIZE_MB} MB documents (compiled build)`,
    command: `npm run bench:parse -- ${SIZE_MB}`,
    notes: [
      `Text: corpus/ and test/fixtures/layouts/ text files repeated to ${SIZE_MB} MB, parsed by the compiled build in dist/ (as npm run index runs it); the median of ${RUNS} runs (each run's speed listed). ` +
        `Load average ${loadBefore} (1 min) at the start of the run. ` +
        'MB/s of CPU time: the size over the least CPU time (user and system) of the runs, which other work on a shared machine slows less than the clock.',
    ],
    table: [
      markdownTable(['document', 'MB', 'parse s', 'chunk s', 'chunks', 'MB/s (median)', 'MB/s (runs)', 'MB/s of CPU time'], rows),
      '',
      `Each text fixture repeated to ${GROWTH_MB[0]} MB and to ${GROWTH_MB[1]} MB (its own format), with its line breaks and run onto one line; the five of each whose time grew most (${GROWTH_MB[1] / GROWTH_MB[0]}.0 is linear):`,
      '',
      markdownTable(['document', 'lines', `${GROWTH_MB[0]} MB ms`, `${GROWTH_MB[1]} MB ms`, 'growth'], growth),
    ].join('\n'),
  });
}

void main();

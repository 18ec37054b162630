// `npm run bench:parse`: parsing and chunking speed (MB/s) on large documents made from corpus/ and the layout
// fixtures: a 20 MB document with its line breaks, and the same text on one single line. Each is run three times and
// the median run reported (the machine is shared: one lucky run says little). Appends to docs/BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chunkMeetings } from '../indexer/chunk';
import { parseMinutes } from '../indexer/parse';
import { appendBenchmark, markdownTable } from './report';

const MEGABYTE = 1024 * 1024;
const SIZE_MB = Number(process.argv[2] ?? 20);
const RUNS = 3;

function sourceText(): string {
  const folders = [path.resolve(__dirname, '../corpus'), path.resolve(__dirname, '../test/fixtures/layouts')];
  return folders
    .flatMap((folder) => fs.readdirSync(folder).filter((name) => /\.(txt|md)$/.test(name) && !name.startsWith('README')).map((name) => path.join(folder, name)))
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n\n');
}

function measure(text: string): { parseSeconds: number; chunkSeconds: number; chunks: number } {
  const started = performance.now();
  const { meetings } = parseMinutes({ text, format: 'text', file: 'bench.txt', documentId: 'bench' });
  const parsed = performance.now();
  const chunks = chunkMeetings(meetings);
  const chunked = performance.now();
  return { parseSeconds: (parsed - started) / 1000, chunkSeconds: (chunked - parsed) / 1000, chunks: chunks.length };
}

async function main(): Promise<void> {
  const source = sourceText();
  const multiLine = source.repeat(Math.ceil((SIZE_MB * MEGABYTE) / source.length)).slice(0, SIZE_MB * MEGABYTE);
  const documents: [string, string][] = [
    ['many lines', multiLine],
    ['one line', multiLine.replace(/\s+/g, ' ')],
  ];
  const loadBefore = os.loadavg()[0].toFixed(1);
  const rows = documents.map(([name, text]) => {
    const runs = Array.from({ length: RUNS }, () => measure(text));
    const seconds = (run: (typeof runs)[number]) => run.parseSeconds + run.chunkSeconds;
    const median = [...runs].sort((a, b) => seconds(a) - seconds(b))[Math.floor(RUNS / 2)];
    const megabytes = Buffer.byteLength(text) / MEGABYTE;
    const speeds = runs.map((run) => (megabytes / seconds(run)).toFixed(1));
    console.log(`${name}: ${megabytes.toFixed(1)} MB, median ${seconds(median).toFixed(2)} s (${(megabytes / seconds(median)).toFixed(1)} MB/s); runs ${speeds.join(', ')} MB/s`);
    return [name, megabytes.toFixed(1), median.parseSeconds.toFixed(2), median.chunkSeconds.toFixed(2), median.chunks, (megabytes / seconds(median)).toFixed(1), speeds.join(', ')];
  });
  await appendBenchmark({
    title: `Parsing and chunking speed, ${SIZE_MB} MB documents`,
    command: `npm run bench:parse -- ${SIZE_MB}`,
    notes: [
      `Text: corpus/ and test/fixtures/layouts/ text files repeated to ${SIZE_MB} MB; the median of ${RUNS} runs (each run's speed listed). ` +
        `Load average ${loadBefore} (1 min) at the start of the run.`,
    ],
    table: markdownTable(['document', 'MB', 'parse s', 'chunk s', 'chunks', 'MB/s (median)', 'MB/s (runs)'], rows),
  });
}

void main();

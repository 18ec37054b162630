// `npx tsx bench/parse-shapes.ts [shape…]`: extreme but real shapes of minutes (one meeting of 50,000 items, a
// paragraph of megabytes with no sentence end, a line of base64, thousands of names, form-feed pages, an HTML table of
// 50,000 rows, nesting thousands deep, …), each grown to 0.25, 1 and 4 MB and taken through the indexer's own path
// (reader, parse, chunk). Each shape runs in a child process of its own with a time limit, so a hang or a crash is
// reported and the others still run. A shape is flagged when its time grows more than 6x from 1 to 4 MB (4.0 is
// linear), when a size takes over 2 s of CPU a MB, or when it fails. With `--append` the table goes to docs/BENCHMARKS.md.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { chunkMeetings } from '../indexer/chunk';
import { parseMinutes } from '../indexer/parse';
import { readDocument } from '../indexer/readers';
import { appendBenchmark, markdownTable } from './report';

const MEGABYTE = 1024 * 1024;
const SIZES_MB = [0.25, 1, 4] as const;
const SHAPE_TIME_LIMIT_MS = 240_000;
/** A size slower than this many seconds a MB is flagged, and bigger sizes are not tried. */
const SLOW_SECONDS_PER_MB = 2;
/** Time from 1 to 4 MB growing more than this is flagged (4 is linear; the machine is shared, so some slack). */
const GROWTH_LIMIT = 6;

/** A small deterministic source of choices, so every run builds the same documents. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = (
  'the committee considered report from officer regarding proposed changes to parking arrangements along high street and ' +
  'members discussed impact on local businesses residents visitors during summer months councillor asked whether ' +
  'consultation had included traders association clerk confirmed that letters were sent to every property affected ' +
  'budget allocation for highways maintenance footpath repairs village hall roof playground equipment grant funding'
).split(' ');
const SURNAMES = ['Ashworth', 'Brennan', 'Chowdhury', 'Dalgleish', 'Evans', 'Fairbairn', 'Gallagher', 'Hussain', 'Iqbal', 'Jarvis', 'Kowalski', 'Lindqvist', 'McAllister', 'Nwosu', 'Okafor', 'Pemberton'];
const FORENAMES = ['Alison', 'Bernard', 'Ceri', 'Deborah', 'Emeka', 'Fiona', 'Gareth', 'Helen', 'Imran', 'Joanna', 'Kieran', 'Lorna', 'Marek', 'Niamh', 'Owen', 'Priya'];

function words(random: () => number, count: number): string {
  return Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

function sentence(random: () => number): string {
  const text = words(random, 8 + Math.floor(random() * 14));
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** A name of letters only (as names are), different for each index: "Fiona Evans-Qbac". */
function person(random: () => number, index: number): string {
  let letters = '';
  for (let rest = index; letters === '' || rest > 0; rest = Math.floor(rest / 26)) letters = String.fromCharCode(97 + (rest % 26)) + letters;
  return `${FORENAMES[Math.floor(random() * FORENAMES.length)]} ${SURNAMES[index % SURNAMES.length]}-Q${letters}`;
}

const HEADER = 'Minutes of the meeting of the Finance and Resources Committee held on Tuesday 3 March 2026 at 7.00 pm in the Council Chamber, Town Hall\n\nPresent: Councillor A Ashworth (Chair), Councillor B Brennan, Councillor C Chowdhury\n\nApologies: Councillor D Dalgleish\n\n';

/** Lines appended until the text reaches `bytes`. */
function grown(bytes: number, start: string, next: (index: number) => string, end = ''): string {
  const parts = [start];
  let length = start.length + end.length;
  for (let index = 1; length < bytes; index += 1) {
    const part = next(index);
    parts.push(part);
    length += part.length;
  }
  parts.push(end);
  return parts.join('');
}

function wrapped(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width && line !== '') {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** A shape: the file's name (its extension picks the reader) and its bytes at a size. */
export interface Shape {
  name: string;
  file: string;
  /** Overrides the format the reader gives (the text of a PDF takes the text reader's way here). */
  format?: 'pdf';
  build(bytes: number): string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export const SHAPES: Shape[] = [
  {
    name: 'one meeting, many items',
    file: 'items.txt',
    build: (bytes) => {
      const random = seeded(1);
      return grown(bytes, HEADER, (index) => `${index}. ${words(random, 4).replace(/^./, (c) => c.toUpperCase())}\n\n${sentence(random)} ${sentence(random)}\n\nRESOLVED that the report be noted.\n\n`);
    },
  },
  {
    name: 'a paragraph with no sentence end, one line',
    file: 'paragraph.txt',
    build: (bytes) => {
      const random = seeded(2);
      return grown(bytes, `${HEADER}1. Public participation\n\n`, () => `${words(random, 50)} `, '\n');
    },
  },
  {
    name: 'a paragraph with no sentence end, wrapped',
    file: 'paragraph-wrapped.txt',
    build: (bytes) => {
      const random = seeded(3);
      return `${HEADER}1. Public participation\n\n${wrapped(grown(bytes, '', () => `${words(random, 50)} `).trim(), 76)}\n`;
    },
  },
  {
    name: 'a paragraph with no sentence end, as PDF text',
    file: 'paragraph-pdf.txt',
    format: 'pdf',
    build: (bytes) => {
      const random = seeded(3);
      return `${HEADER}1. Public participation\n\n${wrapped(grown(bytes, '', () => `${words(random, 50)} `).trim(), 76).replace(/\n/g, ' \n')}\n`;
    },
  },
  {
    name: 'a line of base64 with no space',
    file: 'base64.txt',
    build: (bytes) => {
      const random = seeded(4);
      return grown(bytes, `${HEADER}1. Correspondence\n\nThe attachment read:\n\n`, () => BASE64[Math.floor(random() * 64)].repeat(1) + BASE64.slice(0, 63), '\n\n2. Close\n\nThe meeting closed.\n');
    },
  },
  {
    name: 'a line of dots and words (regex bait)',
    file: 'dots.txt',
    build: (bytes) => {
      const random = seeded(5);
      return grown(bytes, `${HEADER}1. Schedule\n\n`, () => `${words(random, 3)}.......${WORDS[Math.floor(random() * WORDS.length)]}:`, '\n');
    },
  },
  {
    name: 'movers and seconders, no full stop',
    file: 'motions.txt',
    build: (bytes) => {
      const random = seeded(22);
      return grown(bytes, `${HEADER}1. Planning applications\n\n`, (index) => `application 26/${index} ${words(random, 4)} proposed by Councillor ${SURNAMES[index % 16]} seconded by Councillor ${SURNAMES[(index + 3) % 16]} and lost\n`);
    },
  },
  {
    name: 'wide columns: runs of thousands of spaces',
    file: 'columns.txt',
    format: 'pdf',
    build: (bytes) => {
      const random = seeded(23);
      return grown(bytes, HEADER, (index) => `${index}. ${words(random, 3)}${' '.repeat(4000)}${words(random, 3)}${' '.repeat(4000)}on 5 March at 7pm\n\n`);
    },
  },
  {
    name: 'attendance of many names, one a line',
    file: 'attendance-lines.txt',
    build: (bytes) => {
      const random = seeded(6);
      return grown(bytes, 'Minutes of the Annual Parish Assembly held on 14 April 2026\n\nPresent:\n', (index) => `Councillor ${person(random, index)}\n`, '\n1. Welcome\n\nThe Chair welcomed everyone.\n');
    },
  },
  {
    name: 'attendance of many names, one line',
    file: 'attendance-line.txt',
    build: (bytes) => {
      const random = seeded(7);
      return grown(bytes, 'Minutes of the Annual Parish Assembly held on 14 April 2026\n\nPresent: ', (index) => `Councillor ${person(random, index)}, `, 'Councillor Z Last\n\n1. Welcome\n\nThe Chair welcomed everyone.\n');
    },
  },
  {
    name: 'attendance of many names, wrapped',
    file: 'attendance-wrapped.txt',
    build: (bytes) => {
      const random = seeded(24);
      const names = grown(bytes, 'Present: ', (index) => `Councillor ${person(random, index)} (Ward ${index}), `, 'Councillor Z Last');
      return `Minutes of the Annual Parish Assembly held on 14 April 2026\n\n${wrapped(names, 76)}\n\n1. Welcome\n\nThe Chair welcomed everyone.\n`;
    },
  },
  {
    name: 'attendance labels run on in one line',
    file: 'attendance-labels.txt',
    build: (bytes) => {
      const random = seeded(25);
      return grown(bytes, 'Minutes of the Annual Parish Assembly held on 14 April 2026\n\nPresent: ', (index) => `Councillor ${person(random, index)}. Also present: Mr ${person(random, index + 1)}. Officers: Mrs ${person(random, index + 2)} (Clerk). `, '\n\n1. Welcome\n\nThe Chair welcomed everyone.\n');
    },
  },
  {
    name: 'names said in the minutes (known speakers)',
    file: 'speakers.txt',
    build: (bytes) => {
      const random = seeded(8);
      const names = Array.from({ length: 2000 }, (_, index) => `Councillor ${person(random, index)}`);
      const surname = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
      return grown(bytes, `Minutes of the Council meeting held on 14 April 2026\n\nPresent: ${names.join(', ')}\n\n1. Questions\n\n`, (index) => `${index % 2 === 0 ? names[index % 2000] : surname(names[index % 2000])} said that ${words(random, 12)}.\n\n`);
    },
  },
  {
    name: 'numbered paragraphs 1.1.1.1',
    file: 'numbered.txt',
    build: (bytes) => {
      const random = seeded(9);
      return grown(bytes, HEADER, (index) => `${1 + Math.floor(index / 1000)}.${1 + (Math.floor(index / 100) % 10)}.${1 + (Math.floor(index / 10) % 10)}.${1 + (index % 10)} ${sentence(random)}\n`);
    },
  },
  {
    name: 'form-feed pages with a running header',
    file: 'pages.txt',
    build: (bytes) => {
      const random = seeded(10);
      return grown(bytes, HEADER, (index) => `Finance and Resources Committee – 3 March 2026\n\n${index}. ${words(random, 3)}\n${sentence(random)}\n\nPage ${index}\n\f`);
    },
  },
  {
    name: 'RESOLVED lines in a row',
    file: 'resolved.txt',
    build: (bytes) => {
      const random = seeded(11);
      return grown(bytes, `${HEADER}1. Planning applications\n\n`, (index) => `RESOLVED that application 26/${index} ${words(random, 6)} be approved.\n`);
    },
  },
  {
    name: 'Title Case lines, no sentences',
    file: 'title-case.txt',
    build: (bytes) => {
      const random = seeded(12);
      return grown(bytes, HEADER, () => `${words(random, 4).replace(/\b\w/g, (c) => c.toUpperCase())}\n`);
    },
  },
  {
    name: 'CRLF, form feeds and no-break spaces',
    file: 'crlf.txt',
    build: (bytes) => {
      const random = seeded(13);
      return grown(bytes, HEADER.replace(/\n/g, '\r\n'), (index) => `${index}.\u00a0${words(random, 3)}\r\n\r\n${sentence(random).replace(/ /g, index % 3 === 0 ? '\u00a0' : ' ')}\r\n\r\n${index % 20 === 0 ? '\f' : ''}`);
    },
  },
  {
    name: 'HTML table of many rows',
    file: 'table.html',
    build: (bytes) => {
      const random = seeded(14);
      return grown(bytes, '<html><body><h1>Minutes of the Planning Committee, 3 March 2026</h1><h2>1. Applications</h2><table>', (index) => `<tr><td>26/${index}</td><td>${words(random, 5)}</td><td>Approved</td></tr>\n`, '</table></body></html>');
    },
  },
  {
    name: 'HTML divs nested deeper with size',
    file: 'nested.html',
    build: (bytes) => {
      const depth = Math.floor(bytes / 21);
      return `<html><body><h1>Minutes of the Planning Committee, 3 March 2026</h1>${'<div class="x">'.repeat(depth)}<p>The meeting closed.</p>${'</div>'.repeat(depth)}</body></html>`;
    },
  },
  {
    name: 'HTML lists nested 5000 deep, repeated',
    file: 'lists.html',
    build: (bytes) => {
      const random = seeded(15);
      const nested = (depth: number) => `${'<ul><li>'.repeat(depth)}${words(random, 4)}${'</li></ul>'.repeat(depth)}`;
      return grown(bytes, '<html><body><h1>Minutes of the Planning Committee, 3 March 2026</h1>', (index) => `<h2>${index}. Item</h2>${nested(5000)}`, '</body></html>');
    },
  },
  {
    name: 'HTML one paragraph',
    file: 'paragraph.html',
    build: (bytes) => {
      const random = seeded(16);
      return grown(bytes, '<html><body><h1>Minutes of the Planning Committee, 3 March 2026</h1><h2>1. Item</h2><p>', () => `${words(random, 20)} `, '</p></body></html>');
    },
  },
  {
    name: 'HTML one bold paragraph',
    file: 'bold.html',
    build: (bytes) => {
      const random = seeded(17);
      return grown(bytes, '<html><body><h1>Minutes of the Planning Committee, 3 March 2026</h1><h2>1. Item</h2><p><b>', () => `${words(random, 20)} `, '</b></p></body></html>');
    },
  },
  {
    name: 'Markdown headings',
    file: 'headings.md',
    build: (bytes) => {
      const random = seeded(18);
      return grown(bytes, '# Minutes of the Planning Committee, 3 March 2026\n\n', (index) => `## ${index}. ${words(random, 3)}\n\n${sentence(random)}\n\n`);
    },
  },
  {
    name: 'Markdown nested list',
    file: 'list.md',
    build: (bytes) => {
      const random = seeded(19);
      return grown(bytes, '# Minutes of the Planning Committee, 3 March 2026\n\n## 1. Actions\n\n', (index) => `${'  '.repeat(index)}- ${words(random, 3)}\n`);
    },
  },
  {
    name: 'Markdown table',
    file: 'table.md',
    build: (bytes) => {
      const random = seeded(20);
      return grown(bytes, '# Minutes of the Planning Committee, 3 March 2026\n\n## 1. Applications\n\n| Ref | Proposal | Decision |\n|---|---|---|\n', (index) => `| 26/${index} | ${words(random, 5)} | Approved |\n`);
    },
  },
  {
    name: 'RTF many paragraphs',
    file: 'paragraphs.rtf',
    build: (bytes) => {
      const random = seeded(21);
      return grown(bytes, '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}{\\pard\\b Minutes of the Planning Committee, 3 March 2026\\b0\\par}', (index) => `{\\pard\\b ${index}. Item\\b0\\par}{\\pard ${sentence(random)}\\par}\n`, '}');
    },
  },
  {
    name: 'RTF groups nested deep',
    file: 'groups.rtf',
    build: (bytes) => {
      const depth = Math.floor(bytes / 8);
      return `{\\rtf1\\ansi{\\pard Minutes of the Planning Committee, 3 March 2026\\par}${'{\\i '.repeat(depth)}The meeting closed.${'}'.repeat(depth)}\\par}`;
    },
  },
];

interface SizeRun {
  megabytes: number;
  readMs: number;
  parseMs: number;
  chunkMs: number;
  /** CPU time of the whole run (all threads: the garbage collector's too), in ms: the machine is shared, wall time is not. */
  cpuMs: number;
  chunks: number;
}

async function runSize(shape: Shape, megabytes: number): Promise<SizeRun> {
  const bytes = Buffer.from(shape.build(megabytes * MEGABYTE));
  const cpuAtStart = process.cpuUsage();
  const started = performance.now();
  const read = await readDocument(bytes, shape.file, { maxFileBytes: 2 ** 40 });
  const readAt = performance.now();
  const { meetings } = parseMinutes({ text: read.text, format: shape.format ?? read.format, file: shape.file, documentId: 'bench' });
  const parsedAt = performance.now();
  const chunks = chunkMeetings(meetings);
  const chunkedAt = performance.now();
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    megabytes: bytes.length / MEGABYTE,
    readMs: readAt - started,
    parseMs: parsedAt - readAt,
    chunkMs: chunkedAt - parsedAt,
    cpuMs: (cpu.user + cpu.system) / 1000,
    chunks: chunks.length,
  };
}

/** In the child: every size of one shape, one JSON line each, stopping after a size that is already too slow. */
async function runShape(name: string): Promise<void> {
  const shape = SHAPES.find((candidate) => candidate.name === name);
  if (!shape) throw new Error(`expected a shape name but got "${name}"`);
  // Modules load on first use (cheerio takes a third of a second): a small run first, not reported.
  await runSize(shape, 0.01);
  for (const megabytes of SIZES_MB) {
    const run = await runSize(shape, megabytes);
    process.stdout.write(`${JSON.stringify(run)}\n`);
    if (run.cpuMs / 1000 / run.megabytes > SLOW_SECONDS_PER_MB * 5) break;
  }
}

interface ShapeResult {
  shape: Shape;
  runs: SizeRun[];
  failure: string | null;
}

function inChild(shape: Shape): Promise<ShapeResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--child', shape.name], {
      cwd: path.resolve(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), SHAPE_TIME_LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const runs = stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as SizeRun);
      const lastError = stderr.split('\n').find((line) => /Error|error:/.test(line)) ?? stderr.trim().split('\n').pop() ?? '';
      const failure = signal === 'SIGKILL' ? `over ${SHAPE_TIME_LIMIT_MS / 1000} s (killed)` : code !== 0 ? `exit ${code}: ${lastError.slice(0, 160)}` : null;
      resolve({ shape, runs, failure });
    });
  });
}

function flagsOf(result: ShapeResult): string[] {
  const flags: string[] = [];
  if (result.failure) flags.push(`FAILED ${result.failure}`);
  for (const run of result.runs) {
    const perMb = run.cpuMs / 1000 / run.megabytes;
    if (perMb > SLOW_SECONDS_PER_MB) flags.push(`${perMb.toFixed(1)} s/MB at ${run.megabytes.toFixed(2)} MB`);
  }
  const [, one, four] = result.runs;
  if (one && four && four.cpuMs / one.cpuMs > GROWTH_LIMIT) flags.push(`grows ${(four.cpuMs / one.cpuMs).toFixed(1)}x for 4x`);
  return flags;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((arg) => arg !== '--append');
  const shapes = only.length > 0 ? SHAPES.filter((shape) => only.some((word) => shape.name.includes(word) || shape.file.includes(word))) : SHAPES;
  const loadBefore = os.loadavg()[0].toFixed(1);
  const rows: string[][] = [];
  for (const shape of shapes) {
    const result = await inChild(shape);
    const flags = flagsOf(result);
    // The runs come in the order of SIZES_MB (a shape's own build may land a little off each size).
    const cell = (size: number) => {
      const run = result.runs[size];
      return run ? `${run.cpuMs.toFixed(0)} (${run.readMs.toFixed(0)}/${run.parseMs.toFixed(0)}/${run.chunkMs.toFixed(0)})` : '–';
    };
    const [, one, four] = result.runs;
    const growth = one && four ? (four.cpuMs / one.cpuMs).toFixed(1) : '–';
    const row = [shape.name, ...SIZES_MB.map((_, size) => cell(size)), growth, flags.length > 0 ? flags.join('; ') : 'ok'];
    console.log(row.join(' | '));
    rows.push(row);
  }
  if (!process.argv.includes('--append')) return;
  await appendBenchmark({
    title: 'Parse shapes: extreme documents grown to 0.25, 1 and 4 MB',
    command: `npx tsx bench/parse-shapes.ts --append${only.length > 0 ? ` ${only.join(' ')}` : ''}`,
    notes: [
      `Each shape read, parsed and chunked as \`npm run index\` does it (readDocument, parseMinutes, chunkMeetings), in a child process of its own ` +
        `(limit ${SHAPE_TIME_LIMIT_MS / 1000} s). Times in ms: CPU time of the run (all threads), then wall time of read/parse/chunk; growth is the 4 MB CPU time over the 1 MB one (4.0 is linear). ` +
        `Flagged: growth over ${GROWTH_LIMIT}, over ${SLOW_SECONDS_PER_MB} s a MB, or a failure. Load average ${loadBefore} (1 min) at the start.`,
    ],
    table: markdownTable(['shape', ...SIZES_MB.map((megabytes) => `${megabytes} MB ms`), 'growth', 'flags'], rows),
  });
}

if (require.main !== module) {
  // Imported for its shapes (bench/parse-digest.ts).
} else if (process.argv[2] === '--child') {
  runShape(process.argv[3]).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
} else void main();

// Whether a document holding several meetings' minutes one after another (a parish's year of minutes in one file, an
// agenda pack, a council's minutes followed by its committees') yields each meeting as it yields when read alone. Run:
// npx tsx bench/meeting-runs.ts [--failures]
// Runs of two and of three text fixtures (test/fixtures/layouts) that each parse alone to one meeting, joined with a
// blank line, and the corpus samples' packs followed by other samples: for each run, how many of its meetings are found
// with the date and body they have alone, how many of their item titles the found meeting keeps, and how much of the
// paragraphs' text is kept. A development score, not a benchmark: nothing is timed.
import fs from 'node:fs';
import path from 'node:path';
import type { Meeting } from '../core/types';
import { parseMinutes } from '../indexer/parse';
import { seededRandom } from '../test/helpers/random';

const FIXTURES = path.resolve(__dirname, '../test/fixtures/layouts');
const CORPUS = path.resolve(__dirname, '../corpus');
const PAIRS = 300;
const TRIPLES = 150;
/** Runs of corpus samples: a pack whose papers end with minutes, followed by other minutes or a one-item page. */
const CORPUS_RUNS = [
  ['dartford-crime-disorder-2018-02-21-agenda-pack.txt', 'kent-medway-pcp-2017-03-28-minutes.txt'],
  ['dartford-crime-disorder-2018-02-21-agenda-pack.txt', 'kent-medway-pcp-item-opportunities-for-the-future.txt'],
  ['kent-medway-pcp-2017-03-28-minutes.txt', 'kent-medway-pcp-2023-10-17-minutes.txt'],
];

interface Sample {
  name: string;
  text: string;
  meetings: Meeting[];
}

interface RunResult {
  names: string[];
  found: number;
  expected: number;
  titlesKept: number;
  titles: number;
  charsKept: number;
  chars: number;
  meetings: number;
}

const showFailures = process.argv.includes('--failures');

function parse(text: string): Meeting[] {
  try {
    return parseMinutes({ text, format: 'text', file: 'run.txt', documentId: 'run' }).meetings;
  } catch {
    return [];
  }
}

const charsOf = (meetings: Meeting[]) => meetings.reduce((sum, meeting) => sum + meeting.items.reduce((inItem, item) => inItem + item.paragraphs.reduce((inParagraph, paragraph) => inParagraph + paragraph.text.length, 0), 0), 0);
const keyOf = (meeting: Meeting) => `${meeting.date}|${meeting.body}`;

function sample(folder: string, name: string): Sample {
  const text = fs.readFileSync(path.join(folder, name), 'utf8');
  return { name, text, meetings: parse(text) };
}

function scoreRun(samples: Sample[]): RunResult {
  const meetings = parse(samples.map((one) => one.text).join('\n\n'));
  const alone = samples.flatMap((one) => one.meetings);
  let found = 0;
  let titlesKept = 0;
  let titles = 0;
  for (const wanted of alone) {
    const match = meetings.find((meeting) => keyOf(meeting) === keyOf(wanted));
    const wantedTitles = wanted.items.map((item) => item.title);
    titles += wantedTitles.length;
    if (!match) continue;
    found += 1;
    const kept = new Set(match.items.map((item) => item.title));
    titlesKept += wantedTitles.filter((title) => kept.has(title)).length;
  }
  return { names: samples.map((one) => one.name), found, expected: alone.length, titlesKept, titles, charsKept: charsOf(meetings), chars: charsOf(alone), meetings: meetings.length };
}

function fixtureRuns(samples: Sample[], length: number, count: number, next: (below: number) => number): Sample[][] {
  const runs: Sample[][] = [];
  for (let attempt = 0; attempt < count; attempt += 1) {
    const picked = Array.from({ length }, () => samples[next(samples.length)]);
    if (new Set(picked).size === length) runs.push(picked);
  }
  return runs;
}

const percent = (part: number, whole: number) => `${whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10}%`;
const lostText = (result: RunResult) => result.charsKept < 0.9 * result.chars;
const failed = (result: RunResult) => result.found < result.expected || lostText(result);

function summary(label: string, results: RunResult[]): string {
  const sum = (field: keyof Omit<RunResult, 'names'>) => results.reduce((total, result) => total + result[field], 0);
  const whole = results.filter((result) => result.found === result.expected).length;
  return [
    `${label}: ${results.length} runs, ${whole} with every meeting found (${percent(whole, results.length)})`,
    `  meetings found by date and body ${sum('found')} of ${sum('expected')} (${percent(sum('found'), sum('expected'))}); meetings parsed ${sum('meetings')}`,
    `  item titles kept in found meetings ${sum('titlesKept')} of ${sum('titles')} (${percent(sum('titlesKept'), sum('titles'))})`,
    `  paragraph text kept ${percent(sum('charsKept'), sum('chars'))}; runs losing more than 10% of it: ${results.filter(lostText).length}`,
  ].join('\n');
}

function failureLine(result: RunResult): string {
  return `${result.names.join(' + ')}: ${result.found}/${result.expected} found, ${result.meetings} parsed, titles ${result.titlesKept}/${result.titles}, text ${percent(result.charsKept, result.chars)}`;
}

function main(): void {
  const names = fs.readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort();
  const single = names.map((name) => sample(FIXTURES, name)).filter((one) => one.meetings.length === 1);
  // Seeded, so figures before and after a change compare.
  const random = seededRandom(7);
  const next = (below: number) => Math.floor(random() * below);
  const groups: [string, RunResult[]][] = [
    ['pairs', fixtureRuns(single, 2, PAIRS, next).map(scoreRun)],
    ['triples', fixtureRuns(single, 3, TRIPLES, next).map(scoreRun)],
    ['corpus runs', CORPUS_RUNS.map((run) => scoreRun(run.map((name) => sample(CORPUS, name))))],
  ];
  console.log(`${single.length} text fixtures that parse alone to one meeting\n`);
  for (const [label, results] of groups) console.log(summary(label, results));
  if (!showFailures) return;
  for (const [label, results] of groups) {
    console.log(`\n${label} failing:`);
    for (const result of results.filter(failed)) console.log(`  ${failureLine(result)}`);
  }
}

main();

// How many expected values of the layout fixtures (test/fixtures/layouts) the reader and parser get right, per
// document and category, for whoever is working on the parser. Run: npx tsx bench/layouts-score.ts [--failures]
// A development score, not a benchmark: nothing is timed and nothing is appended to docs/BENCHMARKS.md.
import { listLayoutFixtures, runLayoutFixture } from '../test/helpers/layout-fixtures';
import { LAYOUT_CATEGORIES, scoreLayout, type CategoryScore } from '../test/helpers/layout-score';

const showFailures = process.argv.includes('--failures');

const cell = (correct: number, expected: number) => (expected === 0 ? '-' : `${correct}/${expected}`);
const sum = (scores: CategoryScore[], key: 'correct' | 'expected') => scores.reduce((total, score) => total + score[key], 0);

async function main(): Promise<void> {
  const fixtures = listLayoutFixtures();
  const rows: string[][] = [];
  const all: CategoryScore[] = [];
  const failures: string[] = [];
  for (const fixture of fixtures) {
    const scores = scoreLayout(fixture.expected, await runLayoutFixture(fixture));
    all.push(...scores);
    const byCategory = LAYOUT_CATEGORIES.map((category) => scores.filter((score) => score.category === category));
    rows.push([fixture.name, ...byCategory.map((parts) => cell(sum(parts, 'correct'), sum(parts, 'expected'))), cell(sum(scores, 'correct'), sum(scores, 'expected'))]);
    failures.push(...scores.flatMap((score) => score.failures.map((failure) => `${fixture.name} › ${score.category}: ${failure}`)));
  }
  const totals = LAYOUT_CATEGORIES.map((category) => all.filter((score) => score.category === category));
  rows.push([`all ${fixtures.length} documents`, ...totals.map((parts) => cell(sum(parts, 'correct'), sum(parts, 'expected'))), cell(sum(all, 'correct'), sum(all, 'expected'))]);

  const header = ['document', ...LAYOUT_CATEGORIES, 'total'];
  const table = [header, header.map(() => '---'), ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
  for (const row of table) console.log(`| ${row.map((value, column) => value.padEnd(widths[column])).join(' | ')} |`);
  const percent = Math.round((sum(all, 'correct') / sum(all, 'expected')) * 100);
  console.log(`\n${sum(all, 'correct')} of ${sum(all, 'expected')} expected values right (${percent}%).`);
  if (showFailures) console.log(`\n${failures.join('\n')}`);
}

void main();

// How many expected values of the layout fixtures (test/fixtures/layouts) the reader and parser get right, per
// document and category, for whoever is working on the parser. Run: npx tsx bench/layouts-score.ts [--failures]
// A development score, not a benchmark: nothing is timed and nothing is appended to docs/BENCHMARKS.md.
import { listLayoutFixtures } from '../test/helpers/layout-fixtures';
import { categoryTable, failureLines, scoreFixtures, sumOf } from './layout-scoring';

const showFailures = process.argv.includes('--failures');

async function main(): Promise<void> {
  const results = await scoreFixtures(listLayoutFixtures());
  console.log(categoryTable(results));
  const all = results.flatMap((result) => result.scores);
  const percent = Math.round((sumOf(all, 'correct') / sumOf(all, 'expected')) * 100);
  console.log(`\n${sumOf(all, 'correct')} of ${sumOf(all, 'expected')} expected values right (${percent}%).`);
  if (showFailures) console.log(`\n${failureLines(results).join('\n')}`);
}

void main();

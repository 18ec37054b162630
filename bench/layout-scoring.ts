// Scoring the layout fixtures (test/fixtures/layouts) as a whole, shared by bench/layouts-score.ts (the fixtures as
// committed) and bench/layouts-robustness.ts (the same fixtures published differently).
import { runLayoutFixture, type LayoutExpectation, type LayoutFixture } from '../test/helpers/layout-fixtures';
import { LAYOUT_CATEGORIES, scoreLayout, type CategoryScore, type LayoutOutcome } from '../test/helpers/layout-score';

/** One fixture's scores, category by category. */
export interface FixtureScore {
  name: string;
  scores: CategoryScore[];
}

/** The document as a variant publishes it (its committed source bytes rewritten) and what to expect of it. */
export interface FixtureRun {
  source?: Buffer;
  expected?: LayoutExpectation;
}

export const cell = (correct: number, expected: number) => (expected === 0 ? '-' : `${correct}/${expected}`);

export const sumOf = (scores: CategoryScore[], key: 'correct' | 'expected') => scores.reduce((total, score) => total + score[key], 0);

/**
 * Reads, parses and scores each fixture; `variant` may rewrite a fixture's source and expectations first, and
 * `outcomeOf` read it otherwise than as committed (printed to PDF, say).
 */
export async function scoreFixtures(
  fixtures: LayoutFixture[],
  variant: (fixture: LayoutFixture) => Promise<FixtureRun> = async () => ({}),
  outcomeOf: (fixture: LayoutFixture, source?: Buffer) => Promise<LayoutOutcome> = runLayoutFixture,
): Promise<FixtureScore[]> {
  const results: FixtureScore[] = [];
  for (const fixture of fixtures) {
    const run = await variant(fixture);
    results.push({ name: fixture.name, scores: scoreLayout(run.expected ?? fixture.expected, await outcomeOf(fixture, run.source)) });
  }
  return results;
}

/** A markdown-style table with one row per fixture and one column per category, then the totals. */
export function categoryTable(results: FixtureScore[]): string {
  const row = (name: string, scores: CategoryScore[]) => {
    const byCategory = LAYOUT_CATEGORIES.map((category) => scores.filter((score) => score.category === category));
    return [name, ...byCategory.map((parts) => cell(sumOf(parts, 'correct'), sumOf(parts, 'expected'))), cell(sumOf(scores, 'correct'), sumOf(scores, 'expected'))];
  };
  const rows = [...results.map((result) => row(result.name, result.scores)), row(`all ${results.length} documents`, results.flatMap((result) => result.scores))];
  return alignedTable(['document', ...LAYOUT_CATEGORIES, 'total'], rows);
}

/** Columns padded to their widest cell, so the table reads in a terminal as well as in markdown. */
export function alignedTable(header: string[], rows: string[][]): string {
  const table = [header, header.map(() => '---'), ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
  return table.map((cells) => `| ${cells.map((value, column) => value.padEnd(widths[column])).join(' | ')} |`).join('\n');
}

/** One line per wrong value: `<fixture> › <category>: <what was expected and what came out>`. */
export function failureLines(results: FixtureScore[]): string[] {
  return results.flatMap((result) => result.scores.flatMap((score) => score.failures.map((failure) => `${result.name} › ${score.category}: ${failure}`)));
}

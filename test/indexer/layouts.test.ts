// Golden layout tests: minutes in the layouts real councils publish (test/fixtures/layouts), read and parsed,
// checked against hand-written expectations, one test per document and category.
import { listLayoutFixtures, runLayoutFixture } from '../helpers/layout-fixtures';
import { LAYOUT_CATEGORIES, scoreLayout, type CategoryScore } from '../helpers/layout-score';

describe.each(listLayoutFixtures().map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
  let scores: CategoryScore[];
  beforeAll(async () => {
    scores = scoreLayout(fixture.expected, await runLayoutFixture(fixture));
  });

  it.each(LAYOUT_CATEGORIES.map((category) => [category]))('%s', (category) => {
    // A category the scorer left out would otherwise pass with no failures.
    expect(scores.map((candidate) => candidate.category)).toContain(category);
    const failures = scores.find((candidate) => candidate.category === category)!.failures;
    // Thrown as one message so each expected-versus-got line reads plainly, without string escaping.
    if (failures.length > 0) throw new Error(`${failures.length} expectation(s) not met:\n${failures.join('\n')}`);
  });
});

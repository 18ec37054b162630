// Slashed references listed under a numbered item: "25/0412 – 12 Church Road – no objection" and "25/0433 – Land off
// Moss Lane – objection" under "2. Planning", before "3. Finance". A parish's planning applications (and a council's
// licence or case numbers) are printed at the line's start as its own minutes may be ("22/104 Apologies"), but where
// the minutes number their items 1, 2, 3 from the first, the references under one of them number no item: read as
// items they broke the run, and the next item, lower than the reference, was lost.
import type { HeadingCandidate } from './headings';
import { lastFigures } from './slipped-numbers';

const WHOLE_NUMBER = /^\d{1,3}$/;

/**
 * "24/101", "24/102", "24/103": slashed numbers counting on by one are minutes (under an agenda listed 1 to 10 above
 * them), not references, which a council numbers as applications come in.
 */
const countsOn = (numbers: HeadingCandidate[]) => numbers.length >= 2 && numbers.every((candidate, position) => position === 0 || lastFigures(candidate.number!) === lastFigures(numbers[position - 1].number!) + 1);

/**
 * `candidates` (numbered headings, in order) without the slashed numbers set under an item of minutes numbered 1, 2, 3:
 * those between two items numbered one after the other, and those after the last item of such a run that do not go
 * on from it ("25/0412" after "4. Planning", not "25/05"). Minutes whose first number is slashed ("22/104 Apologies",
 * with "1.", "2." listed under it) are left as they are.
 */
export function withoutReferencesBetweenItems(candidates: HeadingCandidate[]): HeadingCandidate[] {
  if (!WHOLE_NUMBER.test(candidates[0]?.number ?? '')) return candidates;
  const references = new Set<HeadingCandidate>();
  let lastWhole = candidates[0];
  let runOfTwo = false;
  let between: HeadingCandidate[] = [];
  for (const candidate of candidates.slice(1)) {
    const number = candidate.number ?? '';
    if (WHOLE_NUMBER.test(number)) {
      const follows = Number(number) === Number(lastWhole.number) + 1;
      if (follows && !countsOn(between)) for (const reference of between) references.add(reference);
      runOfTwo = follows;
      lastWhole = candidate;
      between = [];
    } else if (number.includes('/')) between.push(candidate);
  }
  const next = Number(lastWhole.number) + 1;
  if (runOfTwo && between.length > 0 && !countsOn(between) && between.every((candidate) => lastFigures(candidate.number!) !== next)) for (const reference of between) references.add(reference);
  return references.size === 0 ? candidates : candidates.filter((candidate) => !references.has(candidate));
}

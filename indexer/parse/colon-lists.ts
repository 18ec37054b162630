// "He had obtained two quotations:" over "1. Coastline Roofing: £8,400" / "2. Harris & Sons: £9,150": a numbered list
// a sentence introduces, its entries on consecutive lines, is part of the minute, not a run of item headings.
import type { HeadingCandidate } from './headings';
import { endsWithOneOf } from './patterns';

/** A sentence introducing a list: five words or more, in lower case, ending in a colon. */
const INTRODUCING_SENTENCE = /^\S+(?:\s+\S+){4}/;

/** The candidates without the numbered entries of lists that a sentence ending in a colon introduces. */
export function withoutIntroducedLists(candidates: HeadingCandidate[], lines: string[]): HeadingCandidate[] {
  const dropped = new Set<HeadingCandidate>();
  for (let start = 0; start < candidates.length; start += 1) {
    let end = start;
    while (end + 1 < candidates.length && candidates[end].next === candidates[end + 1].index && candidates[end + 1].number !== null) end += 1;
    const above = (lines[candidates[start].index - 1] ?? '').trim();
    if (end > start && candidates[start].number !== null && endsWithOneOf(above, ':') && /[a-z]/.test(above) && INTRODUCING_SENTENCE.test(above)) {
      for (let entry = start; entry <= end; entry += 1) dropped.add(candidates[entry]);
    }
    start = end;
  }
  return dropped.size === 0 ? candidates : candidates.filter((candidate) => !dropped.has(candidate));
}

// US minutes keep the order of business parliamentary manuals set ("Old Business", "New Business", "Unfinished
// Business"): a section of that name is an item even where the clerk left its line plain, with a colon, between
// headings set in bold or in capitals ("**Old Business:**" below it, "New Business:" not bolded).
import type { HeadingCandidate } from './headings';

/** "New Business:", "Old Business", "Unfinished Business:", "Other Business": a stock section's name alone on its line. */
const BUSINESS_SECTION = /^(?:New|Old|Unfinished|Other)\s+Business:?$/i;

/** Whether a line (trimmed, marks removed) is a stock section's name alone: tested only on lines opening with N, O or U. */
export function isBusinessSection(text: string): boolean {
  return text.length <= 22 && 'NOUnou'.includes(text[0]) && BUSINESS_SECTION.test(text);
}

/**
 * The headings chosen for a meeting with its plain stock sections among them: only where the chosen headings are
 * unnumbered (marked, in capitals or in Title Case) and two or more, so the document heads its sections by their names.
 */
export function withBusinessSections(headings: HeadingCandidate[], candidates: HeadingCandidate[]): HeadingCandidate[] {
  if (headings.length < 2 || headings.some((heading) => heading.number !== null)) return headings;
  const chosen = new Set(headings.map((heading) => heading.index));
  const sections = candidates.filter((candidate) => candidate.kinds.includes('business') && !chosen.has(candidate.index));
  return sections.length === 0 ? headings : [...headings, ...sections].sort((a, b) => a.index - b.index);
}

// Minute references printed with an item's heading: at the end of its line ("1. APOLOGIES FOR ABSENCE (Min 24/118)",
// a parish council that numbers its agenda items too), before the agenda's number ("C048/23  1.  APOLOGIES"), or in
// the margin under it ("APOLOGIES" over "PLA146/14"). The reference is the minute's number (what the minutes are cited
// by), and no part of the title.
import { MOVER_LINE } from '../decisions/decisions';
import type { HeadingCandidate, HeadingReaders } from './headings';
import { contentLineFrom, lastContentCharacter } from '../patterns';

/** "(Min 24/118)", "(Minute 118)", "[Min. No. 24/118]" closing a line. */
const TRAILING_MINUTE_REFERENCE = /\s+[([](?:Minute|Min\.?)\s*(?:No\.?\s*)?([A-Z]{0,4}\/?\d{1,4}(?:\/\d{1,4})?)[)\]]\s*$/i;

/** "PUBLIC PARTICIPATION (Min 24/117)": a heading, however like "NAME (Office)" it reads under a list of people. */
export const endsInMinuteReference = (line: string) => TRAILING_MINUTE_REFERENCE.test(line);

type CandidateReader = (lines: string[], index: number, readers: HeadingReaders, printed?: string) => HeadingCandidate | null;

/** The heading at `index` as `read` finds it, numbered by the minute reference its line ends with, if any. */
export function candidateWithMinuteReference(lines: string[], index: number, readers: HeadingReaders, read: CandidateReader): HeadingCandidate | null {
  const line = lines[index];
  const last = lastContentCharacter(line);
  const reference = last === ')' || last === ']' ? TRAILING_MINUTE_REFERENCE.exec(line) : null;
  if (!reference) return read(lines, index, readers);
  const candidate = read(lines, index, readers, line.slice(0, reference.index));
  if (!candidate) return null;
  const kinds = candidate.kinds.includes('numbered') ? candidate.kinds : [...candidate.kinds, 'numbered' as const];
  return { ...candidate, number: reference[1], kinds };
}

/**
 * "Min. 1391 (Bus shelter, Station Road). The Clerk reported …": matters arising that open with the earlier minute they
 * follow up, its subject in brackets; who speaks is named after it.
 */
const LEADING_MINUTE_REFERENCE = /^(?:Minute|Min\.?)\s*(?:No\.?\s*)?\d{1,5}(?:\/\d{1,4})?(?:\s*\([^()]{1,80}\))?\s*[.:–—-]?\s+(?=\p{Lu})/u;

/** "001/24 The Chairman welcomed …", "24/117: Cllr Hale reported …": the minute's number alone, printed before its text. */
const LEADING_MINUTE_NUMBER = /^\d{1,4}\/\d{1,4}\s*[.:–—-]?\s+(?=\p{Lu})/u;

/** The text after a minute reference that opens it, or the text as it is. */
export function afterMinuteReference(text: string): string {
  const first = text.charCodeAt(0);
  const reference = text.startsWith('Min') ? LEADING_MINUTE_REFERENCE.exec(text) : first >= 0x30 && first <= 0x39 ? LEADING_MINUTE_NUMBER.exec(text) : null;
  return reference ? text.slice(reference[0].length) : text;
}

/** "1.", "10)" before a title: the agenda's own number for an item the minutes number by their reference. */
const AGENDA_NUMBER_BEFORE_TITLE = /^\d{1,2}[.)]\s+(?=\S)/;

/**
 * "C048/23      1.         APOLOGIES FOR ABSENCE.": a parish council that prints each minute's reference and then the
 * agenda's number for the item, in columns. The reference numbers the item (the minutes are cited by it); the agenda's
 * number is neither the item's number nor part of its title. A number after a plain number ("4 1. …") is no such pair.
 */
export function withoutAgendaNumber(title: string, number: string): string {
  if (!number.includes('/')) return title;
  const agendaNumber = AGENDA_NUMBER_BEFORE_TITLE.exec(title);
  return agendaNumber ? title.slice(agendaNumber[0].length) : title;
}

/** "PLA146/14", "CAB23/24", "146/14": a minute's reference, a slash before its year (a page number or a year has none). */
const MARGIN_REFERENCE = /^[A-Z]{0,4}\d{1,4}\/\d{2,4}$/;
/** How many lines below a heading its reference may stand (a blank line between is kept by some copies). */
const REFERENCE_REACH = 2;

/**
 * "APOLOGIES" over "PLA146/14" over "Apologies for absence were recorded …": minutes printed with each minute's reference
 * in the margin beside the first line of its text, which the page's text gives on a line of its own under the heading.
 * The reference numbers the heading (and is no paragraph of its text); the heading as it is when no reference stands
 * under it, or when a title stands under the reference (the reference is then the next item's, printed above its title).
 */
export function withReferenceUnder(heading: HeadingCandidate, lines: string[], isTitle: (line: string) => boolean): HeadingCandidate {
  const at = contentLineFrom(lines, heading.next, heading.next + REFERENCE_REACH);
  if (at >= lines.length || !MARGIN_REFERENCE.test(lines[at].trim())) return heading;
  const below = contentLineFrom(lines, at + 1, at + 1 + REFERENCE_REACH);
  // "2025/088" over "Resolved (Cr Tom Aldous / Cr Gail Whitford)": a New South Wales council's resolution number, not the minute's.
  if (below < lines.length && (isTitle(lines[below].trim()) || MOVER_LINE.test(lines[below].trim()))) return heading;
  return { ...heading, number: lines[at].trim(), next: at + 1 };
}

// A title line of parts set between bars or spaced dashes, as web pages and document sites title minutes: "Minutes |
// Planning Committee | Oakridge Town Council", "Oakridge Town Council – Planning Committee – Minutes". The parts say
// what the document is, which committee met and whose it is, in any order.
import { BODY_WORDS, GENERIC_BODY } from './body-names';
import { committeeBody, findDate } from './meeting-fields';

/** A bar, or a dash between spaces (the parts are trimmed: a run of white space matched whole was read again from each of its spaces). */
const PART_SEPARATOR = /\||\s[–—-]\s/;
/** "Minutes", "Draft Minutes", "Agenda and Minutes", "Notes": what the document is. */
const DOCUMENT_KIND = /^(?:(?:draft|approved|unconfirmed|confirmed|signed)\s+)?(?:(?:agenda\s+and\s+)?minutes|notes|agenda)$/i;
/** A council or authority's own name ("Oakridge Town Council"), not one of its committees. */
const COUNCIL = /\b(?:Council|Authority)$/i;
const COMMITTEE_WORDS = /\b(?:Committee|Sub-Committee|Panel|Board|Cabinet|Forum|Group|Commission)\b/i;
/** A part longer than this is a sentence, not a name. */
const MAX_PART_WORDS = 8;
/** A line longer than this is no title (read first: a line can be a whole document, its dashes hundreds of parts). */
const MAX_TITLE_LENGTH = 400;

/**
 * The body a title line of parts names: its committee, qualified by its council; null when no line of the first three
 * names both so. A title naming one body ("Minutes – Planning Committee – 12.03.2025", "Union Council – Minutes") is
 * left to the rules that read the lines around it for whose body it is.
 */
export function bodyInTitleParts(lines: string[]): string | null {
  for (const line of lines.filter((text) => text !== '').slice(0, 3)) {
    if (line.length > MAX_TITLE_LENGTH || !PART_SEPARATOR.test(line)) continue;
    const parts = line.split(PART_SEPARATOR).map((part) => part.trim());
    const bodies = parts.filter((part) => BODY_WORDS.test(part) && !GENERIC_BODY.test(part) && !DOCUMENT_KIND.test(part) && part.split(/\s+/).length <= MAX_PART_WORDS);
    if (bodies.length !== 2 || !parts.every((part) => bodies.includes(part) || DOCUMENT_KIND.test(part) || findDate(part) !== null)) continue;
    const council = bodies.find((part) => COUNCIL.test(part) && !COMMITTEE_WORDS.test(part));
    const committee = bodies.find((part) => part !== council && COMMITTEE_WORDS.test(part));
    if (council && committee) return committeeBody(committee, council);
  }
  return null;
}

// "EXCERPTS FROM THE MINUTES OF THE REGULAR SESSION OF THE SANGGUNIANG PANLUNGSOD OF …, HELD ON …" (a Philippine council's
// published minutes), "EXTRACT FROM MINUTES OF THE SPECIAL COUNCIL MEETING … HELD …" (a South African municipality's): the
// minutes' own title, printed as an extract of the minutes book. Read as it stands, "the minutes of" mid-line is taken
// for a mention of earlier minutes, and the title gives neither body nor date; without its lead-in it is a title as any.
import { withLinesRewritten } from '../page/line-rewrites';

/** How the lead-in starts, in either case: most lines are let go by their first character. */
const LEAD_IN_CHARACTERS = 'eE';
const EXTRACT_LEAD_IN = /^(\s*)(?:certified\s+true\s+)?(?:excerpts?|extracts?)\s+(?:from|of)\s+(?:the\s+)?(?=minutes\s+of\s)/i;

/** `lines` with the lead-in of each extract's title dropped; the same array when there is none. */
export const withExtractLeadInsDropped = (lines: string[]): string[] =>
  withLinesRewritten(lines, LEAD_IN_CHARACTERS, EXTRACT_LEAD_IN, (line) => line.replace(EXTRACT_LEAD_IN, '$1'));

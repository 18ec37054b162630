// "EXCERPTS FROM THE MINUTES OF THE REGULAR SESSION OF THE SANGGUNIANG PANLUNGSOD OF …, HELD ON …" (a Philippine council's
// published minutes), "EXTRACT FROM MINUTES OF THE SPECIAL COUNCIL MEETING … HELD …" (a South African municipality's): the
// minutes' own title, printed as an extract of the minutes book. Read as it stands, "the minutes of" mid-line is taken
// for a mention of earlier minutes, and the title gives neither body nor date; without its lead-in it is a title as any.

/** How the lead-in starts, in either case: most lines are let go by their first character. */
const LEAD_IN_CHARACTERS = 'eE';
const EXTRACT_LEAD_IN = /^(\s*)(?:certified\s+true\s+)?(?:excerpts?|extracts?)\s+(?:from|of)\s+(?:the\s+)?(?=minutes\s+of\s)/i;

/** `lines` with the lead-in of each extract's title dropped; the same array when there is none. */
export function withExtractLeadInsDropped(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const first = line.trimStart()[0];
    if (first === undefined || !LEAD_IN_CHARACTERS.includes(first) || !EXTRACT_LEAD_IN.test(line)) continue;
    out ??= lines.slice();
    out[index] = line.replace(EXTRACT_LEAD_IN, '$1');
  }
  return out ?? lines;
}

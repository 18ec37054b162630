// A meeting page's heading that says the meeting was moved: "Moved from 9th October 2018, Cabinet - Tuesday, 2nd
// October, 2018 2.00 pm" (ModernGov prints a rearranged meeting's old date before its body and date). The note is no
// part of the heading: the old date is not the meeting's, and the body's name starts after it.

/** "Moved from 9th October 2018, ", "Rearranged from Thursday 3 March 2022, ": the note, its old date, and its comma. */
const MOVED_FROM = /^\s*(?:Moved|Rearranged|Rescheduled|Postponed|Deferred|Brought forward)\s+from\s+[^,]{3,40}?\b(?:19|20)\d{2},\s+(?=\p{Lu})/iu;
/** How many of a text's first lines (not blank) may hold the heading. */
const HEADING_LINES = 12;

/** The lines with a rearranged meeting's note cut from its heading; the same array when there is none. */
export function withoutRearrangedNote(lines: string[]): string[] {
  for (let index = 0, seen = 0; index < lines.length && seen < HEADING_LINES; index += 1) {
    if (lines[index].trim() === '') continue;
    seen += 1;
    // Most lines open with no such word: the pattern runs only on a line whose first letters may be one.
    if (!/^\s*[MRPDB]/i.test(lines[index]) || !MOVED_FROM.test(lines[index])) continue;
    const cut = [...lines];
    cut[index] = lines[index].replace(MOVED_FROM, '');
    return cut;
  }
  return lines;
}

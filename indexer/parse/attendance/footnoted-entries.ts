// "MEMBERS PRESENT:" over "Mr C Hendry (Chair)" / "(1) Mrs H Ferris" / "(2) Chief Constable P Vance", with "(1) Attended
// for items 1 to 4 only" keyed under the roll: a police board's or an authority's footnote marks on the people who came
// for part of the meeting. Read as they stand, a marked entry is taken for a bracketed group or an item and ends the roll.
import { attendanceLabelOf } from './attendance-labels';
import { TITLE } from '../speakers/speaker-titles';

/** "(1) ", "(12) " before an entry. */
const FOOTNOTE_MARK = /^\s*\(\d{1,2}\)\s+/;
/** A person's entry: a title first ("Mrs", "Chief Constable", "Councillor"), or a forename and surname before a comma or a bracket. */
const PERSON_ENTRY = new RegExp(String.raw`^(?:(?:Chief\s+|Deputy\s+|Assistant\s+)*(?:${TITLE})\.?\s+\p{Lu}|\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’.-]*){1,3}\s*(?:,|\(|$))`, 'u');
/** The header's rolls are looked for in the document's first lines only. */
const HEADER_LINES = 80;

/** `lines` with the footnote marks dropped from the entries of the rolls under attendance labels; the same array where there are none. */
export function withFootnoteMarksDropped(lines: string[]): string[] {
  let out: string[] | null = null;
  let inRoll = false;
  const end = Math.min(lines.length, HEADER_LINES);
  for (let index = 0; index < end; index += 1) {
    const line = lines[index];
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const mark = trimmed[0] === '(' ? FOOTNOTE_MARK.exec(trimmed) : null;
    const entry = mark ? trimmed.slice(mark[0].length) : trimmed;
    // "(1) APOLOGIES FOR ABSENCE", "(2) Apologies": an item numbered so under the roll, no one's entry.
    if (mark && inRoll && PERSON_ENTRY.test(entry) && attendanceLabelOf(entry) === null) {
      out ??= [...lines];
      out[index] = entry;
      continue;
    }
    inRoll = attendanceLabelOf(line) !== null || (inRoll && !mark && PERSON_ENTRY.test(entry));
  }
  return out ?? lines;
}

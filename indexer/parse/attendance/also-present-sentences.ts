// "The Town Clerk (Mrs L Phillips) and two members of the public were also present.", "Also present were the Clerk, Mrs
// J Hart, and PC Dean.", "Mrs R Oakes (Clerk) was in attendance.": English town and parish councils name their officers
// and guests in a sentence under the list of members, with no label. In the header, before the first numbered minute,
// such a sentence is set as the list it is, under "Also present:", so the attendance rules read its people.
import { attendanceLabelOf } from './attendance-labels';

/** "Also present were …", "Also in attendance was …", "In attendance were …": the sentence's label first. */
const LABEL_FIRST = /^(?:Also\s+(?:present|in\s+attendance)|In\s+attendance)\s+(?:was|were)\s+(?:the\s+following\s*:?\s*)?(\p{Lu}.{2,300}?)\.?$/iu;
/** "… were also present.", "… was in attendance.", "… were also in attendance for item 5.": the sentence's label last. */
const LABEL_LAST = /^(\p{Lu}.{2,300}?),?\s+(?:was|were)\s+(?:also\s+(?:present|in\s+attendance)|in\s+attendance)(?:\s+(?:for|during)\s+[^.]{1,60})?\.?$/u;
/** "1. Apologies", "336. Apologies for Absence", "## 2 Minutes": a numbered minute, where the header ends. */
const NUMBERED_MINUTE = /^(?:#{1,6}\s+)?\d{1,4}[.)]?\s+\p{Lu}/u;
/** A name's title or an office, so the sentence's subject names people: "Mrs", "PC", "the Clerk", "Town Clerk", "Sian Price, the temporary clerk". */
const NAMES_SOMEONE = /\b(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr|PC|PCSO|Rev|[Cc]lerk|Officer|Manager|Director|Secretary|Treasurer|Mayor|Chief Executive)\b/;
/** "excused. County Clerk …": a sentence's end inside what was read, so the line holds more sentences than the one (not "Cllr. D. Hobson"). */
const SENTENCE_INSIDE = /\b(?!(?:Cllr|Mrs|Revd|Prof|Capt|Supt|Insp)\.)\p{Lu}?\p{Ll}{3,}\.\s/u;
/** The lines of a header read for such sentences. */
const HEADER_LINES = 80;

/** The lines with each "… were also present." sentence of the header set as an "Also present:" list. */
export function withAlsoPresentSentencesListed(lines: string[]): string[] {
  let result: string[] | null = null;
  const end = Math.min(lines.length, HEADER_LINES);
  for (let index = 0; index < end; index += 1) {
    const line = lines[index].trim();
    if (NUMBERED_MINUTE.test(line)) break;
    if (line.length > 320 || !(line.includes(' present') || line.includes(' attendance'))) continue;
    const listed = (LABEL_FIRST.exec(line) ?? LABEL_LAST.exec(line))?.[1];
    if (listed === undefined || !NAMES_SOMEONE.test(listed) || attendanceLabelOf(line) !== null || /[:;]/.test(listed) || SENTENCE_INSIDE.test(listed)) continue;
    (result ??= [...lines])[index] = `Also present: ${listed.replace(/^the\s+/, 'The ')}`;
  }
  return result ?? lines;
}

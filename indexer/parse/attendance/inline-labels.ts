// A second attendance label inside a list of people: "Present: A, B. Absent: C", on the label's line or on a line the
// page wrapped under it ("Mr. Haddad, Mrs. Whitfield. Absent: Mr. Osei (excused).").
import { pushAll } from '../../../core/arrays';
import type { AttendanceKind, Attendee } from '../../../core/types';
import { attendanceLabelOf, INLINE_LABEL, unmarkedAttendanceLabelOf, type AttendanceLabel } from './attendance-labels';
import type { ListReader } from './attendee-lists';

/** A part of a list of people and the kind of attendance it lists. */
export interface ListedPart {
  text: string;
  attendance: AttendanceKind;
}

/**
 * "… and the clerk A. Brown. There were apologies from Councillors P. Dunn and R. Hale.", "…; apologies were received
 * from …": a sentence saying who sent apologies, run on after the people present in one paragraph.
 */
const APOLOGIES_SENTENCE = /[.;]\s+(?:there\s+were\s+apolog(?:y|ies)\s+(?:for\s+absence\s+)?from|apolog(?:y|ies)\s+(?:for\s+absence\s+)?(?:were|was)\s+(?:received|given|tendered|submitted)\s+from)\s+/i;

/** APOLOGIES_SENTENCE tried at one place only. */
const APOLOGIES_SENTENCE_AT = new RegExp(APOLOGIES_SENTENCE.source, 'iy');

/**
 * "Directors present: Ana Ruiz, Tom Hale and Lee Parks. Director Gina Moss was absent.": a sentence naming who was absent
 * (or excused), run on after the people present; the names are its subject. Tried at one place only.
 */
const ABSENCE_SENTENCE_AT = /[.;]\s+(\p{Lu}[^.;]{1,100}?)\s+(?:was|were)\s+(?:absent|excused)\b[^.;]*[.;]?/uy;

/**
 * The first sentence of apologies or of absence in `text` that starts before `end`, as the part of the list it starts,
 * tried at each full stop and semicolon: a search of the whole text for one read a list of thousands of labels to its
 * end once for each label.
 */
function sentencePartBefore(text: string, end: number): { index: number; part: ListedPart } | null {
  for (let at = 0; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code !== 0x2e && code !== 0x3b) continue;
    APOLOGIES_SENTENCE_AT.lastIndex = at;
    const apologies = APOLOGIES_SENTENCE_AT.exec(text);
    if (apologies) return { index: at, part: { text: text.slice(at + apologies[0].length), attendance: 'apologies' } };
    ABSENCE_SENTENCE_AT.lastIndex = at;
    const absence = ABSENCE_SENTENCE_AT.exec(text);
    if (absence) return { index: at, part: { text: absence[1], attendance: 'absent' } };
  }
  return null;
}

/** The next part of a list, and whether its text is the rest of a list read to its end (AttendanceLabel.restEndsList). */
interface NextPart {
  index: number;
  part: ListedPart;
  restOfList: boolean;
}

type LabelReader = (text: string, restOfList: boolean) => AttendanceLabel | null;

/**
 * Where the next part of a list starts in `text`: at an attendance label after a full stop or semicolon, or at a
 * sentence of apologies or absence. In the `restOfList` the label after each part is not read again to the list's end.
 */
function nextPart(text: string, labelOf: LabelReader, restOfList: boolean): NextPart | null {
  const next = INLINE_LABEL.exec(text);
  const following = next ? labelOf(text.slice(next.index + next[0].length), restOfList) : null;
  // Only a sentence before the label takes the place of the part the label starts.
  const sentence = sentencePartBefore(text, following ? next!.index : text.length);
  if (sentence) return { ...sentence, restOfList: restOfList && sentence.part.attendance === 'apologies' };
  return following ? { index: next!.index, part: { text: following.rest, attendance: following.attendance }, restOfList: following.restEndsList === true } : null;
}

/**
 * The parts of a list (`text`, listed as `attendance`) cut at each attendance label set in it after a full stop or
 * semicolon, and at each sentence of apologies, each part under the kind it says; the last part is the one a list goes on with.
 */
export function partsUnderInlineLabels(text: string, attendance: AttendanceKind): ListedPart[] {
  const parts: ListedPart[] = [];
  let current: ListedPart = { text, attendance };
  // Each part is what is left of the text after a label or a sentence: with no bold marks in the text, none in a part.
  const labelOf = text.includes('**') ? attendanceLabelOf : unmarkedAttendanceLabelOf;
  for (let next = nextPart(current.text, labelOf, false); next; next = nextPart(current.text, labelOf, next.restOfList)) {
    parts.push({ text: current.text.slice(0, next.index), attendance: current.attendance });
    current = next.part;
  }
  parts.push(current);
  return parts;
}

/**
 * The people an attendance block's entries (`texts`, listed as `attendance`) name, read by `readList`: a label the page
 * wrapped onto a line of the list ("Mrs. Whitfield. Absent: Mr. Osei") lists the rest, and the entries after it, as it says.
 */
export function listedUnderLabels(texts: string[], attendance: AttendanceKind, readList: ListReader): Attendee[] {
  const attendees: Attendee[] = [];
  let kind = attendance;
  for (const text of texts) {
    for (const part of partsUnderInlineLabels(text, kind)) {
      kind = part.attendance;
      pushAll(attendees, readList(part.text, kind));
    }
  }
  return attendees;
}

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

/** Where a list is being read: its `text` from `from` on, listed as `attendance`; `restOfList` as AttendanceLabel.restEndsList says. */
interface Reading {
  text: string;
  from: number;
  attendance: AttendanceKind;
  restOfList: boolean;
}

/**
 * The first sentence of apologies or of absence in the text being read that starts before `end`, and the reading it
 * starts, tried at each full stop and semicolon: a search of the whole text for one read a list of thousands of labels
 * to its end once for each label.
 */
function sentenceBefore(reading: Reading, end: number): { index: number; after: Reading } | null {
  const { text, restOfList } = reading;
  for (let at = reading.from; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code !== 0x2e && code !== 0x3b) continue;
    APOLOGIES_SENTENCE_AT.lastIndex = at;
    const apologies = APOLOGIES_SENTENCE_AT.exec(text);
    if (apologies) return { index: at, after: { text, from: at + apologies[0].length, attendance: 'apologies', restOfList } };
    ABSENCE_SENTENCE_AT.lastIndex = at;
    const absence = ABSENCE_SENTENCE_AT.exec(text);
    if (absence) return { index: at, after: { text: absence[1], from: 0, attendance: 'absent', restOfList: false } };
  }
  return null;
}

type LabelReader = (text: string, restOfList: boolean) => AttendanceLabel | null;

/** The first place in the text being read where a label may start (INLINE_LABEL), and the label there, if it is one. */
interface LabelAhead {
  index: number;
  label: AttendanceLabel | null;
}

const INLINE_LABEL_FROM = new RegExp(INLINE_LABEL.source, 'g');

function labelAhead(reading: Reading, labelOf: LabelReader): LabelAhead | null {
  INLINE_LABEL_FROM.lastIndex = reading.from;
  const next = INLINE_LABEL_FROM.exec(reading.text);
  return next ? { index: next.index, label: labelOf(reading.text.slice(next.index + next[0].length), reading.restOfList) } : null;
}

/** An attendance label at the very start of a label's rest: "Absent: Also Present: …" (the first label left empty; not "Absent: Commissioner Mbeki Staff: …"). */
const LABEL_AT_START = /^\s*(?:Also|Present|Absent|Apologies|Excused|Regrets|Staff|Others|Officers|In\s+attendance)\b[A-Za-z ]{0,30}:/i;

/**
 * The reading a label starts: its rest, listed as it says; where the rest opens with another label ("Absent: Also
 * Present: Dean Lotter-City Manager, …", a Minnesota city's roll with no one absent), the label is empty and the next
 * one lists the rest.
 */
function readingAfter(label: AttendanceLabel, labelOf: LabelReader): Reading {
  let current = label;
  for (let next = LABEL_AT_START.test(current.rest) ? labelOf(current.rest.trimStart(), current.restEndsList === true) : null; next !== null; next = LABEL_AT_START.test(current.rest) ? labelOf(current.rest.trimStart(), current.restEndsList === true) : null) {
    current = next;
  }
  return { text: current.rest, from: 0, attendance: current.attendance, restOfList: current.restEndsList === true };
}

/**
 * The parts of a list (`text`, listed as `attendance`) cut at the first attendance label set in it after a full stop or
 * semicolon (and so on in the rest after that label), and at each sentence of apologies, each part under the kind it
 * says; the last part is the one a list goes on with.
 */
export function partsUnderInlineLabels(text: string, attendance: AttendanceKind): ListedPart[] {
  // Each part is what is left of the text after a label or a sentence: with no bold marks in the text, none in a part.
  const labelOf = text.includes('**') ? attendanceLabelOf : unmarkedAttendanceLabelOf;
  const parts: ListedPart[] = [];
  let reading: Reading = { text, from: 0, attendance, restOfList: false };
  // Kept while sentences of apologies go on in the same text: a list of many is searched for the label once, not once each.
  let ahead: LabelAhead | null | undefined;
  for (;;) {
    if (ahead === undefined || (ahead !== null && ahead.index < reading.from)) ahead = labelAhead(reading, labelOf);
    const label = ahead?.label ?? null;
    // Only a sentence before the label takes the place of the part the label starts.
    const sentence = sentenceBefore(reading, label ? ahead!.index : reading.text.length);
    if (!sentence && !label) break;
    parts.push({ text: reading.text.slice(reading.from, sentence ? sentence.index : ahead!.index), attendance: reading.attendance });
    if (sentence?.after.attendance !== 'apologies') ahead = undefined;
    reading = sentence ? sentence.after : readingAfter(label!, labelOf);
  }
  parts.push({ text: reading.text.slice(reading.from), attendance: reading.attendance });
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

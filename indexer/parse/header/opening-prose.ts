// Prose between a meeting's header and its first item ("The Chair welcomed everyone…", "A minute's silence was
// held…"): what was said before the agenda began is minutes, not header. It is kept as an opening item instead of
// being read as part of the venue or dropped.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { isCapsLine } from '../items/capitals';
import { paragraphText, withoutMarkup } from '../lines';
import { NUMBERED_LINE } from '../items/item-numbers';
import { isBlank, tailOf } from '../patterns';

export const OPENING_TITLE = 'Opening of the meeting';

/** "Venue:", "Also present:", "In attendance:": a labelled header fact, not prose. */
const LABELLED = /^[A-Z][A-Za-z /&'()-]{0,30}:/;
/** Three lower-case words in a row: a sentence, not a name, title or address. */
export const RUN_OF_LOWER_WORDS = /\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b/;
/** Shorter lines ("The meeting started at 7pm.") stay in the header, where their time is read. */
const MIN_WORDS = 8;
const SENTENCE_END = /[.!?]["”’)]?$/;
/**
 * "… explained its purpose. Mr Brown confirmed …": a sentence ended after a word and the next begun, in a block whose
 * last line lost its full stop ("… confirmed the terms of reference of the committee").
 */
const ENDED_SENTENCE = /\p{Ll}{2}[.!?]\s+\p{Lu}\p{Ll}/u;
/** A line left hanging on a preposition, conjunction or comma: its sentence goes on in the next line. */
const HANGS_ON = /(?:\s(?:at|in|on|of|the|and|held|from)|,)\s*$/i;

/**
 * The labels of a header's facts: where, when, who, which body. "Minutes of the last meeting:" is an item's, and so is
 * "Minutes:" alone over a sentence ("Minutes: The minutes of the March meeting were agreed …"): a header's field of that
 * name holds a title or the minute-taker's name, never a sentence (isProse asks for one).
 */
const HEADER_FACT = /^(?:venue|place|location|where|held|date|time|start|present|absent|apologies|attend|members|staff|officers|also|chair|clerk|minutes(?!\s*:|\s+of\s+the\s+(?:last|previous)\b)|meeting|committee|council|board|body|subject|title|re)\b/i;

/**
 * Whether a paragraph's text is prose: a sentence of eight words or more, with three lower-case words in a row, no
 * header's labelled fact. With `lostLastStop`, a text ending no sentence is prose when one of its sentences ended inside
 * it (an opening block whose last line lost its full stop); without, it must end one (a dated paragraph is told as prose
 * only so: a page of headings and fields run together on a line holds sentences too).
 */
export function isProse(printed: string, lostLastStop = false): boolean {
  // "CALL TO ORDER: Mayor Whitfield called the meeting to order …": a run-in heading, then what was said.
  const label = LABELLED.exec(printed);
  if (label && (HEADER_FACT.test(label[0]) || attendanceLabelOf(printed) !== null)) return false;
  const text = label ? printed.slice(label[0].length).trim() : printed;
  // The end read from the text's tail, the words counted up to the least: a block can be a whole document on one line.
  if (isCapsLine(text) || !(SENTENCE_END.test(text.slice(-2)) || (lostLastStop && ENDED_SENTENCE.test(text)))) return false;
  return text.split(/\s+/, MIN_WORDS).length >= MIN_WORDS && RUN_OF_LOWER_WORDS.test(text);
}

/**
 * "The notice convening the meeting was read.", "Prayers were offered by the Vicar.": an old minute book's short sentence
 * under the roll, what was done before the business, shorter than prose is counted; a line of its own, after the
 * attendance (the meeting's time, "The meeting was held at 7 p.m.", stays in the header).
 */
const RECORDED_ACT = /^\p{Lu}[^:]{4,120}\s(?:was|were)\s(?:duly\s+|then\s+)?(?:read|said|offered|signed|received|noted|taken|given|confirmed|presented)\b[^:]{0,120}\.$/u;

/** The first line of the first block of prose from `from` up to `to` (the first item heading), or -1; `used` lines are the header's attendance. */
export function openingProseStart(lines: string[], from: number, to: number, used: ReadonlySet<number>): number {
  // A loop, not Math.max(...used): an attendance of a hundred thousand lines is more arguments than a call takes.
  let lastUsed = -1;
  for (const index of used) if (index > lastUsed) lastUsed = index;
  let start = from;
  while (start < to) {
    if (isBlank(lines[start]) || used.has(start)) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < to && !isBlank(lines[end]) && !used.has(end)) end += 1;
    // "… held on Monday 7 April 2025 at" / "7.30 pm in the Reading Room, …": the header's sentence wrapped, not prose.
    if (start === from && start > 0 && HANGS_ON.test(tailOf(lines[start - 1], 8))) {
      start = end;
      continue;
    }
    if (isProse(paragraphText(lines, start, end), true) || isAttendanceMinute(lines[start]) || (lastUsed !== -1 && start > lastUsed && (holdsNotes(lines, start, end) || (end - start === 1 && RECORDED_ACT.test(lines[start].trim()))))) return start;
    start = end;
  }
  return -1;
}

/**
 * Whether a block under the header's attendance is minutes the prose rule misses: one opening with an item's number
 * that no heading rule took ("276/18 Declarations of interest/ Requests for dispensation. None."; not a list of numbered
 * lines alone, the agenda above the minutes), or told as notes, not sentences: "Public Participation" over "- On
 * arrival it was discovered that the hall had been broken into" (no full stop anywhere), as parish clerks write them; a
 * line of eight words or more, unlabelled, with three lower-case words in a row. A block labelling a header fact is the
 * header's.
 */
function holdsNotes(lines: string[], start: number, end: number): boolean {
  let notes = false;
  let numbered = 0;
  for (let index = start; index < end; index += 1) {
    const line = withoutMarkup(lines[index]).trim();
    const label = LABELLED.exec(line);
    if (label && HEADER_FACT.test(label[0])) return false;
    if (NUMBERED_LINE.test(line)) numbered += 1;
    notes ||= !label && RUN_OF_LOWER_WORDS.test(line) && line.split(/\s+/).length >= MIN_WORDS;
  }
  // Numbered lines and nothing else, more than one: the agenda listed above the minutes, whose items follow.
  return notes || (NUMBERED_LINE.test(lines[start].trim()) && (end - start === 1 || numbered < end - start));
}

/**
 * "1. Apologies for absence. A Stacey and C Millington – private commitments.": a numbered minute recording attendance,
 * which the heading rules leave out of the items (an item is "Apologies" alone) and the header's lists did not read: it
 * opens the minutes, not the header, so its words are kept.
 */
function isAttendanceMinute(line: string): boolean {
  const numbered = line.charCodeAt(0) <= 0x39 ? NUMBERED_LINE.exec(line.trim()) : null;
  return numbered !== null && (attendanceLabelOf(numbered[3])?.rest ?? '') !== '';
}

/** The line after the paragraph going on from `from` (to a blank line, a line of the header's attendance or `to`). */
function paragraphEnd(lines: string[], from: number, to: number, used: ReadonlySet<number>): number {
  let end = from;
  while (end < to && !isBlank(lines[end]) && !used.has(end)) end += 1;
  return end;
}

/**
 * Where the minutes of a meeting with no item headings start: where its header ends (`headerEnd`), or at the first
 * paragraph of prose read into the header, which is minutes all the same: a report told in paragraphs whose last gives a
 * date ("The next meeting will be held on …"), a page run together on one line after its title. The header's own
 * sentence (the one sentence of `dateLine`'s paragraph: "Minutes of the meeting held on …") is no prose of the minutes.
 */
export function unheadedMinutesStart(lines: string[], headerEnd: number, dateLine: number, used: ReadonlySet<number>): number {
  for (let from = 0; from < headerEnd; ) {
    const start = openingProseStart(lines, from, headerEnd, used);
    if (start === -1) return headerEnd;
    const end = paragraphEnd(lines, start, headerEnd, used);
    const oneSentence = !ENDED_SENTENCE.test(paragraphText(lines, start, end));
    if (!(start <= dateLine && dateLine < end && oneSentence)) return start;
    from = end;
  }
  return headerEnd;
}

/** A paragraph holding more sentences than this, and longer than RUN_TOGETHER_LENGTH, is more than a header's title and date. */
const HEADER_SENTENCES = 2;
const RUN_TOGETHER_LENGTH = 500;
const ENDED_SENTENCES = new RegExp(ENDED_SENTENCE.source, 'gu');

/**
 * Where the opening of a meeting with item headings starts: at `proseStart` (openingProseStart's answer, or -1), or
 * earlier: at a paragraph of prose above the header's date line (a date found far down, in a sentence about another
 * meeting, made the header run to it), or at the date line's own paragraph when that is a page run together (the title,
 * the date, those present and the first minutes on one line, up to the first item heading the parser could part from
 * it). Read as header only, all but the title and date of such text were lost.
 */
export function openingWithRunTogetherHeader(lines: string[], dateLine: number, headerEnd: number, used: ReadonlySet<number>, proseStart: number): number {
  if (dateLine < 0 || dateLine >= headerEnd || used.has(dateLine) || isBlank(lines[dateLine])) return proseStart;
  let start = dateLine;
  while (start > 0 && !isBlank(lines[start - 1]) && !used.has(start - 1)) start -= 1;
  const end = paragraphEnd(lines, dateLine + 1, headerEnd, used);
  // One paragraph of prose above the date line is a covering note ("Please find below the minutes of …"); more are minutes.
  const above = openingProseStart(lines, 0, start, used);
  if (above !== -1 && openingProseStart(lines, paragraphEnd(lines, above, start, used), start, used) !== -1) return above;
  return runTogether(paragraphText(lines, start, end)) ? start : proseStart;
}

/** Whether a paragraph is more than a header's title, date and attendance: long, of several sentences, prose. */
function runTogether(paragraph: string): boolean {
  if (paragraph.length <= RUN_TOGETHER_LENGTH) return false;
  let sentences = 0;
  for (ENDED_SENTENCES.lastIndex = 0; sentences <= HEADER_SENTENCES && ENDED_SENTENCES.test(paragraph); ) sentences += 1;
  return sentences > HEADER_SENTENCES && isProse(paragraph, true);
}

/**
 * Where the opening's prose is looked for in a header with no date line, which runs to the line above the first
 * numbered heading (`titleEnd`): under the last line of the header's attendance ("Present: …" over a talk given before
 * the meeting), or, with none, past the header (the title lines may be sentences of their own).
 */
export function undatedOpeningFrom(used: ReadonlySet<number>, titleEnd: number): number {
  let last = -1;
  for (const index of used) if (index < titleEnd && index > last) last = index;
  return last === -1 ? titleEnd + 1 : last + 1;
}

/**
 * The header's attendance, with the lines it read that are a page run together ("Apologies for absence were received
 * from … WELCOME The Chair welcomed …", the rest of the minutes on the same line) no longer counted as its own: their
 * people are read, and the line is left to the minutes too, which dropped it whole.
 */
export function withRunTogetherLinesUnused<T extends { used: Set<number> }>(attendance: T, lines: string[]): T {
  const runTogetherLines = [...attendance.used].filter((index) => lines[index].length > RUN_TOGETHER_LENGTH && runTogether(withoutMarkup(lines[index]).trim()));
  if (runTogetherLines.length === 0) return attendance;
  const used = new Set(attendance.used);
  for (const index of runTogetherLines) used.delete(index);
  return { ...attendance, used };
}

/** How many lines after the date line an attendance label is looked for. */
const ATTENDANCE_SEARCH_LINES = 8;

/**
 * "The Board of County Commissioners met in regular session at 9:00 a.m. …" above "PRESENT: …": where an opening
 * sentence comes between the date and the attendance (as US boards write), the header's attendance is read from the
 * line before the first label found before `limit` (the first heading); else from `dateLine`, as usual.
 */
export function attendanceAfterOpening(lines: string[], dateLine: number, limit: number): number {
  const end = Math.min(limit, lines.length);
  for (let index = dateLine + 1, seen = 0; index < end && seen < ATTENDANCE_SEARCH_LINES; index += 1) {
    if (isBlank(lines[index])) continue;
    seen += 1;
    const label = attendanceLabelOf(withoutMarkup(lines[index]).trim());
    // "Apologies" alone heads an item.
    if (label && !(label.attendance === 'apologies' && label.rest === '')) return index - 1;
  }
  return dateLine;
}

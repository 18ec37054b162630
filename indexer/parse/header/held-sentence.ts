// The sentence under a dated title saying which meeting it was and when it was held ("Minutes of the meeting of the
// Planning Committee held on …", "Minutes of the meeting held in the Council Chamber … on Thursday 23 January 2025"):
// the header goes on to it, whatever stands between (the body's name set as a heading, a draft's notice).
import { findDate } from './meeting-fields';
import { withoutMarkup } from '../lines';
import { isBlank } from '../patterns';

/** "Minutes of the meeting held …", "Draft minutes of the special meeting held …", "Meeting held on …": the sentence, naming no body. */
const HELD_SENTENCE = /^(?:(?:(?:DRAFT|UNCONFIRMED|CONFIRMED|APPROVED)\s+)?MINUTES\s+of\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?|(?:the\s+)?)meeting\s+(?:was\s+)?held\b/iu;
/** Lines (not blank) under the title looked at for a sentence naming the meeting's body… */
const LINES_TO_BODY_SENTENCE = 3;
/** …and for one giving only the title's date: the title's own date tells it from last meeting's minutes. */
const LINES_TO_HELD_SENTENCE = 6;

/** How much of a line's opening HELD_SENTENCE reads, at most. */
const SENTENCE_OPENING = 400;

/** "Draft, to be approved on 10 July 2024", "Unconfirmed minutes, subject to approval": a draft's notice, dated with the day it goes for approval. */
const DRAFT_NOTICE = /\b(?:draft|unconfirmed|subject to (?:approval|confirmation)|to be (?:approved|confirmed|ratified))\b/i;

/**
 * Whether `line` says when the meeting titled on `dateLine` was held: it gives the title's own date ("… held on 14
 * November", its last minutes, gives another); under a draft's notice, whose date is when the minutes go for approval,
 * any date.
 */
function restatesMeetingHeld(line: string, dateLine: string): boolean {
  // The sentence opens its line: a long line (a document run onto one) is read first for its opening only (one in
  // italics, "*…*", is read whole, its marks told by its end).
  const opening = line.length > SENTENCE_OPENING && !line.startsWith('*') && !line.startsWith('_') ? withoutMarkup(line.slice(0, SENTENCE_OPENING)).trim() : null;
  if (opening !== null && !HELD_SENTENCE.test(opening)) return false;
  const text = withoutMarkup(line).trim();
  if (!HELD_SENTENCE.test(text)) return false;
  const date = findDate(text);
  return date !== null && (date === findDate(dateLine) || DRAFT_NOTICE.test(dateLine));
}

/**
 * The line of the sentence naming the meeting under its dated title ("Full Council Minutes – 15 April 2024", on
 * `dateLine`), above the first numbered heading (`before`), or `dateLine` if there is none; `isMeetingAnchor` tells a
 * meeting's start ("Minutes of the meeting of X held on <date>").
 */
export function meetingSentenceAfter(lines: string[], dateLine: number, before: number, isMeetingAnchor: (lines: string[], index: number) => boolean): number {
  for (let index = dateLine + 1, seen = 0; index < Math.min(lines.length, before) && seen < LINES_TO_HELD_SENTENCE; index += 1) {
    if (isBlank(lines[index])) continue;
    if (seen < LINES_TO_BODY_SENTENCE && isMeetingAnchor(lines, index)) return index;
    if (dateLine >= 0 && restatesMeetingHeld(lines[index], lines[dateLine])) return index;
    seen += 1;
  }
  return dateLine;
}

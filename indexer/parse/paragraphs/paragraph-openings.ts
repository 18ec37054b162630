// How a line opens a paragraph of an item without a blank line before it, after a line that ends a sentence: a
// decision or a body's outcome, a turn of speech, the sentence that closes the meeting.
import { afterClockTime } from './clock-times';
import { describedSpeakerOf } from '../speakers/described-speakers';
import { DECISION_LABEL, opensWithDecision, WAS_APPROVED } from '../decisions/decisions';
import { anyOf } from '../patterns';
import { PUBLIC_PERSON } from '../speakers/public-speakers';
import { NAME, TITLE } from '../speakers/speaker-titles';
import { speakerOf } from '../speakers/speakers';

/** How a decision or a body's outcome opens a paragraph, as one pattern: a line is read once for all of them. */
export const OUTCOME_OPENING = anyOf([
  DECISION_LABEL,
  // "PENDERFYNWYD / RESOLVED that …", "CYTUNWYD / AGREED": Welsh councils print the outcome in Welsh, then in English.
  /^(?:PENDERFYNWYD|Penderfynwyd|CYTUNWYD|Cytunwyd)\b/,
  /^(?:RESOLVED|AGREED|(?:Resolved|Agreed)(?:\s*:|,? (?:that|to|unanimously)\b)|Decision\s*:|DECISION\s*:|Proposed by\b|It was (?:unanimously )?(?:resolved|agreed|RESOLVED|AGREED)\b|It was (?:proposed|moved|PROPOSED|MOVED) (?:by|BY)\b|(?:COUNCIL )?RESOLUTION\b|(?:Council )?Resolution (?:number|no\.?)|MOTION\s*:|Motion by\b|(?:Moved|MOVED) (?:by|BY)\b|(?:Upon|On) (?:a )?motion (?:by|of)\b|(?:ACTION|Action|Outcome|OUTCOME)\s*:|RESULT\s*:\s*[A-Z]{4}|(?:OFFICERS?'? )?RECOMMENDATIONS?\s*:|VOTED\b|Voted\s*:)/,
  WAS_APPROVED,
  // "Proposed Cllr Ashworth, seconded Cllr Reynolds.": English parish minutes name the proposer without "by".
  new RegExp(String.raw`^Proposed:? (?:${TITLE})\s`),
  // "Council Resolution OCM2025/015" over its mover (Australian councils), and a US resolution's operative clause under
  // its recitals: "NOW, THEREFORE, BE IT RESOLVED, that …".
  /^(?:Council|Committee|Board) Resolution\b|^(?:NOW|Now),? (?:THEREFORE|therefore),? (?:BE IT|be it) (?:RESOLVED|resolved)\b/,
  // "The Planning Committee noted …": the body may be named with what kind it is.
  /^(?:The )?(?:[A-Z][a-z-]+ ){0,2}(?:Board|Committee|Council|Panel|Cabinet|Authority|Forum|Governors|Trustees) (?:noted|NOTED|approved|APPROVED|agreed|AGREED|resolved|RESOLVED|received|RECEIVED|endorsed|ENDORSED)\b/,
]);
const PUBLIC_SPEAKER = new RegExp(String.raw`^(?:A|Another|The|One) (?:second |third |further |other )?${PUBLIC_PERSON}\b`, 'i');

/**
 * "The meeting closed at 8.20 pm.", "The hearing closed …", "There being no further business, …": the sentence that closes a meeting is a
 * paragraph of its own, not the end of the resolution above it (PDF text loses the blank line between them).
 */
const MEETING_CLOSE = /^(?:(?:The |This )?(?:[Mm]eeting|[Hh]earing|[Ss]itting) (?:was )?(?:closed|ended|concluded|finished|adjourned|terminated)\b|There being no (?:further|other) business\b|This concluded the business\b)/;

/** How MEETING_CLOSE starts: other lines need not be tried. */
const MEETING_CLOSE_STARTS = 'TMmHhSs';

/** Whether a line is the sentence closing the meeting ("Meeting adjourned, 8:40 p.m."). */
export const closesMeeting = (line: string) => MEETING_CLOSE_STARTS.includes(line[0]) && MEETING_CLOSE.test(line);

/**
 * "Governors asked …", "Leaders responded …": a school board's record of challenge and answer (and "Members asked …"),
 * each a turn though no one person speaks.
 */
const GROUP_TURN = /^(?:Governors|Trustees|Members|Councillors|Directors|Leaders|Senior leaders|Officers|Staff) (?:asked|queried|questioned|challenged|responded|replied|explained|confirmed)\b/;

/**
 * "Q: Why had attendance fallen?" over "A: The Headteacher explained …": a governing body's record of challenge and
 * answer, each question and each answer a turn of its own.
 */
const QUESTION_OR_ANSWER = /^[QA]:\s/;

/**
 * "Councillor Ann Hale was proposed by …" over "Councillor Ben Dee was proposed by …": each nomination for an office is an
 * entry of its own, though the nominee says nothing in it.
 */
const NOMINEE = new RegExp(String.raw`^(?:${TITLE})\.?\s+${NAME} (?:was|were) (?:duly )?(?:proposed|seconded)\b`, 'u');
export const namesNominee = (line: string) => line.includes(' was ') && NOMINEE.test(line);

/**
 * Opens a decision or a body's outcome ("RESOLVED that …", "RECOMMENDED to the Fire Authority that …", "Proposed Cllr
 * Ashworth, seconded …"), a time of day before it set aside: minutes give each decision a paragraph of its own, so it
 * opens one even under a line the page's wrap filled, where a turn of speech may carry the paragraph on.
 */
export function opensOutcome(printed: string): boolean {
  const line = afterClockTime(printed);
  return OUTCOME_OPENING.test(line) || opensWithDecision(line);
}

/**
 * Starts a new turn of speech (one by a person named with where they live: "Gary Fenwick, 88 Ridge Road, spoke …"),
 * a clerk's note of the time, or the close of the meeting.
 */
export function opensTurn(printed: string): boolean {
  // "7.32pm Cllr Hale said …": a clerk's note of the time opens an entry of its own.
  const line = afterClockTime(printed);
  return line !== printed || speakerOf(line) !== null || PUBLIC_SPEAKER.test(line) || GROUP_TURN.test(line) || (line[1] === ':' && QUESTION_OR_ANSWER.test(line)) || closesMeeting(line) || describedSpeakerOf(line) !== null || namesNominee(line);
}

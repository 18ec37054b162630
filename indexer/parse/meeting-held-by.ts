// Sentences and titles that name a meeting's body with no "Minutes of" before it, as Scottish community councils and
// Welsh community councils head their minutes: "At a meeting of Braehead Community Council held in …", "Pentre
// Community Council Meeting held on Wednesday 16th June 2021".
import { BODY_WORDS, GENERIC_BODY } from './body-names';

/**
 * "At a meeting of BRAEHEAD COMMUNITY COUNCIL held in the Board Room …", "At the Annual Meeting of the Planning Committee
 * held on …": the body is the words between "meeting of" and "held" (at most 80 characters, no punctuation among them).
 */
const AT_MEETING_OF =
  /\bat\s+(?:an?|the)\s+(?:(?:annual|ordinary|extraordinary|special|regular|monthly|general|statutory)\s+)*meeting\s+of\s+(?:the\s+)?([^\s,.;:()][^,.;:()]{1,79}?)\s+(?:was\s+)?held\b/i;

/**
 * "Pentre Community Council Meeting held on …", "GLYN VALE TOWN COUNCIL ORDINARY MEETING HELD ON …": a title line that
 * starts with the body's name (capitalised words), then the meeting it held; not a motion's "THAT the Regular Council
 * Meeting held on … be called to order".
 */
const BODY_MEETING_HELD =
  /^(?!(?:THAT|That|WHEREAS|Whereas|RESOLVED|Resolved|IT|It)\s)(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|and|&|the|\p{Lu}[\p{L}'’&.-]*)){1,7}?)\s+(?:(?:Annual|Ordinary|Extraordinary|Special|Monthly|Main|Full|ANNUAL|ORDINARY|EXTRAORDINARY|SPECIAL|MONTHLY|MAIN|FULL)\s+)?(?:Meeting|MEETING)\s+(?:was\s+|WAS\s+)?(?:held|HELD)\b/u;

/** A body's name read from one of the forms above: one naming a body by its word, not only a kind of meeting ("Community Council"). */
function asNamedBody(name: string | undefined): string | null {
  if (name === undefined || /\bminutes\b/i.test(name)) return null;
  return BODY_WORDS.test(name) && !GENERIC_BODY.test(name.trim()) ? name.trim() : null;
}

/** The body an "At a meeting of X held …" sentence names in a header's text, or null. */
export function bodyAtMeetingOf(text: string): string | null {
  return asNamedBody(AT_MEETING_OF.exec(text)?.[1]);
}

/** The body a title line "X Meeting held on …" names, or null. */
export function bodyBeforeMeetingHeld(line: string): string | null {
  return asNamedBody(BODY_MEETING_HELD.exec(line)?.[1]);
}

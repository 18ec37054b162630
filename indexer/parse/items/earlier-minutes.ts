// Sentences about an earlier meeting's minutes ("To approve the minutes of the meeting held on 5 March 2024"): the
// date they give is that meeting's, not the one these minutes record. So with the period a report covers, and with a
// later meeting still to be held, where the minutes are printed under the agenda of the one that is to approve them
// ("… TO BE HELD ON 25 MAY 2017").

/**
 * "the (public) minutes (and summary) of …", "The minutes of the Scrutiny Committee held on …", "minutes of the previous meeting …",
 * "To receive Minutes of the Meeting held …" (an agenda's words), "Minutes of the meeting held on 28 November 2022 were
 * agreed." (a sentence saying so, though it opens its line as a title does):
 * to the end of the line's sentence. A meeting's own title opens its line with "Minutes of" and no article before it
 * ("Minutes of the meeting of the Planning Committee held on …"), so it is kept.
 */
const EARLIER_MINUTES = /\b(?:the\s+(?:[\p{L}-]+\s+)?minutes|(?<=^\s*)minutes\s+of\s+(?=[^.]*\b(?:were|was)\s+(?:\p{Ll}+\s+)?(?:agreed|approved|confirmed|signed|accepted|adopted)\b)|(?<=\bto\s+(?:receive|approve|confirm|agree|adopt|sign|note)\s+)minutes|minutes\s+of\s+the\s+(?:last|previous|preceding)\s+meeting)\b[^.]*/giu;

/** A header's lines with each mention of an earlier meeting's minutes blanked, so that no date is read from it. */
export function withoutEarlierMinutes(lines: string[]): string[] {
  return lines.map((line) => (/minutes/i.test(line) ? line.replace(EARLIER_MINUTES, '') : line));
}

/** "To approve as a correct record the minutes of …", "To receive Minutes of the Meeting held …": an agenda's words over an item's minutes. */
const AGENDA_MINUTES = /^\s*to\s+(?:receive|approve|confirm|agree|adopt|sign|note)\b[^.]{0,60}?\bminutes\b/i;

/** Whether a line is an agenda's words over the minutes of an earlier meeting (the cheap test first: most lines name no minutes). */
export function isAgendaMinutesLine(line: string): boolean {
  return (line.includes('inutes') || line.includes('INUTES')) && AGENDA_MINUTES.test(line);
}

/**
 * "for the period 1 April 2024 to 7 January 2025", "during the period 29 July to 22 September 2015": the span a report
 * covers, to its end date; its dates are no meeting's.
 */
const PERIOD = /\bperiod\s+(?:from\s+|of\s+|between\s+)?[^.;]{0,60}?\b(?:to|and|until)\b[^.;]{0,40}?\d{4}/gi;

/**
 * "individual documents published after 1 May 2020 are available as HTML pages": a site's notice of which of its papers
 * are published how, to its sentence's end; its date is no meeting's.
 */
const PUBLISHED_SINCE = /\bpublished\s+(?:after|before|since|from)\b[^.;]*/gi;

/**
 * "… Meeting of the College Council Formed on November 14, 2002", "… Society (founded 1 May 1998)": when the body was
 * formed, which a title counting its meetings from then names; its date is no meeting's.
 */
const FOUNDED_ON = /\b(?:formed|founded|established|constituted|incorporated)\s+(?:on\s+|in\s+)?[^.;)]{0,30}?\d{4}/gi;
/** The words FOUNDED_ON starts with, as a line holds them (the cheap test first: most lines hold none). */
const FOUNDING_WORD = /(?:orm|ound|stablish|onstitut|ncorporat)ed\b/i;

/** A header's lines with each period a report covers, a site's papers were published over, or since the body was formed, blanked, so that no date is read from it. */
export function withoutPeriods(lines: string[]): string[] {
  return lines.map((line) => {
    const withoutPeriod = line.includes('period') ? line.replace(PERIOD, '') : line;
    const withoutFounding = FOUNDING_WORD.test(withoutPeriod) ? withoutPeriod.replace(FOUNDED_ON, '') : withoutPeriod;
    return withoutFounding.includes('published') ? withoutFounding.replace(PUBLISHED_SINCE, '') : withoutFounding;
  });
}

/** "to be held on …", "will be held at … on …": to the sentence's end, a meeting still to come. */
const COMING_MEETING = /\b(?:to|will)\s+be\s+held\b[^.]*/gi;
/** "Next meeting:", "Date of next meeting –", "Next Meeting Date:": the label of the coming meeting's date. */
const NEXT_MEETING_LABEL = /^\W*(?:(?:the\s+)?date\s+of\s+(?:the\s+)?)?next\s+meeting(?:\s+date)?\s*[:–—-]/i;
/** "held on", "held at" with no "to be" or "will be" before it: a meeting that has been held. */
const HELD_MEETING = /(?<!\b(?:to|will)\s+be\s+)\bheld\b/i;

/**
 * A header's lines with each mention of a meeting still to be held blanked, where another of its lines tells of a meeting
 * held (an agenda alone, whose only date is the coming meeting's, keeps it); the same array otherwise.
 */
export function withoutComingMeetings(header: string[]): string[] {
  // "- Next meeting: 15th February 2011" in a header of labelled details (opened, closed, next): the next meeting's date, labelled so, is never this one's.
  const lines = header.some((line) => NEXT_MEETING_LABEL.test(line)) ? header.map((line) => (NEXT_MEETING_LABEL.test(line) ? '' : line)) : header;
  const coming = lines.map((line) => (/held/i.test(line) ? line.search(COMING_MEETING) : -1));
  if (!coming.some((at) => at !== -1)) return lines;
  const held = lines.some((line, index) => HELD_MEETING.test(coming[index] === -1 ? line : line.replace(COMING_MEETING, '')));
  return held ? lines.map((line, index) => (coming[index] === -1 ? line : line.replace(COMING_MEETING, ''))) : lines;
}

// Where a meeting was held, as its header prints it: after a label ("Venue: …"), in the sentence that says when and
// where it was held ("… held at X on <date>", "… on <date> at 7pm in X"), on a line of its own that names a council's
// building ("City Hall Council Chambers, 400 Elm Street"), or after a header line's time ("…, 7pm, Glenbrae Church Hall").
import { joinLines } from '../lines';
import { cleanVenue, WEEKDAY } from './meeting-fields';

const VENUE_LABEL = /^(?:Venue|Place|Location|Where|Held at)\s*:\s*(.+)$/i;
const LABEL_ALONE = /^\s*(?:Venue|Place|Location)\s*:\s*$/i;
/** "Date: 27 January 2025     Time: 5.30pm     Venue: Head Office": the venue's field after others on one line, set apart by a gap, a tab or a bar. */
const VENUE_FIELD = /(?:\s{2,}|\t|\|)\s*(?:Venue|Place|Location)\s*:\s*(\S.*)$/i;
/** Where the venue's field ends on such a line: the gap before the next field. */
const NEXT_FIELD = /(?:\s{2,}|\t|\s\|\s).*$/;
/** "7pm", "7.30 pm", "19:00", "14.00": a time of day, which "held at" can give before the place. */
const CLOCK_TIME = String.raw`(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d{2}(?:\s*(?:hrs|hours))?)`;
// "… Board Meeting held in Public on 12 September 2023 at Riverside House": an NHS board's meeting held in public (or
// private) before its date, the place after it.
const VENUE_IN_SENTENCE = new RegExp(
  String.raw`\bheld\s+(?:in\s+(?:public|private)\s+(?=on\s))?(?:at\s+${CLOCK_TIME}\s+)?(?:(?:at|in|within)\s+(?:the\s+)?(?!${CLOCK_TIME}\s)(.+?)\s+on\s+(?:the\s+)?(?:${WEEKDAY}|\d)|on\s+.+?\b(?:at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+)?(?:in|at)\s+(?:the\s+)?([A-Z].+?)(?:\.\s*$|\s+commencing\b|\s+at\s+\d|$))`,
  'i',
);
/** Longer than this, a place read from a sentence has run on into what follows it (minutes flattened onto one line). */
const MAX_VENUE = 120;
/** A council's building or room alone on a line ("Council Chambers"), or opening one that goes on with its address or town. */
const VENUE_LINE =
  /^(?:The\s+)?(?:(?:City|Town|Village|County|Shire|Memorial|Parish|Civic|Community|Municipal|Council)\s+)?(?:Council\s+Chambers?|Chambers?|Committee\s+Room(?:\s+\d+)?|Hall|Guildhall|Civic\s+Cent(?:re|er)|Council\s+Offices|Municipal\s+(?:Building|Offices)|Community\s+(?:Centre|Center|Hall|Hub))\b(?:(?:\s*[,–—-]\s*|\s+)[^.!?]{0,100})?$/;
/** "Minutes of Meeting – Monday 13 January 2025, 7pm, Glenbrae Church Hall": a building after a header line's time of day. */
const PLACE_AFTER_TIME =
  /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s*[,–—-]\s*(\p{Lu}[^,.;]{0,60}?\b(?:Hall|Cent(?:re|er)|Chambers?|Room|Church|Library|School|Offices|Pavilion|Institute|House|Hub)(?:,\s*\p{Lu}[^,.;]{0,40})?)\s*\.?$/u;
/** "… . Start: 6.30pm", "… – Time: 7pm": the time printed after the place in the same field. */
const TIME_AFTER_PLACE = /[.,;–—-]?\s*(?:Start|Time|Starts|Commencing)\s*:.*$/i;

/** A line that starts what follows the header's sentence: a labelled field ("Present: …"), or a table's row (cells parted by tabs). */
const AFTER_SENTENCE = /^[A-Z][A-Za-z ]{0,30}:|\t/;

/**
 * The lines from the one that says the meeting was "held" to the end of its sentence, joined (a line in lower case after a
 * blank line still goes on with it: "… held on 14 January 2025" over "at the Council Offices, …"); null when none says so.
 */
function heldSentence(lines: string[]): string | null {
  const start = lines.findIndex((line) => /\bheld\b/i.test(line));
  if (start === -1) return null;
  let end = start + 1;
  for (let next = end; next < lines.length && !AFTER_SENTENCE.test(lines[next]); next += 1) {
    if (lines[next].trim() === '') continue;
    if (next > end && !/^\s*\p{Ll}/u.test(lines[next])) break;
    end = next + 1;
  }
  return joinLines(lines.slice(start, end));
}

const MAX_HEADER_LINE = 1000;
/** "… Leicester Road, Groby Cou/285/07-08 Present Members": a text run onto one line, the first minute's reference after the place. */
const FIRST_MINUTE_AFTER_PLACE = /\s+\p{Lu}\p{L}{0,3}\/\d{1,4}\/\d{2}(?:[-–]\d{2})?\s.*$/u;
/**
 * How much of a header with no short line saying "held" is read for the sentence that does: a text on one line is all
 * header, and a place read on to the text's end from each "held" in it took minutes on a document of megabytes.
 */
const MAX_HELD_TEXT = 4 * MAX_HEADER_LINE;

/** The venue in a header's lines (its text is the lines joined), or null when it names none. */
export function venueIn(allLines: string[], text: string): string | null {
  // A longer line is a text on one line (or a page of prose), not a header's: its venue is read from the text as a whole.
  const lines = allLines.filter((line) => line.length <= MAX_HEADER_LINE);
  for (const [index, line] of lines.entries()) {
    const labelled = VENUE_LABEL.exec(line);
    if (labelled) return cleanVenue(labelled[1].replace(TIME_AFTER_PLACE, ''));
    // "Place:" alone, over "Committee Room 3, Council Offices": a details list with each value under its label.
    const under = LABEL_ALONE.test(line) ? lines.slice(index + 1, index + 3).find((next) => next.trim() !== '') : undefined;
    if (under && !under.includes(':')) return cleanVenue(under.trim());
  }
  const field = firstFieldOf(lines);
  if (field) return cleanVenue(field.replace(NEXT_FIELD, '').replace(TIME_AFTER_PLACE, ''));
  const held = VENUE_IN_SENTENCE.exec(heldSentence(lines) ?? text.slice(0, MAX_HELD_TEXT));
  const venue = held?.[1] ?? held?.[2];
  if (venue) return venue.length > MAX_VENUE ? null : cleanVenue(venue.replace(/\s+(?:on|at)\s+\d.*$/, '').replace(FIRST_MINUTE_AFTER_PLACE, ''));
  const line = lines.find((candidate) => candidate.length <= 120 && VENUE_LINE.test(candidate));
  if (line) return cleanVenue(line);
  const afterTime = lines.map((candidate) => PLACE_AFTER_TIME.exec(candidate)).find((match) => match !== null);
  return afterTime ? cleanVenue(afterTime[1]) : null;
}

function firstFieldOf(lines: string[]): string | null {
  for (const line of lines) {
    const field = line.includes(':') ? VENUE_FIELD.exec(line) : null;
    if (field) return field[1];
  }
  return null;
}

/**
 * "12 High Street" over "Holmfield", "4 Mill Lane, Ashby": a house number and a street alone on a line of a header (a
 * club's or a residents' association's cover names where it met, or the secretary's address), and the short lines of
 * its town under it; no part of the body's name.
 */
const HOUSE_AND_STREET = /^\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Close|Crescent|Terrace|Place|Court|Square|Gardens|Grove|Row|Hill|Green|Parade|Walk|Mews)\.?(?:,\s*\p{Lu}[\p{L}'’ -]{1,30})?$/u;
/** A town's (or a county's) line under the street: a few capitalised words, no date, no label. */
const TOWN_LINE = /^\p{Lu}[\p{L}'’-]+(?:[ ,]+\p{Lu}[\p{L}'’-]+){0,2}$/u;

/** The header's lines without such an address (only lines opening with a figure are looked at). */
export function withoutAddressBlocks(lines: string[]): string[] {
  const street = lines.findIndex((line) => line.charCodeAt(0) >= 0x30 && line.charCodeAt(0) <= 0x39 && HOUSE_AND_STREET.test(line));
  if (street === -1) return lines;
  let end = street + 1;
  while (end < lines.length && end <= street + 2 && TOWN_LINE.test(lines[end])) end += 1;
  return [...lines.slice(0, street), ...lines.slice(end)];
}

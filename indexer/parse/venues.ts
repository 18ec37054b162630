// Where a meeting was held, as its header prints it: after a label ("Venue: …"), in the sentence that says when and
// where it was held ("… held at X on <date>", "… on <date> at 7pm in X"), or on a line of its own that names a
// council's building ("City Hall Council Chambers, 400 Elm Street").
import { cleanVenue, WEEKDAY } from './meeting-fields';

const VENUE_LABEL = /^(?:Venue|Place|Location|Where|Held at)\s*:\s*(.+)$/i;
const VENUE_IN_SENTENCE = new RegExp(
  String.raw`\bheld\s+(?:(?:at|in)\s+(?:the\s+)?(.+?)\s+on\s+(?:${WEEKDAY}|\d)|on\s+.+?\b(?:at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+)?(?:in|at)\s+(?:the\s+)?([A-Z].+?)(?:\.\s*$|\s+commencing\b|\s+at\s+\d|$))`,
  'i',
);
/** A council's building or room opening a line, what the line goes on with its address or town. */
const VENUE_LINE =
  /^(?:The\s+)?(?:(?:City|Town|Village|County|Shire|Memorial|Parish|Civic|Community|Municipal|Council)\s+)?(?:Council\s+Chambers?|Chambers?|Committee\s+Room(?:\s+\d+)?|Hall|Guildhall|Civic\s+Cent(?:re|er)|Council\s+Offices|Municipal\s+(?:Building|Offices)|Community\s+(?:Centre|Center|Hall|Hub))\b(?:\s*[,–—-]\s*|\s+)[^.!?]{0,100}$/;
/** "… . Start: 6.30pm", "… – Time: 7pm": the time printed after the place in the same field. */
const TIME_AFTER_PLACE = /[.,;–—-]?\s*(?:Start|Time|Starts|Commencing)\s*:.*$/i;

/** The venue in a header's lines (its text is the lines joined), or null when it names none. */
export function venueIn(lines: string[], text: string): string | null {
  for (const line of lines) {
    const labelled = VENUE_LABEL.exec(line);
    if (labelled) return cleanVenue(labelled[1].replace(TIME_AFTER_PLACE, ''));
  }
  const held = VENUE_IN_SENTENCE.exec(text);
  const venue = held?.[1] ?? held?.[2];
  if (venue) return cleanVenue(venue.replace(/\s+(?:on|at)\s+\d.*$/, ''));
  const line = lines.find((candidate) => candidate.length <= 120 && VENUE_LINE.test(candidate));
  return line ? cleanVenue(line) : null;
}

// Clubs' secretaries type each heading in capitals with a colon, on a line of its own over what was reported
// ("PRESIDENT’S REPORT :", "CORRESPONDENCE IN:", "ELECTION OF CLUB OFFICE BEARERS :"), as a form they fill in each
// month. A colon after capitals is more often a label run into its own line's text ("PRESENT: …") or a decision's or an
// action's label over its words ("RESOLVED:", "ACTION:"), so only a line that is the label alone, naming no such
// label, heads an item.
import { hasCapitalsOnly } from './capitals';

/** Capitals (an apostrophe, "&", "/", "-" between words), then a colon, perhaps after a space. */
const CAPS_THEN_COLON = /^(?:\*\*)?[A-Z][A-Z'’&/ -]{2,58}[A-Z’]\s?:(?:\*\*)?$/;
/**
 * Labels over a decision, a vote, an action or a field of the meeting's header, or a person's office over their name:
 * none heads an item.
 */
const RUN_IN_LABEL =
  /^(?:\*\*)?(?:RESOLVED|AGREED|NOTED|DECIDED|DECISIONS?|ACTIONS?(?: (?:POINTS?|ITEMS?|BY|REQUIRED))?|MOTIONS?|MOVED(?: BY)?|PROPOSED(?: BY)?|SECONDED(?: BY)?|CARRIED|LOST|NOTES?|VOTES?|VOTING|RESULTS?|OUTCOMES?|RECOMMENDATIONS?|RECOMMENDED|PURPOSE|SUMMARY|PRESENT|ABSENT|APOLOG(?:Y|IES)(?: FOR ABSENCE)?|REGRETS|ATTENDANCE|ATTENDEES|IN ATTENDANCE|ALSO PRESENT|OFFICERS(?: PRESENT)?|MEMBERS(?: PRESENT| ABSENT)?|GUESTS|VISITORS|DATE|TIME|VENUE|LOCATION|PLACE|CHAIR(?:MAN|PERSON|WOMAN)?|VICE[- ]CHAIR(?:MAN|PERSON)?|PRESIDENT|VICE[- ]PRESIDENT|SECRETARY|TREASURER|CLERK|MINUTE[- ]TAKER|QUESTIONS?|ANSWERS?|RESPONSE|REPLY|PROPOSAL|AMENDMENT|REASONS?|NB|PS)\s?:(?:\*\*)?$/;
/** The longest such heading (a label alone is short). */
const MAX_LENGTH = 64;

/** Whether a line is a heading in capitals ending in a colon: the label alone on its line, and no run-in label. */
export function isCapsColonHeading(text: string): boolean {
  if (text.length > MAX_LENGTH || !(text.endsWith(':') || text.endsWith(':**'))) return false;
  // "TREASURER’s REPORT:": a possessive typed in lower case is still a heading in capitals.
  const capitals = text.includes('s ') ? text.replace(/(?<=[A-Z])(['’])s(?= )/g, '$1S') : text;
  return CAPS_THEN_COLON.test(capitals) && hasCapitalsOnly(capitals) && !RUN_IN_LABEL.test(capitals);
}

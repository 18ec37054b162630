// The lines that go on with a motion above them in an item's text: its clause under its mover, the vote recorded, the
// mover and seconder under a motion stated first, and its result.
import { DECISION_LABEL, NAMED_MOVER, VOTE_TALLY_LINE } from './decisions';
import { INITIALLED_MOVERS, NUMBERED_MOTION_MOVERS } from './motion-records';

/** How VOTE_TALLY_LINE starts: other lines need not be tried. */
const TALLY_START = 'AaNnYyFRrVOI';
/** "Motion carried 5-0." under the motion and its recorded vote: the motion's outcome, part of its paragraph. */
const MOTION_RESULT = /^(?:The )?[Mm]otion (?:was )?(?:[Cc]arried|[Pp]assed|[Ff]ailed|[Ll]ost|[Dd]efeated|[Aa]pproved)\b/;
/**
 * "The Motion on being put to the meeting was carried unanimously.", "The amendment was put to the vote and lost.": the
 * outcome of the motion above, a sentence of its own under it (New South Wales councils set it between the resolution
 * and "Carried"); part of the decision it closes.
 */
export const MOTION_OUTCOME_SENTENCE = /^The (?:[Mm]otion|MOTION|[Aa]mendment|[Rr]esolution|[Rr]ecommendation|[Pp]roposal)(?:,? (?:on|upon|having) been put(?: to the (?:meeting|vote))?,?| on being put(?: to the (?:meeting|vote))?,?)? (?:was|were) (?:(?:then |duly )?put to the (?:meeting|vote) and )?(?:declared |duly )?(?:carried|lost|defeated|agreed|adopted|CARRIED|LOST)(?: unanimously| on division| by \d{1,3} votes? to \d{1,3})?\.?$/;
/** A motion as US and Canadian minutes open it: "Motion by Supervisor X, second by …", "Moved by Councillor Y". */
const MOTION_START = new RegExp(String.raw`^(?:Motion by|Moved [Bb]y|(?:Upon|On) (?:a )?motion (?:by|of)|It (?:is|was) (?:moved|proposed) by|${NUMBERED_MOTION_MOVERS})\b`);
/** "Resolve that the Agenda be adopted …" under "Motion-4567-23-Councillor A/Councillor B": the resolution moved. */
const RESOLVE_UNDER_MOVERS = /^Resolved? (?:that|to)\b/;
/** "…, and resolved:" over "THAT the agenda be adopted …": the motion's operative clause, in capitals, under its mover. */
const RESOLVED_BEFORE = /\b(?:resolved|RESOLVED|Resolved)(?:\s+(?:unanimously|UNANIMOUSLY))?\s*:$/;
/**
 * "Councillor Peter MacAulay voted against.", "Directors Ruiz and Abt abstained.": a member's vote recorded under the
 * motion, before its outcome ("ADOPTED ON DIVISION"); part of the motion.
 */
const RECORDED_DISSENT = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:voted against|voted in favou?r|abstained|dissented|recorded (?:his|her|their) dissent)(?: (?:the|this) (?:motion|resolution))?\.?$/u;
/** "AND THAT the request be referred …": a motion's next clause, after the one before ended in a semicolon. */
const FURTHER_CLAUSE = /^(?:AND|And) (?:FURTHER |further )?(?:THAT|that)\b/;

/** "1. W. Robb – S. Windsor" over "RESOLVED THAT …" (Manitoba councils): the mover and seconder, then their resolution. */
const NUMBERED_INITIALLED_MOVERS = new RegExp(String.raw`^(?:\d{1,3}\.\s+)?${INITIALLED_MOVERS}`, 'u');
const RESOLUTION_UNDER_MOVERS = /^(?:RESOLVED|WHEREAS|BE IT (?:FURTHER )?RESOLVED)\b/;

/** Whether a paragraph's first line is an initialled mover and seconder alone, whose resolution the next line opens. */
export const opensWithInitialledMovers = (firstLine: string): boolean => NUMBERED_INITIALLED_MOVERS.test(firstLine.trim());

/** "MOTION: Approve the Consent Calendar as presented.": a motion stated first, with its mover and seconder under it. */
const MOTION_STATED = /^(?:MOTION|Motion)\s*:\s*\S/;
const MOVER_OR_SECONDER = /^(?:Moved|MOVED|Seconded|SECONDED|Second|SECOND)\b/;

/**
 * A line that goes on with the motion above it: its recorded vote ("AYES: Alvarez, Chen" under "Moved by …"), its next
 * clause, the resolution under its initialled mover and seconder, the mover and seconder ("Moved by: Director Navarro") under a motion stated first, or its result ("Motion
 * carried 5-0.") under the vote or the mover.
 */
export function goesOnWithMotion(firstLine: string, line: string, previous: string): boolean {
  if (TALLY_START.includes(line[0]) && (VOTE_TALLY_LINE.test(line) || FURTHER_CLAUSE.test(line))) return true;
  const moved = MOTION_START.test(firstLine);
  if (line.startsWith('THAT ') && (moved || RESOLVED_BEFORE.test(previous))) return true;
  if (moved && line[0] === 'R' && RESOLVE_UNDER_MOVERS.test(line)) return true;
  if ((line[0] === 'R' || line[0] === 'W' || line[0] === 'B') && RESOLUTION_UNDER_MOVERS.test(line) && opensWithInitialledMovers(firstLine)) return true;
  if (moved && RECORDED_DISSENT.test(line)) return true;
  if ((line[0] === 'M' || line[0] === 'S') && MOVER_OR_SECONDER.test(line) && MOTION_STATED.test(firstLine)) return true;
  return (line[0] === 'M' || line[0] === 'T') && MOTION_RESULT.test(line) && (VOTE_TALLY_LINE.test(previous) || moved);
}

/**
 * "MOTION: Mr. Kelleher moved to …" over "SECOND: Ms. Rao" and "VOTE: 5-0-0", each a paragraph of its own (Word
 * minutes): the motion's seconder and vote are part of it, across the blank line between.
 */
export function continuesStatedMotion(firstLine: string, line: string): boolean {
  return MOTION_STATED.test(firstLine) && (MOVER_OR_SECONDER.test(line) || VOTE_TALLY_LINE.test(line));
}

/**
 * "Moved By Councillor Benoit", "Seconded By: Councillor Singh": a mover or seconder named alone on a paragraph of their
 * own, as Canadian councils' eScribe pages set each part of a motion, the motion ("That …") under them.
 */
const MOVER_ALONE = new RegExp(String.raw`^${NAMED_MOVER}(?!.*\b(?:that|That|THAT)\b)[^;:,]{2,60}$`);
/** What follows the movers: the motion ("That …", quoted or not) or its outcome with it ("AND AGREED “To confirm …”", Irish councils). */
const MOTION_UNDER_MOVERS = /^["“]?(?:That|THAT)\b|^(?:AND|And) (?:AGREED|RESOLVED)\b/;

/** "Moved:       Mayor Alex Walker", "Seconded:  Cr Tim Chote": a mover or seconder after the label's colon, alone. */
const MOVER_AFTER_COLON = /^(?:Moved|MOVED|Seconded|SECONDED|Proposed|PROPOSED)\s*:\s*(?!.*\b(?:that|That|THAT)\b)[^;:,]{2,60}$/;
const isMoverAlone = (line: string): boolean => MOVER_ALONE.test(line) || MOVER_AFTER_COLON.test(line);

/**
 * Whether a paragraph of movers alone (`openLines`) goes on, across the blank line, with the next mover or its motion;
 * the movers may stand under the resolution's label ("Resolved:  18.11" over "Moved:  Mayor Alex Walker", each line a
 * paragraph of its own, as New Zealand councils' meeting software sets them), whose motion they are.
 */
export function continuesNamedMovers(openLines: string[], line: string): boolean {
  if (openLines.length === 0) return false;
  const label = openLines.length > 0 && openLines[0].length <= 48 && DECISION_LABEL.test(openLines[0].trim());
  if (label && openLines.length === 1) return isMoverAlone(line);
  return openLines.slice(label ? 1 : 0).every((open) => isMoverAlone(open.trim())) && (isMoverAlone(line) || MOTION_UNDER_MOVERS.test(line));
}

// "LLANFAIR DYFFRYN ISAF" over "COMMUNITY COUNCIL": a parish, town or community council's letterhead setting the place on
// one line and the kind of council under it. Read apart, the lower line names only a kind of council; the council's
// name is both lines. So is "BOARD OF COUNTY COMMISSIONERS" over "OF WASHINGTON COUNTY": a name wrapped before its "of".
import { ENDS_IN_BODY_WORD } from './body-names';
import { readableName } from './meeting-fields';

/** "COMMUNITY COUNCIL", "Parish Council": a kind of local council, alone on its line. */
const KIND_OF_LOCAL_COUNCIL = /^(?:parish|town|community|city|village)\s+council$/i;
/**
 * "LLANFAIR DYFFRYN ISAF", "Great Ashby": a place's name in one to five capitalised words, with no figures; never a
 * word of the document's title or its header ("MINUTES", "Agenda", "Meeting of the").
 */
const PLACE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|on|upon|by|in|le|cum|&)){0,5}$/u;
/** "RIVERTON, CALIFORNIA", "Glen Ellyn, Illinois": a town and its state after a comma, the line's whole. */
const PLACE_AND_STATE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?$/u;
const NOT_A_PLACE = /\b(?:minutes|notes|agenda|draft|meeting|present|apologies|council|committee|the|of)\b/i;

/**
 * "Court", "SENATE", "Board of Governors": a university's or college's governing body, alone on its line under the
 * institution's name ("UNIVERSITY OF KELBURN" over "Court", as Scottish university courts head their minutes).
 */
const GOVERNING_BODY = /^(?:University\s+)?(?:Court|Senate|Senatus(?:\s+Academicus)?|Council|Syndicate|Academic\s+Council|Board\s+of\s+(?:Governors|Trustees)|Governing\s+Body)$/i;
/** "UNIVERSITY OF KELBURN", "Kelburn College", "THE UNIVERSITY OF THE NORTH": a university's or college's name on one line. */
const INSTITUTION_NAME = /^(?:The\s+)?(?:University|College)\s+of\s+\p{Lu}[\p{L}'’ .-]{1,50}$|^\p{Lu}[\p{L}'’ .-]{1,50}\s(?:University|College)$/iu;

/** A line without the heading or bold marks a reader set on it. */
const withoutMarks = (line: string) => line.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*/g, '').trim();

/** The nearest line above `index` that is not blank, among the three above it, or undefined. */
function lineAbove(lines: string[], index: number): string | undefined {
  for (let above = index - 1; above >= 0 && above >= index - 3; above -= 1) if (lines[above].trim() !== '') return lines[above].trim();
  return undefined;
}

/** "UNIVERSITY OF KELBURN Court": the governing body on `index` named with its institution above, or null. */
function institutionAbove(lines: string[], index: number): string | null {
  const line = lines[index].trim();
  if (line.length > 40 || !GOVERNING_BODY.test(line)) return null;
  const institution = lineAbove(lines, index);
  // Read as one name in the case of the body's own line: "UNIVERSITY OF KELBURN" over "Court" is the University of Kelburn's Court.
  return institution !== undefined && INSTITUTION_NAME.test(institution) ? `${readableName(institution)} ${readableName(line)}` : null;
}

/** Whether `index` is an institution's name whose governing body, below it, is named with it (so left blank here). */
function governsBelow(lines: string[], index: number): boolean {
  for (let below = index + 1; below < lines.length && below <= index + 3; below += 1) {
    if (lines[below].trim() !== '') return institutionAbove(lines, below) !== null;
  }
  return false;
}

/** "OF WASHINGTON COUNTY": the rest of a name in capitals, wrapped before its "of". */
const OF_CONTINUATION = /^OF\s+\p{Lu}[\p{Lu}\s'’.-]*$/u;

/**
 * Whether `line` is a body's name in capitals that the line under it (`next`) goes on with from "OF", or a title of the
 * meeting ("TOWN BOARD MEETING" over "OF THE TOWN OF CASTLEBROOK", "MINUTES OF THE REGULAR MEETING" over "OF THE
 * CASTLEBROOK TOWN BOARD").
 */
const wrappedBeforeOf = (line: string, next: string | undefined) =>
  next !== undefined && OF_CONTINUATION.test(next) && line.length <= 60 && line === line.toUpperCase() && (ENDS_IN_BODY_WORD.test(line) || /\bMEETING$/.test(line));

/** "CITY COUNCIL" (or "OF CITY COUNCIL") over "RIVERTON, CALIFORNIA": a US city's council, its city and state on the line under it. */
function placedKind(line: string, below: string | undefined): string | null {
  const kind = withoutMarks(line).replace(/^OF\s+/, '');
  const placeAndState = KIND_OF_LOCAL_COUNCIL.test(kind) ? PLACE_AND_STATE.exec(withoutMarks(below ?? '')) : null;
  return placeAndState && !NOT_A_PLACE.test(placeAndState[1]) ? `${line.slice(0, line.length - kind.length)}${placeAndState[1]} ${kind}` : null;
}

/**
 * The header's lines, each kind of council alone on its line named with the place on the line above it, and a name
 * wrapped before its "of" joined on its first line (the line that went on with it left blank).
 */
export function withCouncilNamesJoined(lines: string[]): string[] {
  return lines.map((line, index) => {
    if (wrappedBeforeOf(line, lines[index + 1])) return `${line} ${placedKind(lines[index + 1], lines[index + 2]) ?? lines[index + 1]}`;
    if (index > 0 && (wrappedBeforeOf(lines[index - 1], line) || placedKind(lines[index - 1], line) !== null)) return '';
    if (governsBelow(lines, index)) return '';
    const governingBody = index === 0 ? null : institutionAbove(lines, index);
    if (governingBody !== null) return governingBody;
    // "# GARELOCHHEAD" over a blank line and "# COMMUNITY COUNCIL": the letterhead's lines set as headings are read without their marks.
    const kind = withoutMarks(line).replace(/^OF\s+/, '');
    if (!KIND_OF_LOCAL_COUNCIL.test(kind)) return line;
    const place = index === 0 ? '' : withoutMarks(lineAbove(lines, index) ?? '');
    if (place.length <= 60 && PLACE_NAME.test(place) && !NOT_A_PLACE.test(place)) return `${place} ${kind}`;
    return placedKind(line, lines[index + 1]) ?? line;
  });
}

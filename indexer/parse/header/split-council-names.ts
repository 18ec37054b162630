// "LLANFAIR DYFFRYN ISAF" over "COMMUNITY COUNCIL": a parish, town or community council's letterhead setting the place on
// one line and the kind of council under it. Read apart, the lower line names only a kind of council; the council's
// name is both lines. So is "BOARD OF COUNTY COMMISSIONERS" over "OF WASHINGTON COUNTY": a name wrapped before its "of".
import { ENDS_IN_BODY_WORD } from './body-names';

/** "COMMUNITY COUNCIL", "Parish Council": a kind of local council, alone on its line. */
const KIND_OF_LOCAL_COUNCIL = /^(?:parish|town|community|city|village)\s+council$/i;
/**
 * "LLANFAIR DYFFRYN ISAF", "Great Ashby": a place's name in one to five capitalised words, with no figures; never a
 * word of the document's title or its header ("MINUTES", "Agenda", "Meeting of the").
 */
const PLACE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|on|upon|by|in|le|cum|&)){0,5}$/u;
const NOT_A_PLACE = /\b(?:minutes|notes|agenda|draft|meeting|present|apologies|council|committee|the|of)\b/i;

/** "OF WASHINGTON COUNTY": the rest of a name in capitals, wrapped before its "of". */
const OF_CONTINUATION = /^OF\s+\p{Lu}[\p{Lu}\s'’.-]*$/u;

/** Whether `line` is a body's name in capitals that the line under it (`next`) goes on with from "OF". */
const wrappedBeforeOf = (line: string, next: string | undefined) => next !== undefined && OF_CONTINUATION.test(next) && line.length <= 60 && line === line.toUpperCase() && ENDS_IN_BODY_WORD.test(line);

/**
 * The header's lines, each kind of council alone on its line named with the place on the line above it, and a name
 * wrapped before its "of" joined on its first line (the line that went on with it left blank).
 */
export function withCouncilNamesJoined(lines: string[]): string[] {
  return lines.map((line, index) => {
    if (wrappedBeforeOf(line, lines[index + 1])) return `${line} ${lines[index + 1]}`;
    if (index > 0 && wrappedBeforeOf(lines[index - 1], line)) return '';
    if (index === 0 || !KIND_OF_LOCAL_COUNCIL.test(line)) return line;
    const place = lines[index - 1];
    return place.length <= 60 && PLACE_NAME.test(place) && !NOT_A_PLACE.test(place) ? `${place} ${line}` : line;
  });
}

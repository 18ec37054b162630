// "LLANFAIR DYFFRYN ISAF" over "COMMUNITY COUNCIL": a parish, town or community council's letterhead setting the place on
// one line and the kind of council under it. Read apart, the lower line names only a kind of council; the council's
// name is both lines.

/** "COMMUNITY COUNCIL", "Parish Council": a kind of local council, alone on its line. */
const KIND_OF_LOCAL_COUNCIL = /^(?:parish|town|community|city|village)\s+council$/i;
/**
 * "LLANFAIR DYFFRYN ISAF", "Great Ashby": a place's name in one to five capitalised words, with no figures; never a
 * word of the document's title or its header ("MINUTES", "Agenda", "Meeting of the").
 */
const PLACE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|on|upon|by|in|le|cum|&)){0,5}$/u;
const NOT_A_PLACE = /\b(?:minutes|notes|agenda|draft|meeting|present|apologies|council|committee|the|of)\b/i;

/** The header's lines, each kind of council alone on its line named with the place on the line above it. */
export function withCouncilNamesJoined(lines: string[]): string[] {
  return lines.map((line, index) => {
    if (index === 0 || !KIND_OF_LOCAL_COUNCIL.test(line)) return line;
    const place = lines[index - 1];
    return place.length <= 60 && PLACE_NAME.test(place) && !NOT_A_PLACE.test(place) ? `${place} ${line}` : line;
  });
}

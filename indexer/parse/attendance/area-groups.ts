// Attendance grouped by the area each member sits for, one area a line under a bare "Present:", as a forum of community
// councils lists its delegates: "Kilmaronock: Ann Reid (Forum Secretary), Apologies from Ewan Bell", "Faifley: No working
// CC". The areas are no people, and an area's apologies are no one's presence: the lines are set as one list of those
// present and one of apologies, which the attendance rules read as any other.
import { attendanceLabelOf } from './attendance-labels';
import { isBlank } from '../patterns';

/** "Present:", "Members present", "Attendance:": a label over a list of those present, alone on its line. */
const BARE_PRESENT_LABEL = /^(?:(?:members|delegates|representatives)\s+)?(?:present|attendance|attending)\s*:?$/i;
/** "Bonhill and Dalmonach: …", "Milton of Campsie: …": a place's name (capitalised words, small words between) and a colon. */
const AREA_LINE = /^(\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:(?:and|&|of|the|on|upon|in|by)\s+){0,2}\p{Lu}[\p{L}'’.-]*){0,5})\s*:\s*(\S.*)$/u;
/** "Councillors:", "Officers:", "Clerk:": a group or an office, which titles people rather than naming where they sit. */
const PEOPLE_GROUP = /\b(?:Councill?ors?|Cllrs?|Members?|Officers?|Officials?|Staff|Clerk|Chair\w*|Secretary|Treasurer|Public|Guests?|Visitors?|Observers?|Representatives?|Directors?|Trustees?|Governors?)\b/i;
/** "Apologies from Ewan Bell": an area's apologies, within its line. */
const APOLOGIES_FROM = /^apologies\s+(?:received\s+)?from\s+/i;
/** Fewer area lines than this are a list's own sub-labels, not a forum's areas. */
const MIN_AREAS = 3;

/** The area line's place and what it lists, or null when it is no area's line. */
function areaOf(line: string): { place: string; listed: string } | null {
  const match = AREA_LINE.exec(line.trim());
  if (match === null || PEOPLE_GROUP.test(match[1]) || attendanceLabelOf(`${match[1]}:`) !== null) return null;
  return { place: match[1], listed: match[2] };
}

/** Lines of areas under a bare present label, read into those present and those who sent apologies. */
function presentAndApologies(areas: { listed: string }[]): { present: string[]; apologies: string[] } {
  const present: string[] = [];
  const apologies: string[] = [];
  for (const { listed } of areas) {
    let sending = false;
    for (const part of listed.split(/\s*,\s*(?![^()]*\))/)) {
      sending ||= APOLOGIES_FROM.test(part);
      const name = part.replace(APOLOGIES_FROM, '').trim();
      // "No rep", "No working CC", "vacant": an area no one came for.
      if (name === '' || /^(?:no|none|nil|vacant)\b/i.test(name)) continue;
      (sending ? apologies : present).push(name);
    }
  }
  return { present, apologies };
}

/** `lines` with each label's block of area lines set as a "Present:" list and an "Apologies:" list; the same array when none. */
export function withAreaGroupsAsLists(lines: string[]): string[] {
  let rewritten: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const areas: { place: string; listed: string }[] = [];
    // A label alone is a short line: most lines are let go by their length, with no copy made.
    if (lines[index].length <= 40 && BARE_PRESENT_LABEL.test(lines[index].trim())) {
      for (let below = index + 1; below < lines.length && !isBlank(lines[below]); below += 1) {
        const area = areaOf(lines[below]);
        if (area === null) break;
        areas.push(area);
      }
    }
    if (areas.length < MIN_AREAS) {
      rewritten?.push(lines[index]);
      continue;
    }
    const { present, apologies } = presentAndApologies(areas);
    (rewritten ??= lines.slice(0, index)).push(`Present: ${present.join(', ')}`, ...(apologies.length > 0 ? [`Apologies: ${apologies.join(', ')}`] : []), '');
    index += areas.length;
  }
  return rewritten ?? lines;
}

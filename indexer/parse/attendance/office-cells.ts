// An attendance table as New Zealand and Australian councils' minutes set it (Infocouncil): each office alone in the
// first column ("Chairperson", "Deputy Mayor", "Members"), its holder or holders in the next, so that copied as text the
// office stands on a line of its own over the name. The office is the holder's role; a group's name ("Members",
// "Councillors") is no one's, and neither is a person.
import { attendanceLabelOf } from './attendance-labels';
import { isBlank } from '../patterns';

/** An office one person holds, alone on its line. */
const OFFICE_CELL = /^(?:(?:Deputy|Vice)[\s-])?(?:Mayor|Chair(?:man|woman|person)?)$/i;
/** What the people listed under it are, alone on its line. */
const GROUP_CELL = /^(?:Members?|Councillors?|Crs)$/i;
/** A holder's cell: a name (a title or "Cr" first, an honour or a bracket after it), no sentence. */
const HOLDER_CELL = /^(?:(?:Cr|Cllr|Councillor|Mayor|Deputy Mayor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:,\s*[A-Z]{2,4})?(?:\s*\([^()]{1,60}\))?$/u;

/** A label of such a table ("present", "IN ATTENDANCE") is no longer than this; a holder's cell no longer than MAX_HOLDER. */
const MAX_LABEL = 30;
const MAX_HOLDER = 80;

/** The next line that is not blank at or after `from`, within three lines, or -1. */
function nextFilled(lines: string[], from: number): number {
  for (let index = from; index < lines.length && index < from + 3; index += 1) if (!isBlank(lines[index])) return index;
  return -1;
}

/**
 * The lines with each office cell over its holder made the holder's role ("Chairperson" / "Anna Wells" → "" / "Anna
 * Wells (Chairperson)") and each group's cell blanked, where a label ("Present", "Absent") or a holder stands above; the
 * same array when there are none.
 */
export function withOfficeCellsAsRoles(lines: string[]): string[] {
  let result: string[] | null = null;
  let listing = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].trim();
    if (line === '') continue;
    const office = OFFICE_CELL.test(line);
    const holder = listing && (office || GROUP_CELL.test(line)) ? nextFilled(lines, index + 1) : -1;
    if (holder !== -1 && HOLDER_CELL.test(lines[holder].trim()) && !OFFICE_CELL.test(lines[holder].trim())) {
      result ??= [...lines];
      result[index] = '';
      if (office && !lines[holder].includes('(')) result[holder] = `${lines[holder].trimEnd()} (${line})`;
      continue;
    }
    // Only a short line is asked whether it is a label ("present", "ALSO PRESENT"): this runs on every line of a document.
    listing = line.length <= MAX_LABEL ? attendanceLabelOf(line) !== null || (listing && HOLDER_CELL.test(line)) : listing && line.length <= MAX_HOLDER && HOLDER_CELL.test(line);
  }
  return result ?? lines;
}

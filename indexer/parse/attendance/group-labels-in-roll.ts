// A roll whose people are grouped under labels of their own inside the attendance label's line, as drainage boards and
// parish councils type them: "PRESENT: Ratepayer Members: Mr A Mr B Appointed Members: Cllr C Co-opted Members:",
// "IN ATTENDANCE: Officers: Mr D – Chief Executive", "Present: Chairman: Cllr Mrs E Councillors: Mrs F, G, H", a
// "Messrs: J. Ashton M Brooke" line under "Present:". Read as it is, the group's label is taken for a name or a role
// and the groups left empty ("Appointed Members: Co-opted Members:") for people. Each group's label is dropped (a
// comma parting its people from the group before), an office's label set after its holder ("Cllr Mrs E (Chairman)"),
// a count of those present ("Members Present: 5") dropped, and a line left with no one on it blanked.
import type { AttendanceKind } from '../../../core/types';
import { attendanceLabelOf } from './attendance-labels';

/** The header's rolls are looked for in the document's first lines only. */
const HEADER_LINES = 60;

/** The kinds of member a board groups its roll by: "Ratepayer Members", "Co-opted Members", "Appointed Members". */
const GROUP_KIND = String.raw`(?:Ratepayer|Elected|Appointed|Nominated|Co-?opted|Independent|Associate|Ex[- ]?officio|Voting|Non-?voting|Lay|Board|Committee|Council|Other)\s+`;
/** "Ratepayer Members:", "Co-opted Members:", "Officers:", "Councillors:", "Messrs:": a group's label, the people after it. */
const GROUP_LABEL = new RegExp(String.raw`(?<=^|\s)(?:(?:${GROUP_KIND})?(?:Members|Councillors|Officers)|Messrs\.?)\s*:\s*`, 'giu');
/** "Members Present: 5": how many were present, no one. */
const COUNT_LABEL = /(?<=^|\s)Members\s+Present\s*:\s*\d{1,3}\b/giu;
/** "Chairman: Cllr Mrs Prior": an office's label over its one holder, a titled name. */
const OFFICE_THEN_HOLDER =
  /(?:^|\s)((?:Vice[- ]?)?Chair(?:man|woman|person)?)\s*:\s*((?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}?)(?=\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:Members|Councillors|Officers)\s*:|\s*,|\s*$)/gu;
/** A line that is a group of the roll above it: "Appointed Members: Cllr Smith", "Messrs: J. Ashton M Brooke". */
const GROUP_AT_START = new RegExp(String.raw`^(?:(?:${GROUP_KIND})?(?:Members|Councillors|Officers)|Messrs\.?)\s*:`, 'iu');
/** A line a group's label may be on: told by a colon after "Members", "Councillors", "Officers" or "Messrs". */
const MAY_HOLD_GROUP = /(?:Members|Councillors|Officers|Messrs\.?)\s*:/;

/**
 * The people after the attendance label of `rest` (listed as `attendance`), each group's label dropped; '' when no one
 * is named. The officers' label under the members' ("Officers:" under "Present:") is kept, for the list to be cut at.
 */
function peopleOf(rest: string, attendance: AttendanceKind): string {
  const offices = rest.replace(OFFICE_THEN_HOLDER, ' $2 ($1),').replace(COUNT_LABEL, ' ');
  const grouped = offices.replace(GROUP_LABEL, (group) => {
    const kind = attendanceLabelOf(`${group.trim()} A`)?.attendance;
    if (kind === 'in attendance' && attendance !== kind) return group;
    // "Councillors: Mrs Bolton, Dipple": the group's name is its people's title, kept as a shared title is.
    return /^\s*Councillors\s*:\s*$/i.test(group) ? ' | Councillors ' : ' | ';
  });
  const parts = grouped
    .split(' | ')
    .map((part, at, all) => part.trim().replace(at === all.length - 1 ? /^,\s*/ : /^,\s*|,\s*$/g, '').trim())
    .filter((part) => part !== '' && part !== 'Councillors');
  return parts.join(', ');
}

/** `lines` with the groups' labels inside each roll of the header dropped; the same array when there are none. */
export function withGroupLabelsInRollsDropped(lines: string[]): string[] {
  let rewritten: string[] | null = null;
  let roll: { label: string; attendance: AttendanceKind } | null = null;
  for (let index = 0; index < Math.min(lines.length, HEADER_LINES); index += 1) {
    const trimmed = lines[index].trim();
    const label = attendanceLabelOf(trimmed);
    const rollLine = label !== null && !label.sentence && trimmed.endsWith(label.rest);
    if (rollLine) roll = { label: trimmed.slice(0, trimmed.length - label.rest.length).trimEnd(), attendance: label.attendance };
    else if (trimmed !== '' && !GROUP_AT_START.test(trimmed)) roll = null;
    if (roll === null || roll.label === '' || !MAY_HOLD_GROUP.test(rollLine ? label.rest : trimmed)) continue;
    // A group on a line of its own goes on with the roll above it, under that roll's label again.
    const people = peopleOf(rollLine ? label.rest : trimmed, roll.attendance);
    (rewritten ??= [...lines])[index] = people === '' ? (rollLine ? roll.label : '') : `${roll.label} ${people}`;
  }
  return rewritten ?? lines;
}

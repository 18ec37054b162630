// "Apologies:" over "Members: The Rector, Dr A Hale" and "Attenders: Prof B Ruiz": a university court's apologies parted
// into its members' and its attenders' (a board's into its members' and its officers'); the group's label goes on with them.
import type { AttendanceKind } from '../../../core/types';

/**
 * A group's label that parts a block of apologies into its members and its attenders. Not "Staff:" nor "Officers:":
 * under an empty "Apologies:" ("Apologies: Staff: Mr J Read (CEO) …", an Australian shire's) they list the staff present.
 */
const GROUP_UNDER_APOLOGIES = /^(?:Members|Attenders|Trustees|Governors|Directors|Board\s+members)\s*:/i;

/**
 * Whether `line`'s label is a group's part of the apologies (or absences) block open above it: the block has no names
 * yet (its label alone on its line), or is a group's part itself (the next group's label goes on with it).
 */
export function groupUnderApologies(open: AttendanceKind, emptyOrGrouped: boolean, line: string): boolean {
  return (open === 'apologies' || open === 'absent') && emptyOrGrouped && GROUP_UNDER_APOLOGIES.test(line);
}

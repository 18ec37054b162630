// Attendance printed as a two-column table, as Alberta counties (among others) print it: the label in a left column,
// wrapped over two lines ("MEMBERS" over "PRESENT:", "OTHERS IN" over "ATTENDANCE:"), and the people in a right
// column, one a line, each an initialled name with any office after a comma ("I. Schroeder", "L. Johnson, Assistant
// Administrator"). Copied as text, the label's halves part, and a line of a name ("I. Schroeder") reads as an item
// lettered "I". The label is set whole and each list on its label's line, each office in brackets after its person.
import { attendanceLabelOf } from './attendance-labels';

/** "I. Schroeder", "A.M. Philipsen", "B. de Jong", "L. Johnson, Assistant Administrator": one person, initialled. */
const INITIALLED_ENTRY = /^(?:\p{Lu}\.\s?){1,3}(?:(?:de|van|von|der|den|le|la|du|da|di|del)\s+){0,2}\p{Lu}[\p{Ll}'’][\p{L}'’-]*(?:,\s+[^,;:]{2,60})?$/u;
/** "MEMBERS", "OTHERS IN": a label's first half, in capitals, at the line's start (a name may follow it). */
const LABEL_HALF = /^(\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,2})(?=\s|$)/u;
/** "PRESENT:", "ATTENDANCE:": the label's second half, with its colon, at the next line's start. */
const LABEL_REST = /^(\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,2}):\s*/u;
/** "11 County Ratepayers", "4 members of the public": how many others came, after the people named. */
const PUBLIC_COUNT = /^\d{1,3}\s+(?:\p{Lu}\p{Ll}+\s+)?(?:Ratepayers|[Rr]esidents|[Mm]embers of the [Pp]ublic|[Pp]ublic|[Ee]lectors|[Pp]arishioners)$/u;
/** The longest label line read: a label and one person. */
const MAX_LABEL_LINE = 100;

/** The lines with each label wrapped over two lines set whole, and the initialled people under a label on its line. */
export function withInitialledListsOnLabelLines(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const label = labelLineAt(lines, index);
    if (label === null) {
      result?.push(lines[index]);
      continue;
    }
    let next = label.next;
    while (next < lines.length && INITIALLED_ENTRY.test(lines[next].trim())) next += 1;
    // "A. Minutes" over "B. Correspondence": initials in alphabetical order are a lettered list of items, no people.
    if (isLetteredRun(lines.slice(label.next, next))) next = label.next;
    // "11 County Ratepayers": a count of the public ends the list, and is part of it (no item numbered 11).
    if (next > label.next && PUBLIC_COUNT.test(lines[next]?.trim() ?? '')) next += 1;
    const entries = [...label.entries, ...lines.slice(label.next, next).map((line) => line.trim())];
    // One line alone is a label's line as printed: nothing to set.
    if (next === index + 1) {
      result?.push(lines[index]);
      continue;
    }
    (result ??= lines.slice(0, index)).push(`${labelAsPrinted(label.label)}: ${entries.map(withOfficeInBrackets).join(', ')}`);
    index = next - 1;
  }
  return result ?? lines;
}

/** "COUNCILLORS" → "Councillors": members' plural title in capitals, which the lists' readers give each name after it as they do in Title Case. */
function labelAsPrinted(label: string): string {
  return /^(?:COUNCILLORS|DIRECTORS|TRUSTEES|COMMISSIONERS|GOVERNORS)$/.test(label) ? `${label.charAt(0)}${label.slice(1).toLowerCase()}` : label;
}

/** "L. Johnson, Assistant Administrator" → "L. Johnson (Assistant Administrator)": after an initialled name, the comma's words are its office ("Reeve" too). */
function withOfficeInBrackets(entry: string): string {
  const comma = entry.indexOf(', ');
  return comma === -1 ? entry : `${entry.slice(0, comma)} (${entry.slice(comma + 2)})`;
}

/** A label and its first person: on one line ("STAFF: K. Stephenson, …"), or wrapped over two ("OTHERS IN S. Stanway, …" over "ATTENDANCE: C. Lindsay, …"). */
interface LabelLine {
  label: string;
  entries: string[];
  /** The line after the label's. */
  next: number;
}

/** The label (whole) and first person of the line at `index`, or null when it holds no label before an initialled person. */
function labelLineAt(lines: string[], index: number): LabelLine | null {
  const line = lines[index].trim();
  if (line.length > MAX_LABEL_LINE || !/^\p{Lu}{3}/u.test(line)) return null;
  const colon = LABEL_REST.exec(line);
  if (colon !== null && attendanceLabelOf(line) !== null && INITIALLED_ENTRY.test(line.slice(colon[0].length))) {
    return { label: colon[1], entries: [line.slice(colon[0].length)], next: index + 1 };
  }
  // "MEMBERS" over "PRESENT: M. Douglass, Reeve": the label's halves joined, the first one alone or before a person.
  const half = LABEL_HALF.exec(line);
  const below = lines[index + 1]?.trim() ?? '';
  const rest = LABEL_REST.exec(below);
  if (half === null || rest === null || attendanceLabelOf(line) !== null) return null;
  const before = line.slice(half[0].length).trim();
  const after = below.slice(rest[0].length);
  const label = `${half[1]} ${rest[1]}`;
  // "OTHERS IN S. Pike, Marlow Courier" over "ATTENDANCE: 4 County Ratepayers": a count of the public may follow the label's second half.
  const afterReads = INITIALLED_ENTRY.test(after) || (before !== '' && PUBLIC_COUNT.test(after));
  if ((before !== '' && !INITIALLED_ENTRY.test(before)) || !afterReads || attendanceLabelOf(`${label}: ${after}`) === null) return null;
  return { label, entries: before === '' ? [after] : [before, after], next: index + 2 };
}

/** Whether the lines' first letters run in alphabetical order (A, B, C …): a lettered list, as people's initials never are. */
function isLetteredRun(run: string[]): boolean {
  return run.length >= 2 && run.every((line, position) => position === 0 || line.trim().charCodeAt(0) === run[position - 1].trim().charCodeAt(0) + 1);
}

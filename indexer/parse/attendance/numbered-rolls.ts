// "Present Were:" over "1. His Worship the Mayor, Cllr. Ana Reid - Chairman" / "2. Councillor Ben Lowe" / "3. …", or the
// same roll run onto the label's line ("a) Present Were: 1. His Worship … 2. Councillor Ben Lowe 3. …", as a Jamaican
// municipal corporation's minutes print it): each member numbered. Read as they stand, the numbers make items of the
// members (or one long entry of the line); unnumbered, one a line under the label, they are read as any roll.
import { attendanceLabelOf } from './attendance-labels';
import { TITLE } from '../speakers/speaker-titles';

/** "1. Councillor Ben Lowe", "12 Mr. T. Hale": a number (its stop may be lost), then the entry. */
const NUMBERED_ENTRY = /^\s*(\d{1,2})\.?\s+(\S.*)$/;
/** An entry naming a person: a title first ("His Worship the Mayor", "Cllr.", "Mr."), or two to four capitalised words. */
const PERSON_ENTRY = new RegExp(String.raw`^(?:(?:His|Her)\s+Worship\b|(?:${TITLE})\.?\s+\p{Lu}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$)`, 'u');
/** "a) Present Were:", "(b) Officers": a lettered part of the roll, its letter no part of the label. */
const LETTERED_PART = /^\s*\(?[a-h]\)\s+/;
/** The numbers before each entry of a roll run onto one line: " 2. ", " 35 " before a capital. */
const NUMBER_BETWEEN = /\s+\d{1,2}\.?\s+(?=\p{Lu})/u;
/** A label alone on its line is short. */
const MAX_BARE_LABEL = 30;
/** Fewer numbered members than this are no roll. */
const MIN_ENTRIES = 2;

/** The entries of a roll run onto one line ("1. A … 2. B …"), numbered from 1; null when the text is not one. */
function runOnEntries(rest: string): string[] | null {
  const first = NUMBERED_ENTRY.exec(rest);
  if (!first || first[1] !== '1') return null;
  const entries = first[2].split(NUMBER_BETWEEN).map((entry) => entry.trim());
  return entries.length >= MIN_ENTRIES && entries.every((entry) => PERSON_ENTRY.test(entry)) ? entries : null;
}

/** How many lines from `from` on number persons 1, 2, 3, …; stops at the first that does not go on. */
function numberedFrom(lines: string[], from: number): number {
  let count = 0;
  for (let index = from; index < lines.length; index += 1) {
    const entry = NUMBERED_ENTRY.exec(lines[index]);
    if (!entry || Number(entry[1]) !== count + 1 || !PERSON_ENTRY.test(entry[2])) break;
    count += 1;
  }
  return count;
}

/** The label's own text and the roll run on after it on its line, or null when the line holds no such roll. */
function labelAndRunOn(line: string): { label: string; entries: string[] } | null {
  const unlettered = line.replace(LETTERED_PART, '');
  const label = attendanceLabelOf(unlettered);
  if (!label || label.rest === '' || !unlettered.endsWith(label.rest)) return null;
  const entries = runOnEntries(label.rest);
  return entries ? { label: unlettered.slice(0, unlettered.length - label.rest.length).trimEnd(), entries } : null;
}

/** `lines` with each numbered roll under an attendance label unnumbered, one member a line; the same array when there is none. */
export function withNumberedRollsUnnumbered(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Cheap tests first: a label holds a colon or is a short line alone, and a run-on roll holds "1".
    const mayBeLabel = line.includes(':') || line.trim().length < MAX_BARE_LABEL;
    const runOn = mayBeLabel && line.includes('1') ? labelAndRunOn(line) : null;
    // A label with names of its own after it lists them there: numbered lines under it are items ("Present: A, B" over "1. Welcome").
    const count = !runOn && mayBeLabel && attendanceLabelOf(line.replace(LETTERED_PART, ''))?.rest === '' ? numberedFrom(lines, index + 1) : 0;
    if (!runOn && count < MIN_ENTRIES) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, index);
    if (runOn) {
      out.push(runOn.label, ...runOn.entries);
      continue;
    }
    out.push(line, ...lines.slice(index + 1, index + 1 + count).map((entry) => NUMBERED_ENTRY.exec(entry)![2]));
    index += count;
  }
  return out ?? lines;
}

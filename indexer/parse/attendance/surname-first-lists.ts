// "Members Present:" over "Albrecht, Nora" / "Bellamy, Otis (online)" / "Castellanos, Ruth": a US faculty senate's roll
// kept as a register sorted by surname, each member "Surname, Forename" on a line of its own. Read as they stand, each
// line is a name and an office after a comma; turned round ("Nora Albrecht", "Otis Bellamy (online)"), the attendance
// rules read them as any list of names one a line.
import { attendanceLabelOf } from './attendance-labels';
import { isBlank } from '../patterns';

/**
 * "Eriksen-Vale, Ines", "O'Neil, Mary J.", "Bellamy, Otis (online)": a surname in one word, a comma, a forename and an
 * initial, a note in brackets ("Don Scott, Mayor" is a name and its office). An English council's register puts the
 * title before the forename, the surname in capitals first: "SMITH, Cllr John (Chairman)", "GREEN, Mrs Ann".
 */
const SURNAME_FIRST = /^(\p{Lu}[\p{L}'’-]+),\s+((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Revd?)\.?\s+(?=\p{Lu}))?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}\.)?)(\s+\([^()]{1,40}\))?$/u;
/** "Smith, Chair", "Hale, Councillor": an office after the comma, no forename. */
const OFFICE_WORD = /^(?:Chair(?:man|woman|person)?|Mayor|President|Secretary|Treasurer|Clerk|Director|Councillor|Member|Trustee|Governor|Vice|Convener|Officer|Manager|Staff|Guest|Observer)$/;
/** Fewer such lines in a row than this under the first label are no register: "Smith, Chair" may be a name and an office. */
const MIN_NAMES = 3;
/** A label's line is short. */
const MAX_LABEL_LINE = 40;

/** The surname and forename of a line naming one person surname first, or null. */
function surnameFirst(line: string): RegExpExecArray | null {
  const match = SURNAME_FIRST.exec(line);
  return match && !OFFICE_WORD.test(match[2].split(' ')[0]) ? match : null;
}
const namesSurnameFirst = (line: string) => surnameFirst(line) !== null;

/** How many lines from `from` on are names surname first, blank lines aside; stops at the first that is not. */
function namesFrom(lines: string[], from: number): number {
  let count = 0;
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index].trim();
    if (line === '') continue;
    if (!line.includes(', ') || !namesSurnameFirst(line)) break;
    count += 1;
  }
  return count;
}

/** Whether `line` is an attendance label alone ("Members Present:", "Members Absent:"). */
const isBareLabel = (line: string) => line.length <= MAX_LABEL_LINE && line.includes(':') && attendanceLabelOf(line)?.rest === '';

/** `lines` with each register of names surname first under a label alone turned round, forenames first; the same array when there is none. */
export function withSurnameFirstNamesTurned(lines: string[]): string[] {
  let turned: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].trim();
    turned?.push(lines[index]);
    // Once one register is found, the next labels' shorter lists ("Members Absent:" over two names) are the register's too.
    if (!line.endsWith(':') || !isBareLabel(line) || namesFrom(lines, index + 1) < (turned === null ? MIN_NAMES : 1)) continue;
    turned ??= lines.slice(0, index + 1);
    for (index += 1; index < lines.length; index += 1) {
      const match = isBlank(lines[index]) ? null : surnameFirst(lines[index].trim());
      if (!match && !isBlank(lines[index])) break;
      turned.push(match ? `${match[2]} ${match[1]}${match[3] ?? ''}` : lines[index]);
    }
    index -= 1;
  }
  return turned ?? lines;
}

// "1953 The Chairman welcomed …" over "1954 Public Participation …" and "1955 Minutes …": a parish that numbers its
// minutes on from meeting to meeting reaches figures that read as years, printed alone before each minute's text.
// Years opening lines seldom rise by one from line to line four lines running, as such minutes do (three headings
// "2005", "2006", "2007" may be a report's years): in such a run each number is given the full stop of an item number,
// and isYearNumberAt (item-numbers.ts) lets it number an item.
import { contentStart, firstContentCharacter } from '../patterns';

/** How many lines above and below a year-like number its neighbours in a run of minutes are looked for. */
const MINUTE_RUN_LINES = 80;
/** How many numbers in a row, one more each time, make a run of minutes. */
const MINUTE_RUN_LENGTH = 4;

/** "1953   The Chairman …": four figures a year could be, white space, then a word in capitals. */
const YEAR_LIKE_NUMBER = /^(\s*)((?:19|20)\d\d)\s+(?=\p{Lu})/u;

/** `lines` with each year-like number of a run of minutes followed by a full stop; the same array when there is none. */
export function withMinuteRunsStopped(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Most lines are let go on their first character: only a 1 or a 2 can open a year.
    const first = firstContentCharacter(line);
    if (first !== '1' && first !== '2') continue;
    const number = YEAR_LIKE_NUMBER.exec(line);
    if (!number || !inRunOfMinutes(Number(number[2]), lines, index)) continue;
    result ??= [...lines];
    result[index] = `${number[1]}${number[2]}. ${line.slice(number[0].length)}`;
  }
  return result ?? lines;
}

/** Whether the lines around `index` open with the numbers next to `minute`, making a run of MINUTE_RUN_LENGTH. */
export function inRunOfMinutes(minute: number, lines: string[], index: number): boolean {
  const below = runFrom(minute, 1, lines, index);
  return below + 1 >= MINUTE_RUN_LENGTH || below + 1 + runFrom(minute, -1, lines, index) >= MINUTE_RUN_LENGTH;
}

/** How many of the numbers after `minute` (step 1) or before it (step -1) open a line, each further on than the last. */
function runFrom(minute: number, step: 1 | -1, lines: string[], index: number): number {
  let found = 0;
  let line = index + step;
  for (let wanted = minute + step; found < MINUTE_RUN_LENGTH; wanted += step) {
    const end = line + step * MINUTE_RUN_LINES;
    while (line !== end && line >= 0 && line < lines.length && !opensWithNumber(lines[line], String(wanted))) line += step;
    if (line === end || line < 0 || line >= lines.length) return found;
    found += 1;
    line += step;
  }
  return found;
}

/** Whether a line opens with `number` as a word of its own, or with its full stop (white space before it aside). */
function opensWithNumber(line: string, number: string): boolean {
  const start = contentStart(line);
  return line.startsWith(number, start) && /[\s.]/.test(line.charAt(start + number.length));
}

// A meeting's time turned into a numbered list by a word processor: "… on WEDNESDAY 24 MAY 2017 at" over "1. PM" (the
// "1.00" of "1.00 PM" read as the number of a list's first entry, its figures after the stop lost), as a Scottish
// council's minutes page prints it. The time belongs to the line above; left as it is, "PM" reads as the first item.
import { isBlank } from '../patterns';

/** "1. PM", "10. a.m.": an hour and the half of the day, set as a numbered entry. */
const HOUR_AS_ENTRY = /^\s*(\d{1,2})\.\s+([AaPp]\.?[Mm]\.?)\s*$/;

/** `lines` with each such time joined to the line above that ends in "at"; the same array when there is none. */
export function withAutoNumberedTimesJoined(lines: string[]): string[] {
  let joined: string[] | null = null;
  let above = -1;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Told by the line's length first: such a line is short, most lines are not.
    const time = line.length <= 16 && above !== -1 && /\sat\s*$/i.test(lines[above]) ? HOUR_AS_ENTRY.exec(line) : null;
    if (time) {
      joined ??= lines.slice(0, index);
      const target = joined.length - (index - above);
      joined[target] = `${joined[target].trimEnd()} ${time[1]} ${time[2]}`;
      joined.push('');
    } else {
      joined?.push(line);
    }
    if (!isBlank(line)) above = index;
  }
  return joined ?? lines;
}

// Those present as a PDF prints a Word table of two people a row, each name in one cell and the initials the minutes
// call them by in the next: "Present:    Margaret Carey    MC    Graham Dolan    GD". Each row is set out as the list
// it is ("Margaret Carey (MC), Graham Dolan (GD)"), so each person keeps the key the minutes' speakers use.
import { initialsOf } from './initials-keys';
import { lastContentCharacter } from '../patterns';

/** A gap between cells: three spaces or more, or a tab. */
const CELL_GAP = /\s{3,}|\t/;
/** "Present:" (or another label) before the row's first cell. */
const LABEL_BEFORE_CELLS = /^(\s*\p{Lu}[\p{L} ]{2,30}:)?\s*/u;
/** A name's cell: capitalised words, an authority's letters in brackets perhaps ("Carol Hale (SBC)"). */
const NAME_CELL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+\(\p{Lu}{2,5}\))?$/u;
/** A row of cells is at most this long: a text run together onto one line (megabytes) is none. */
const MAX_ROW = 400;
/** An initials' cell: two to four letters, capitals first. */
const INITIALS_CELL = /^\p{Lu}[\p{Lu}\p{Ll}]{1,3}$/u;

/** The row as a list of "Name (INITIALS)", or null when its cells are not names each followed by its own initials. */
function keyedRow(line: string): string | null {
  const label = LABEL_BEFORE_CELLS.exec(line)![0];
  const cells = line.slice(label.length).trim().split(CELL_GAP);
  if (cells.length < 2 || cells.length % 2 !== 0) return null;
  const people: string[] = [];
  for (let index = 0; index < cells.length; index += 2) {
    const [name, initials] = [cells[index], cells[index + 1]];
    const bare = name.replace(/\s+\([^()]*\)$/, '');
    if (!NAME_CELL.test(name) || !INITIALS_CELL.test(initials) || !initialsOf(bare).includes(initials.toUpperCase())) return null;
    people.push(`${name} (${initials})`);
  }
  return `${label}${people.join(', ')}`;
}

/** The lines with each row of names and their initials set out as a list; the same array when no line is one. */
export function withInitialsCellsAsLists(lines: string[]): string[] {
  let rewritten: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // A row is a line's length, ends in its last initials' capitals and holds a wide gap: most lines are let go by these looks.
    if (line.length > MAX_ROW || !/\p{Lu}/u.test(lastContentCharacter(line)) || !line.includes('   ')) continue;
    const row = keyedRow(line);
    if (row === null) continue;
    rewritten ??= [...lines];
    rewritten[index] = row;
  }
  return rewritten ?? lines;
}

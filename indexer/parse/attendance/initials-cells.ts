// Those present as a PDF prints a Word table of two people a row, each name in one cell and the initials the minutes
// call them by in the next: "Present:    Margaret Carey    MC    Graham Dolan    GD". Each row is set out as the list
// it is ("Margaret Carey (MC), Graham Dolan (GD)"), so each person keeps the key the minutes' speakers use.
import { initialsOf } from './initials-keys';
import { lastContentCharacter } from '../patterns';
import { attendanceLabelOf } from './attendance-labels';
import { withLatePresentTableMoved } from './late-present-table';

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

/** "Kenny Combe (KC)" for a name's cell and the initials' cell after it that are the name's own; null otherwise. */
function keyedPair(name: string, initials: string): string | null {
  const bare = name.replace(/\s+\([^()]*\)$/, '');
  return NAME_CELL.test(name) && INITIALS_CELL.test(initials) && initialsOf(bare).includes(initials.toUpperCase()) ? `${name} (${initials})` : null;
}

/**
 * The row as a list of "Name (INITIALS)", or null when its cells are not names each followed by its own initials. The
 * label may stand in a cell of its own, without a colon ("PRESENT    Kenny Combe    KC …"): it gets one.
 */
function keyedRow(line: string): string | null {
  const label = LABEL_BEFORE_CELLS.exec(line)![0];
  const cells = line.slice(label.length).trim().split(CELL_GAP);
  const labelCell = label.trim() === '' && cells.length % 2 === 1 && attendanceLabelOf(cells[0])?.rest === '' ? `${line.slice(0, line.indexOf(cells[0]))}${cells.shift()}: ` : '';
  if (cells.length < 2 || cells.length % 2 !== 0) return null;
  const people: string[] = [];
  for (let index = 0; index < cells.length; index += 2) {
    const person = keyedPair(cells[index], cells[index + 1]);
    if (person === null) return null;
    people.push(person);
  }
  return `${label}${labelCell}${people.join(', ')}`;
}

/**
 * A table's last row run on into the text beside it ("Michael Cook (SBC)    MC    visible from the road. It …"): the
 * person, and the text, when the row above was the table's.
 */
function keyedPersonBeforeText(line: string): { person: string; text: string } | null {
  const cells = line.trim().split(CELL_GAP);
  const person = cells.length >= 3 ? keyedPair(cells[0], cells[1]) : null;
  return person === null ? null : { person: `${line.slice(0, line.indexOf(cells[0]))}${person}`, text: cells.slice(2).join(' ') };
}

/**
 * The lines with each row of names and their initials set out as a list; the same array when no line is one. A table of
 * those present that a PDF's text gives after the paragraphs it stood beside is moved up (late-present-table.ts).
 */
export function withInitialsCellsAsLists(lines: string[]): string[] {
  let out: string[] | null = null;
  // Where the table being read starts in `out`, or -1.
  let tableFrom = -1;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const row = isRowLike(line) ? keyedRow(line) : null;
    const runOn = row === null && tableFrom !== -1 && line.length <= MAX_ROW ? keyedPersonBeforeText(line) : null;
    if (row === null && runOn === null) {
      if (tableFrom !== -1) out = withLatePresentTableMoved(out!, tableFrom);
      tableFrom = -1;
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, index);
    if (tableFrom === -1) tableFrom = out.length;
    out.push(row ?? runOn!.person);
    if (runOn === null) continue;
    out = withLatePresentTableMoved(out, tableFrom);
    tableFrom = -1;
    out.push(runOn.text);
  }
  return out === null ? lines : tableFrom === -1 ? out : withLatePresentTableMoved(out, tableFrom);
}

/** A row is a line's length, ends in its last initials' capitals and holds a wide gap: most lines are let go by these looks. */
function isRowLike(line: string): boolean {
  if (line.length > MAX_ROW || !/\p{L}/u.test(lastContentCharacter(line)) || !line.includes('   ')) return false;
  // "MCa", "PWh": initials a letter of the surname tells apart from another member's.
  const trimmed = line.trimEnd();
  return INITIALS_CELL.test(trimmed.slice(trimmed.lastIndexOf(' ') + 1));
}

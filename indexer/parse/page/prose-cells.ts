// A table whose cells are paragraphs ("Question from Cllr X: …" beside "Response from the Commissioner: …", as councils
// set out questions and answers): the readers give a row as one line of cells, but each cell is a paragraph of its own,
// often another speaker's.

/** Where the readers part a row's cells: a tab, four spaces by now (index.ts). */
const CELL_GAP = / {4,}/;
/** A cell shorter than this is a label, a name or a figure ("Name    Role", "Grant    £500"), not a paragraph. */
const MIN_PROSE_CELL = 40;

/** Whether every cell of a row is a paragraph: long, ending a sentence, and the next starting as one does. */
function isRowOfParagraphs(cells: string[]): boolean {
  return cells.length >= 2 && cells.every((cell, index) => cell.length >= MIN_PROSE_CELL && (index === cells.length - 1 || /[.?!:]$/.test(cell)) && /^["“‘(]?\p{Lu}/u.test(cell));
}

/** The row's cells when every one is a paragraph; null for any other line. Most lines are let go on their length or on a search for the gap. */
function paragraphCells(line: string): string[] | null {
  if (line.length < MIN_PROSE_CELL * 2 || !line.includes('    ')) return null;
  const cells = line.trim().split(CELL_GAP);
  return isRowOfParagraphs(cells) ? cells : null;
}

/** `lines` with each row of paragraph cells parted into its paragraphs (a blank line between); the same array when there is none. */
export function withProseCellsApart(lines: string[]): string[] {
  const first = lines.findIndex((line) => paragraphCells(line) !== null);
  if (first === -1) return lines;
  const result = lines.slice(0, first);
  for (let index = first; index < lines.length; index += 1) {
    const cells = paragraphCells(lines[index]);
    if (cells) result.push(...cells.flatMap((cell, position) => (position === 0 ? [cell] : ['', cell])));
    else result.push(lines[index]);
  }
  return result;
}

/** A gap between two cells of a table's row as the readers lay a row out on one line (three spaces or more). */
const ROW_GAP = / {3,}/;

/**
 * A row's cells when it has two or more and each is short and ends no sentence (a label, a name, a figure); else null.
 * A field's label and its value ("MOVER:    Cllr Fisk", a motion's parts) are no such row: isAlignedField reads those.
 */
function shortCells(line: string): string[] | null {
  if (!line.includes('   ')) return null;
  const cells = line.trim().split(ROW_GAP);
  return cells.length >= 2 && !cells[0].endsWith(':') && cells.every((cell) => cell.length < MIN_PROSE_CELL && !/[.?!]$/.test(cell)) ? cells : null;
}

/**
 * "Account    Balance" over "Current account    £6,214.33": two rows of one table of short cells, as many cells each.
 * Each row is a paragraph of its own, as the Word and OpenDocument readers give it; a PDF sets a table's rows with no
 * space between them, and its header row ran into the first row under it.
 */
export function areRowsOfOneTable(above: string, line: string): boolean {
  const cells = shortCells(line);
  return cells !== null && shortCells(above)?.length === cells.length;
}

// Lists set side by side under a row of labels ("Present:   Members of the Public:   Apologies:"), as a parish's Word
// template prints them: which column a row's cell is in is told by where it starts on its line, not by its order, since
// a column that runs longer than the one before it leaves that column's cells empty (and a word processor prints an
// empty cell as nothing at all).

/** A line's cells (text parted by two spaces or more) with the character each starts at. */
export function cellsWithStarts(line: string): { text: string; start: number }[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((match) => ({ text: match[0], start: match.index }));
}

/** The index of the start in `starts` nearest `start`: the column a cell starting there stands under. */
function nearestColumn(starts: readonly number[], start: number): number {
  let nearest = 0;
  for (let column = 1; column < starts.length; column += 1) {
    if (Math.abs(starts[column] - start) < Math.abs(starts[nearest] - start)) nearest = column;
  }
  return nearest;
}

/**
 * A row's cells (`cells`, read from `line` in order) put under the columns starting at `starts`: a column's cells run
 * together ("Nick Oakhill (NO)   [Acting Chair]"), a column with none is ''. The cells as they are when the line does
 * not part into as many.
 */
export function placedUnderColumns(cells: string[], line: string, starts: readonly number[]): string[] {
  const placed = cellsWithStarts(line);
  if (placed.length !== cells.length) return cells;
  const columns: string[] = starts.map(() => '');
  cells.forEach((cell, index) => {
    const column = nearestColumn(starts, placed[index].start);
    columns[column] = columns[column] === '' ? cell : `${columns[column]} ${cell}`;
  });
  while (columns.length > 0 && columns[columns.length - 1] === '') columns.pop();
  return columns;
}

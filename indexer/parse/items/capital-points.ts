// "A. Approval of minutes of January 7, 2025" over "B. Warrant register No. 24-25/14 …": points lettered in capitals,
// as US consent calendars list them. A capital and a full stop also start an initial ("A. Smith reported …"), so such a
// line is a point only in a run: the line with the next letter follows within a few lines, or the one before it preceded.
// Each point is a plain paragraph that keeps its letter in its text (the letter may be an initial after all).
import { contentStart, isBlank } from '../patterns';

/** How many lines (a point's wrapped text, blank lines) may part one point of a run from the next. */
const MAX_LINES_BETWEEN = 4;

function capitalLetterOf(line: string): string | null {
  const start = contentStart(line);
  const letter = line.charAt(start);
  const mark = line[start + 1];
  return letter >= 'A' && letter <= 'Z' && (mark === '.' || mark === ')') && line[start + 2] === ' ' ? letter : null;
}

/**
 * The indexes of the lines that open a point of a run lettered "A.", "B.", "C." and on, in the order printed; and, where
 * each point of a run took one line, of the line after its last point ("Motion carried 5-0."), which is none of it.
 */
export function capitalPointLines(lines: string[]): Set<number> {
  const points = new Set<number>();
  let last: { letter: string; index: number } | null = null;
  let oneLinePoints = true;
  const closeRun = () => {
    const after = last === null ? -1 : last.index + 1;
    if (oneLinePoints && points.has(last?.index ?? -1) && after < lines.length && !isBlank(lines[after])) points.add(after);
  };
  for (let index = 0; index < lines.length; index += 1) {
    const letter = capitalLetterOf(lines[index]);
    if (letter === null) continue;
    if (last !== null && index - last.index <= MAX_LINES_BETWEEN && letter.charCodeAt(0) === last.letter.charCodeAt(0) + 1) {
      if (!points.has(last.index)) oneLinePoints = true;
      oneLinePoints &&= index === last.index + 1;
      points.add(last.index).add(index);
    } else closeRun();
    last = { letter, index };
  }
  closeRun();
  return points;
}

// Minutes printed on numbered lines ("1", "2", "3" down the margin, as some US cities' planning commissions print them):
// copied as text, each number lands on a line of its own between the lines it counted. They are no item numbers.

/** A line that is a number and nothing else. */
const NUMBER_ALONE = /^\s*(\d{1,4})\s*$/;
/** How many numbers in a row, each one more than the last, make a margin's count rather than a list's numbers. */
const MIN_RUN = 8;
/**
 * How many of a run's steps must be a single line of text apart (a number, its line, the next number): a margin counts
 * lines, while items numbered alone on a line ("3" over "Minutes" over its paragraph) have more between them.
 */
const SINGLE_LINE_SHARE = 0.6;
/** How many lines of text a margin number may be apart from the next (a wrapped line, a blank line). */
const MAX_GAP = 3;

/** A line opening with a number and a space before its text ("12 Hon. Ruel F. Ilao - …"), or a number alone. */
const NUMBER_BEFORE_TEXT = /^\s*(\d{1,4})(?:[ \t]+(\S.*?))?\s*$/;
/** How many lines in a row, each numbered one more than the last, make a margin's count set before the text it counts. */
const MIN_PREFIXED_RUN = 12;

/**
 * "1 Republic of the Philippines" / "2 Province of Batangas" / "3 MUNICIPALITY OF …" / "4": minutes typed on a
 * numbered-line template (a Philippine Sangguniang Bayan's, a court reporter's), copied as text with each line's number
 * before it and a blank line's number alone. A run of such lines, every line numbered one more than the one above and
 * one of them at least a number alone (a list's items are not numbered on their blank lines), loses its numbers.
 */
function withoutPrefixedLineNumbers(lines: string[]): string[] {
  let out: string[] | null = null;
  let start = 0;
  while (start < lines.length) {
    const first = lines[start].length < 2000 ? NUMBER_BEFORE_TEXT.exec(lines[start]) : null;
    let end = start + 1;
    if (first) {
      let expected = Number(first[1]) + 1;
      while (end < lines.length && NUMBER_BEFORE_TEXT.exec(lines[end])?.[1] === String(expected)) [end, expected] = [end + 1, expected + 1];
    }
    const run = lines.slice(start, end);
    if (first && run.length >= MIN_PREFIXED_RUN && run.some((line) => NUMBER_BEFORE_TEXT.exec(line)![2] === undefined)) {
      out ??= lines.slice(0, start);
      out.push(...run.map((line) => NUMBER_BEFORE_TEXT.exec(line)![2] ?? ''));
    } else out?.push(...run);
    start = end;
  }
  return out ?? lines;
}

/** `lines` without the margin's line numbers; the same array when it has no run of them. */
export function withoutLineNumbers(printed: string[]): string[] {
  const lines = withoutPrefixedLineNumbers(printed);
  const numbered: number[] = [];
  let run: number[] = [];
  let last = -1;
  const closeRun = () => {
    const singleLineSteps = run.filter((at, step) => step > 0 && at - run[step - 1] === 2).length;
    if (run.length >= MIN_RUN && singleLineSteps >= SINGLE_LINE_SHARE * (run.length - 1)) numbered.push(...run);
    run = [];
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Most lines are prose: only a short line can be a number alone.
    const match = line.length <= 8 ? NUMBER_ALONE.exec(line) : null;
    if (!match) continue;
    const value = Number(match[1]);
    const follows = run.length > 0 && value === last + 1 && index - run[run.length - 1] <= MAX_GAP + 1;
    if (!follows) closeRun();
    run.push(index);
    last = value;
  }
  closeRun();
  if (numbered.length === 0) return lines;
  const skipped = new Set(numbered);
  return lines.filter((_, index) => !skipped.has(index));
}

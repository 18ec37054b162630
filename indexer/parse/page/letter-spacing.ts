// A word set in spaced letters ("S e d e r u n t :", as Scottish councils head their roll; "M I N U T E S of the …", a
// parish's opening), copied from a PDF letter by letter: closed up into the word it prints, so that the label, heading
// and header rules read it.

/** Four single letters or more, a space after each, and a colon at most after the last. */
const SPACED_LETTERS = /^(?:\p{L} ){3,}\p{L}(?: ?:)?$/u;
/** "M I N U T E S of the ORDINARY MEETING of …": four capitals or more spaced out to open a sentence, its words after them. */
const SPACED_CAPITALS_OPENING = /^(?:\p{Lu} ){3,}\p{Lu}(?= \p{Ll})/u;

/** The lines with each word in spaced letters closed up; the same array when there is none. */
export function withSpacedLettersClosed(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].trim();
    // Two spaces in the first four characters settle nearly every line before the pattern is tried.
    if (line.charAt(1) !== ' ' || line.charAt(3) !== ' ') continue;
    const opening = SPACED_LETTERS.test(line) ? line : SPACED_CAPITALS_OPENING.exec(line)?.[0];
    if (opening === undefined) continue;
    result ??= [...lines];
    result[index] = opening.replaceAll(' ', '') + line.slice(opening.length);
  }
  return result ?? lines;
}

// A word set in spaced letters ("S e d e r u n t :", as Scottish councils head their roll), copied from a PDF letter by
// letter: closed up into the word it prints, so that the label and heading rules read it.

/** Four single letters or more, a space after each, and a colon at most after the last. */
const SPACED_LETTERS = /^(?:\p{L} ){3,}\p{L}(?: ?:)?$/u;

/** The lines with each word in spaced letters closed up; the same array when there is none. */
export function withSpacedLettersClosed(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].trim();
    // Two spaces in the first four characters settle nearly every line before the pattern is tried.
    if (line.charAt(1) !== ' ' || line.charAt(3) !== ' ' || !SPACED_LETTERS.test(line)) continue;
    result ??= [...lines];
    result[index] = line.replaceAll(' ', '');
  }
  return result ?? lines;
}

// Bilingual minutes (the Senedd's record, Welsh and Irish councils) may print an item's title twice, once in each
// language, on consecutive lines that both carry the item's number: "1. Cyflwyniad, ymddiheuriadau …" over
// "1. Introductions, apologies …". It is one item, titled as one-line bilingual headings are ("Welsh / English").
import { contentStart } from '../patterns';

/** "12. Title": a numbered line, its number and its title. */
const NUMBERED_TITLE = /^\s*(\d{1,3})\.\s+(\S.*?)\s*$/;
/** The number NUMBERED_TITLE reads. */
const NUMBER_BEFORE_TITLE = /^\s*(\d{1,3})\.\s+(?=\S)/;

/** `lines` with each such pair joined on the first line (the second blanked); the same array when there is none. */
export function withBilingualHeadingPairs(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index + 1 < lines.length; index += 1) {
    // Both lines must start with a figure before either is matched: numbered lines seldom come in pairs.
    if (!firstDigitLine(lines[index]) || !firstDigitLine(lines[index + 1])) continue;
    // The numbers are compared before the titles are read: NUMBERED_TITLE's lazy title is tried at each character.
    const [firstNumber, secondNumber] = [NUMBER_BEFORE_TITLE.exec(lines[index]), NUMBER_BEFORE_TITLE.exec(lines[index + 1])];
    if (!firstNumber || firstNumber[1] !== secondNumber?.[1]) continue;
    const first = NUMBERED_TITLE.exec(lines[index]);
    const second = NUMBERED_TITLE.exec(lines[index + 1]);
    if (!first || !second) continue;
    result ??= [...lines];
    result[index] = `${first[1]}. ${first[2]} / ${second[2]}`;
    result[index + 1] = '';
  }
  return result ?? lines;
}

/** Whether a line's first character other than a space is a digit: most lines are let go on it. */
function firstDigitLine(line: string): boolean {
  const code = line.charCodeAt(contentStart(line));
  return code >= 48 && code <= 57;
}

/** A bilingual title ("Welsh / English", as joined above) is a heading's when each language's half is one. */
export function eachLanguageHalf(title: string, isHeadingTitle: (half: string) => boolean): boolean {
  const halves = title.split(' / ');
  return halves.length === 2 && halves.every((half) => isHeadingTitle(half));
}

// Lines in capitals ("APOLOGIES FOR ABSENCE") and lines of capitalised words ("Planning Applications"): the shapes of
// unnumbered headings, and of titles that run on into their text.
import { endsWithOneOf, trimmedLength } from './patterns';

const CAPS_NOT_HEADING =
  /^(?:RESOLVED|AGREED|DECISION|DECIDED|VOTED|NOTED|CARRIED(?: UNANIMOUSLY)?|LOST|MINUTES|DRAFT|UNCONFIRMED|CONFIRMED|PUBLIC|PART [A-Z0-9]+|END|CLOSE|(?:COUNCIL |COMMITTEE |BOARD )?RESOLUTION|(?:OFFICERS?'?|STAFF) RECOMMENDATIONS?|RECOMMENDATIONS?|MOTION|AMENDMENT)\b\W*$/;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'vs', 'v']);
const CAPITALISED_WORD = /^[A-Z0-9(“"‘'&]/;

/** A short line in capitals, three of them in a row, that is no decision's or vote's label ("RESOLVED", "CARRIED"). */
export function isCapsLine(line: string): boolean {
  if (trimmedLength(line) > 100 || !hasCapitalsOnly(line)) return false;
  const text = line.trim();
  return !endsWithOneOf(text, ':-') && !CAPS_NOT_HEADING.test(text);
}

/**
 * Whether a text has no letter a–z and four of A–Z or more, three of them in a row: one pass over its codes, which
 * stops at the first lower-case letter (most lines tested are prose). White space around the text changes nothing.
 */
function hasCapitalsOnly(text: string): boolean {
  let capitals = 0;
  let run = 0;
  let longestRun = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code >= 0x41 && code <= 0x5a) {
      capitals += 1;
      run += 1;
      longestRun = Math.max(longestRun, run);
    } else run = 0;
  }
  return capitals >= 4 && longestRun >= 3;
}

/** Three in four of a text's words capitalised (or numbers), its small words ("of", "the") aside. */
export function hasCapitalisedWords(text: string): boolean {
  let significant = 0;
  let capitalised = 0;
  for (const word of text.split(/\s+/)) {
    // Every small word has at most four letters: longer words are significant without a lower-cased copy.
    if (word.length <= 4 && SMALL_WORDS.has(word.toLowerCase())) continue;
    significant += 1;
    if (CAPITALISED_WORD.test(word)) capitalised += 1;
  }
  return significant > 0 && capitalised / significant >= 0.75;
}

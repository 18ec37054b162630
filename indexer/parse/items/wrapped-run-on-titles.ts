// A numbered minute's title hard-wrapped before the colon or dash that ends it, its text run on after that on the
// second line: "2. To receive the report of the County Councillor and the" over "District Councillor: Cllr Hart said
// …". The title's second part joins its first line and the text goes on to a line of its own, so the heading rules
// read the whole title and the text stays the item's first paragraph (with its speaker).
import { endsOnHangingWord } from '../lines';
import { startsWithDigit } from '../patterns';
import { NUMBERED_LINE } from './item-numbers';

/** A numbered line this long at most is a title's first line (a paragraph's runs to the wrap). */
const MAX_FIRST_LINE = 100;
/** "District Councillor: ", "Playing Field Trust – ": the title's end, a few capitalised words, before a colon or spaced dash and a capital. */
const TITLE_END_THEN_TEXT = /^(\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|and|the|for|to|on|in|&)){0,5})(?::|\s[–—-])\s+(?=[\p{Lu}\d£"“‘])/u;
/** "had", "reported", "was": a verb of a sentence, which a numbered paragraph's first line has and a title's has not. */
const SENTENCE_VERB = /\s(?:was|were|is|are|has|had|have|will|would|\p{Ll}{2,}ed)\s/u;

/** `lines` with each such wrapped title joined and its text set on a line of its own; the same array when none is. */
export function withWrappedRunOnTitlesJoined(lines: string[]): string[] {
  let joined: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const next = lines[index + 1];
    const end = next !== undefined && startsWithDigit(line) ? wrappedTitleEnd(line, next) : null;
    if (end === null) {
      joined?.push(line);
      continue;
    }
    (joined ??= lines.slice(0, index)).push(`${line.trimEnd()} ${end[1]}`, next.trim().slice(end[0].length));
    index += 1;
  }
  return joined ?? lines;
}

/** The match of the title's end on `next`, when `line` is a numbered title's first line cut at a word that leads on. */
function wrappedTitleEnd(line: string, next: string): RegExpExecArray | null {
  const trimmed = line.trim();
  if (trimmed.length > MAX_FIRST_LINE || !endsOnHangingWord(trimmed) || trimmed.includes(': ') || / [–—-] /.test(trimmed)) return null;
  const numbered = NUMBERED_LINE.exec(trimmed);
  if (!numbered || SENTENCE_VERB.test(` ${numbered[3]} `)) return null;
  return TITLE_END_THEN_TEXT.exec(next.trim());
}

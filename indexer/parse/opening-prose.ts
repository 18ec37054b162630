// Prose between a meeting's header and its first item ("The Chair welcomed everyone…", "A minute's silence was
// held…"): what was said before the agenda began is minutes, not header. It is kept as an opening item instead of
// being read as part of the venue or dropped.
import { isCapsLine } from './headings';
import { joinLines, withoutMarkup } from './lines';
import { isBlank } from './patterns';

export const OPENING_TITLE = 'Opening of the meeting';

/** "Venue:", "Also present:", "In attendance:": a labelled header fact, not prose. */
const LABELLED = /^[A-Z][A-Za-z /&'()-]{0,30}:/;
/** Three lower-case words in a row: a sentence, not a name, title or address. */
const RUN_OF_LOWER_WORDS = /\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b/;
/** Shorter lines ("The meeting started at 7pm.") stay in the header, where their time is read. */
const MIN_WORDS = 8;
const SENTENCE_END = /[.!?]["”’)]?$/;

function isProse(text: string): boolean {
  if (LABELLED.test(text) || isCapsLine(text) || !SENTENCE_END.test(text)) return false;
  return text.split(/\s+/).length >= MIN_WORDS && RUN_OF_LOWER_WORDS.test(text);
}

/** The first line of the first block of prose from `from` up to `to` (the first item heading), or -1; `used` lines are the header's attendance. */
export function openingProseStart(lines: string[], from: number, to: number, used: ReadonlySet<number>): number {
  let start = from;
  while (start < to) {
    if (isBlank(lines[start]) || used.has(start)) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < to && !isBlank(lines[end]) && !used.has(end)) end += 1;
    if (isProse(joinLines(lines.slice(start, end).map((line) => withoutMarkup(line).trim())))) return start;
    start = end;
  }
  return -1;
}

// Scottish minutes number their paragraphs on through the meeting and head each matter with a title in capitals above
// its first paragraph. Run together on one line (a text export of the PDF), "… APOLOGIES: 1. Apologies for absence were
// intimated … WELCOME AND INTRODUCTION 2. Pending the election of the Convener, …": each capitals title is set on a
// line of its own before its numbered paragraph, so the heading rules read the titles as in the printed minutes.

/** "WELCOME", "AND", "CONVENER'S", "APOLOGIES:": a word of a title in capitals (two letters or more, or an ampersand). */
const CAPITALS_WORD = /^(?:\p{Lu}[\p{Lu}'’-]+:?|&)$/u;
/** Fewer numbered paragraphs than this with a title before them are no such minutes. */
const MIN_TITLED = 2;
/** At most this many words in a title read back from its paragraph's number. */
const MAX_TITLE_WORDS = 10;

/** How far before a paragraph's number its title is looked for: ten words of capitals, and a line of megabytes is not read back. */
const TITLE_REACH = 160;

/** Where the title in capitals just before `start` in `line` begins, or -1 when the words before it are not one. */
function capitalsTitleBefore(line: string, start: number): number {
  const from = Math.max(0, start - TITLE_REACH);
  const words = line.slice(from, start).trimEnd().split(' ');
  // The first word of the window may be cut: it is read only when the window starts the line.
  const first = from === 0 ? 0 : 1;
  let taken = 0;
  while (taken < MAX_TITLE_WORDS && words.length - taken > first && CAPITALS_WORD.test(words[words.length - 1 - taken])) taken += 1;
  if (taken === 0) return -1;
  const title = words.slice(words.length - taken).join(' ');
  // A title of one word is a whole word of letters ("APOLOGIES:"), not an initialism in a sentence ("… the NHS 4.").
  if (taken === 1 && title.length < 6) return -1;
  return line.lastIndexOf(title, start);
}

/**
 * The line's parts, split at each paragraph number of `starts` (its text starting at the same place in `texts`) and before
 * the capitals title standing before any of them; null when fewer than MIN_TITLED numbers have a title before them.
 */
export function capitalsTitlesApart(line: string, starts: number[], texts: number[]): string[] | null {
  // Each part as [from, to): the text before the first title, each title, each paragraph from its text on (its printed
  // number dropped, as a paragraph's number is: a numbered sentence would be read as an item's heading).
  const parts: [number, number][] = [];
  let from = 0;
  let titled = 0;
  starts.forEach((start, position) => {
    const title = capitalsTitleBefore(line, start);
    if (title !== -1) titled += 1;
    parts.push([from, title === -1 ? start : title]);
    if (title !== -1) parts.push([title, start]);
    from = texts[position];
  });
  if (titled < MIN_TITLED) return null;
  parts.push([from, line.length]);
  return parts.map(([start, end]) => line.slice(start, end).trim()).filter((part) => part !== '');
}

// A document site's text of a PDF ("Transcription" over it, page-chrome.ts) opens with the PDF's first page number run
// into the first line: "1 HOLMBECK LEVEL DRAINAGE BOARD Minutes of a Meeting …". Where that line is wrapped, "1 …"
// over the rest reads as an item numbered 1 and swallows the header; the number is the page's, not an item's. A text the
// site ran onto one line keeps it: the rules setting such a text apart read its page numbers from 1 on.

/** The document site's line over the text it read ("Transcription"). */
const TRANSCRIPTION = /^\s*Transcription\s*$/;
/** How far down the page the site's line may stand. */
const TRANSCRIPTION_REACH = 40;
/** A first line longer than this is the whole text run onto one line. */
const MAX_WRAPPED_LINE = 160;
/** "1 " (no stop or bracket after it, as an item's number has) before the first line's text. */
const FIRST_PAGE_NUMBER = /^(\s*)1\s+(?=\S)/;

/** The lines with the first page's number taken off the first line under "Transcription"; the same array where none stands. */
export function withoutTranscriptionPageNumber(lines: string[]): string[] {
  const reach = Math.min(lines.length, TRANSCRIPTION_REACH);
  let site = -1;
  // Told first by the line's length: the site's line is one word.
  for (let index = 0; index < reach && site === -1; index += 1) if (lines[index].length < 20 && TRANSCRIPTION.test(lines[index])) site = index;
  if (site === -1) return lines;
  let first = site + 1;
  while (first < lines.length && lines[first].trim() === '') first += 1;
  if (first >= lines.length || lines[first].length > MAX_WRAPPED_LINE || !FIRST_PAGE_NUMBER.test(lines[first])) return lines;
  const unnumbered = lines.slice();
  unnumbered[first] = lines[first].replace(FIRST_PAGE_NUMBER, '$1');
  return unnumbered;
}

// Minutes pasted into an email reply or a Markdown note arrive quoted: every line of the quote starts with "> " (nested
// replies "> > "). The marks are the mail program's or the note's, not the minutes': a run of quoted lines loses them.

/** In plain text, fewer quoted lines than this in a row are a line that happens to start with ">" ("> 50 objections"), not a quote. */
const MIN_QUOTED_RUN = 3;
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/;

const isQuoted = (line: string) => line.trimStart().startsWith('>');

/**
 * `text` with the quote marks taken off each run of quoted lines; the same string when it quotes nothing. In Markdown
 * (`minRun` 1) every ">" line is a quote.
 */
export function withoutQuoteMarks(text: string, minRun = MIN_QUOTED_RUN): string {
  if (!text.startsWith('>') && !text.includes('\n>') && !/\n[ \t]+>/.test(text)) return text;
  const lines = text.split('\n');
  let index = 0;
  while (index < lines.length) {
    if (!isQuoted(lines[index])) {
      index += 1;
      continue;
    }
    let end = index;
    while (end < lines.length && isQuoted(lines[end])) end += 1;
    if (end - index >= minRun) for (let line = index; line < end; line += 1) lines[line] = lines[line].replace(QUOTE_MARKS, '');
    index = end;
  }
  return lines.join('\n');
}

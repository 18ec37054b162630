// Plain-text minutes that underline each title with a row of "=" or "-" (Markdown's "setext" headings, and the habit
// of typewriter-era templates): the underlined line becomes a marked heading ("# Title" under "=", "## Title" under
// "-"), read as Markdown's are, and the underline goes.
import { endsSentence } from '../lines';
import { firstContentCharacter } from '../patterns';

/** An underline: three or more "=" or "-" and nothing else. */
const UNDERLINE = /^\s*(?:={3,}|-{3,})\s*$/;

/** How long an underline may be against its title's length: a rule across the page under a short line is a rule. */
const UNDERLINE_STRETCH = 1.5;
const UNDERLINE_SLACK = 2;

/** A title a row of dashes may underline: one line of words, not a table's row of columns nor a finished sentence. */
function mayBeUnderlined(title: string): boolean {
  return title.length > 0 && title.length <= 120 && !/\s{3}|\t|\|/.test(title) && !/[.,;]$/.test(title) && !title.startsWith('#') && !UNDERLINE.test(title);
}

/** Whether `underline` (trimmed) is as long as an underline of `title` (trimmed) would be. */
function fitsTitle(underline: string, title: string): boolean {
  return underline.length * 2 >= title.length && underline.length <= title.length * UNDERLINE_STRETCH + UNDERLINE_SLACK;
}

/** `lines` with each underlined title marked as a heading and its underline left blank; the same array when none is. */
export function markSetextHeadings(lines: string[]): string[] {
  let marked: string[] | null = null;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index];
    const first = firstContentCharacter(line);
    if ((first !== '=' && first !== '-') || !UNDERLINE.test(line)) continue;
    const title = lines[index - 1].trim();
    if (!mayBeUnderlined(title) || !fitsTitle(line.trim(), title)) continue;
    // The title is a line of its own: a blank line (or the text's start) or a finished sentence above it, or an
    // underline drawn to its length (a rule under a paragraph's last line seldom is).
    const above = index >= 2 ? lines[index - 2].trim() : '';
    if (above !== '' && !endsSentence(above) && Math.abs(line.trim().length - title.length) > UNDERLINE_SLACK) continue;
    marked ??= lines.slice();
    marked[index - 1] = `${first === '=' ? '#' : '##'} ${title}`;
    marked[index] = '';
  }
  return marked ?? lines;
}

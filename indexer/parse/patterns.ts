// Regular expressions shared by the parse rules.

/**
 * White space that reads as one space: runs of two or more characters, and single characters other than a space.
 * Replacing these (not every run, as `/\s+/g` does) leaves the single spaces between words alone, which are most
 * of the matches in a text and each cost a replacement.
 */
const WHITE_SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;
export const WHITE_SPACE_OTHER_THAN_SPACE = /[^\S ]/;
/** Two spaces, looked for by a pattern: V8 finds them so about twice as fast as `includes` does. */
const TWO_SPACES = / {2}/;

/** Whether a character code is white space as `\s` and `trim` read it. */
export function isWhiteSpaceCode(code: number): boolean {
  if (code > 0x20 && code < 0xa0) return false;
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Where the run of white space that ends at `end` in `text` starts (`end` itself when none does). */
export function whiteSpaceStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isWhiteSpaceCode(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

/**
 * The character a line's trimmed text starts with, or '' for a blank line: a per-line test can let most lines go on
 * this one character without trimming a copy of each line.
 */
export function firstContentCharacter(line: string): string {
  return line.charAt(contentStart(line));
}

/** Whether a line's text (white space before it aside) starts with a digit. */
export function startsWithDigit(line: string): boolean {
  const first = firstContentCharacter(line);
  return first >= '0' && first <= '9';
}

/** Where a line's trimmed text starts: the length of the white space before it (all of a blank line). */
export function contentStart(line: string): number {
  let start = 0;
  while (start < line.length && isWhiteSpaceCode(line.charCodeAt(start))) start += 1;
  return start;
}

/** How many single spaces a text holds, counted up to `atMost`: its words, less one, without splitting it (this runs on most lines). */
export function spaceCount(text: string, atMost: number): number {
  let count = 0;
  for (let at = text.indexOf(' '); at !== -1 && count < atMost; at = text.indexOf(' ', at + 1)) count += 1;
  return count;
}

/** The length of `line.trim()`, without the copy. */
export function trimmedLength(line: string): number {
  return Math.max(0, whiteSpaceStart(line, line.length) - contentStart(line));
}

/** The character a line's trimmed text ends with, or '' for a blank line. */
export function lastContentCharacter(line: string): string {
  const end = whiteSpaceStart(line, line.length);
  return end === 0 ? '' : line.charAt(end - 1);
}

/** Whether a line's text (white space after it aside) ends with one of `characters`: what `/[…]\s*$/.test(line)` tells, read from its end. */
export function contentEndsWithOneOf(line: string, characters: string): boolean {
  const last = lastContentCharacter(line);
  return last !== '' && characters.includes(last);
}

/**
 * Whether `text` ends with one of `characters` (none of them half of a surrogate pair): what `/[…]$/.test(text)` tells,
 * read from the last character, where the pattern was tried from every character of the text.
 */
export function endsWithOneOf(text: string, characters: string): boolean {
  return text !== '' && characters.includes(text[text.length - 1]);
}

/**
 * Whether a line is empty or white space only. Most lines start with a printable ASCII character, which is not white
 * space: they are told by that one code, without trimming a copy of the line.
 */
export function isBlank(line: string): boolean {
  const first = line.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  // Read to the first character that is not white space, without a trimmed copy of an indented line.
  return contentStart(line) === line.length;
}

/** The first line with text at or after `from` and before `to` (the lines' end at most); `to` (or that end) when none has. */
export function contentLineFrom(lines: readonly string[], from: number, to = lines.length): number {
  const end = Math.min(to, lines.length);
  let at = from;
  while (at < end && isBlank(lines[at])) at += 1;
  return at;
}

/** The last line with text at or before `from` and no further up than `to` (the first line at most); -1 when none has. */
export function contentLineBefore(lines: readonly string[], from: number, to = 0): number {
  const end = Math.max(to, 0);
  let at = from;
  while (at >= end && isBlank(lines[at])) at -= 1;
  return at >= end ? at : -1;
}

/** The patterns holdsWhiteSpaceRun looks for (the spaces, as TWO_SPACES; and any white space), for each length of run asked about. */
const WHITE_SPACE_RUNS = new Map<number, { spaces: RegExp; pattern: RegExp }>();

/**
 * Whether `text` holds `length` white-space characters in a row (two by default), as `/\s{length}/` tells: as many
 * spaces, or a run with a character other than a space, which only a text holding one can have. Two scans for rare
 * things are quicker than the pattern, which stopped at every space.
 */
export function holdsWhiteSpaceRun(text: string, length = 2): boolean {
  let run = WHITE_SPACE_RUNS.get(length);
  if (run === undefined) {
    run = { spaces: length === 2 ? TWO_SPACES : new RegExp(` {${length}}`), pattern: new RegExp(String.raw`\s{${length}}`) };
    WHITE_SPACE_RUNS.set(length, run);
  }
  return run.spaces.test(text) || (WHITE_SPACE_OTHER_THAN_SPACE.test(text) && run.pattern.test(text));
}

/**
 * Each match of `pattern` (sticky) at the text's start or after white space, in order and none inside another: what
 * `text.matchAll` finds of the pattern behind `(?<=^|\s)`, which V8 tries at every character of the text. `candidates`
 * (global) finds the white space before each place a match can start; the pattern is tried there only.
 */
export function matchesAfterWhiteSpace(text: string, pattern: RegExp, candidates: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const endOfMatchAt = (at: number) => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match) found.push(match);
    return match ? at + match[0].length : -1;
  };
  const firstEnd = endOfMatchAt(0);
  // A match may end on the white space the next one follows.
  candidates.lastIndex = Math.max(0, firstEnd - 1);
  for (let space = candidates.exec(text); space !== null; space = candidates.exec(text)) {
    const end = endOfMatchAt(space.index + 1);
    if (end !== -1) candidates.lastIndex = end - 1;
  }
  return found;
}

/**
 * The last `length` characters of `text` before its trailing white space: all a pattern anchored at the end (`…\s*$`)
 * needs to read, where the pattern itself would be tried at every character of a long text (a document on one line).
 */
export function tailOf(text: string, length: number): string {
  const trimmed = text.trimEnd();
  return trimmed.length > length ? trimmed.slice(-length) : trimmed;
}

/**
 * The first `length` characters of `lines` joined by spaces, each run of white space one space, trimmed: what
 * `lines.join(' ').replace(/\s+/g, ' ').trim().slice(0, length)` gives, read no further than it needs (a line can be a
 * whole document).
 */
export function leadingText(lines: readonly string[], length: number): string {
  let text = '';
  for (const line of lines) {
    text += ' ';
    for (let at = 0; at < line.length; at += length) {
      text = collapseWhiteSpace(text + line.slice(at, at + length)).trimStart();
      // Two characters past the length: one of them is not white space, so the text goes on past it.
      if (text.length > length + 1) return text.slice(0, length);
    }
  }
  return text.trim().slice(0, length);
}

/**
 * `text` with every run of white space as one space: the same as `text.replace(/\s+/g, ' ')`, faster. Most texts need
 * nothing, and a test tells that sooner than a replace that finds nothing.
 */
export function collapseWhiteSpace(text: string): string {
  // Two scans, each with one thing to look for, take less time than one pattern of two alternatives (`[^\S ]| {2}`).
  return WHITE_SPACE_OTHER_THAN_SPACE.test(text) || TWO_SPACES.test(text) ? collapsedWhiteSpace(text) : text;
}

/** `collapseWhiteSpace` without its first look, for a caller that has told the text holds white space to collapse. */
export function collapsedWhiteSpace(text: string): string {
  return text.replace(WHITE_SPACE_TO_COLLAPSE, ' ');
}

/**
 * One pattern that matches wherever any of `patterns` does: a line is tested once instead of once per pattern,
 * which counts in documents of hundreds of thousands of lines. The patterns must share their flags.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const flags = new Set(patterns.map((pattern) => pattern.flags));
  if (flags.size !== 1) throw new Error(`expected patterns with the same flags but found ${[...flags].map((flag) => `"${flag}"`).join(', ')}`);
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), patterns[0].flags);
}

/**
 * The words saying what kind of meeting it was, before "meeting" or a body's name: "Annual", "Extraordinary", "Full",
 * and "General" of an "Annual General Meeting" (or an "Extraordinary General Meeting").
 */
export const MEETING_KINDS = 'annual|ordinary|extraordinary|special|regular|full|monthly|general|statutory';

/**
 * "the 14th Sitting of", "the Twelfth Meeting of", "the Eighty Fourth (84th) Meeting of", "the One Hundred and
 * Thirty-Third Meeting of" (a US college council's count of its meetings in words), an Indian institute's "the IXth
 * Meeting of" (its number in Roman figures): which of the body's meetings it was.
 */
const ORDINAL_MEETING = String.raw`\(?\d{1,3}(?:st|nd|rd|th)\)?|[IVXLC]{1,7}\s?th|(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred\s+(?:and\s+)?)?(?:\w+-|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+ieth)`;
/**
 * "Annual", "Extraordinary", "General", "March", "14th": which kind of meeting it was, or in which month, before "meeting of";
 * "Reconvened" (a meeting carried on from an earlier day), "Inaugural" (a new council's first).
 */
export const KIND_OF_SITTING = String.raw`(?:annual|ordinary|extraordinary|special|statutory|regular|adjourned|reconvened|inaugural|additional|virtual|remote|public|full|monthly|general|formal|january|february|march|april|may|june|july|august|september|october|november|december|${ORDINAL_MEETING})`;

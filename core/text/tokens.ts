// The one tokeniser: search terms the way SQLite's `unicode61 remove_diacritics 2` tokenizer makes them, so
// query words, the vocabulary, the highlighter and the FTS5 index agree on what a word is; and the same words
// as written, for the stages that read a question (codes such as "2022/23" kept whole, possessives noted).

/** Letters, numbers and private-use characters make words; everything else (punctuation, emoji, apostrophes) separates them. */
const WORD_PATTERN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII_WORD_CHARACTER = /[\p{L}\p{N}\p{M}\p{Co}]/u;
/** Per UTF-16 code unit past ASCII: 0 not yet judged, 1 separates words (dashes, curly quotes, £), 2 may be in a word. */
const nonAsciiKinds = new Uint8Array(0x10000);
const ASCII_WORD = /[a-z0-9]+/g;

export interface TokenSpan {
  /** Normalised form: lower case, accents removed. */
  term: string;
  start: number;
  end: number;
}

/** Lower-cases and strips accents ("Café" → "cafe"). */
export function normaliseTerm(word: string): string {
  return isAscii(word) ? word.toLowerCase() : word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Read by character code: cheaper than a pattern for the short words it is asked about. */
function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) if (word.charCodeAt(index) > 0x7f) return false;
  return true;
}

/** Whether a code unit past ASCII separates words for the tokeniser; surrogates are taken for word characters. */
export function separatesWords(code: number): boolean {
  nonAsciiKinds[code] ||= code < 0xd800 && !NON_ASCII_WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return nonAsciiKinds[code] === 1;
}

/** Curly quotes, dashes, no-break spaces and £ only separate words: a text whose only characters beyond ASCII are such reads as ASCII. */
export function hasOnlyAsciiWords(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code > 0x7f && !separatesWords(code)) return false;
  }
  return true;
}

/** Every word of `text` with its position in the original string. */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  // ASCII words (most paragraphs, whatever their quotes, dashes and £ signs) are read with a pattern free of Unicode
  // classes from the text lower-cased once (it keeps every place: only ASCII letters change), several times faster.
  if (hasOnlyAsciiWords(text)) return asciiSpans(text.toLowerCase());

  for (const match of text.matchAll(WORD_PATTERN)) {
    const term = normaliseTerm(match[0]);
    if (term !== '') spans.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The words of a lower-cased text whose words are all ASCII, read by character code (no pattern, no match objects). */
function asciiSpans(lower: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  for (let index = 0; index <= lower.length; index += 1) {
    const code = index < lower.length ? lower.charCodeAt(index) : 0;
    const inWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    if (inWord && start < 0) start = index;
    else if (!inWord && start >= 0) {
      spans.push({ term: lower.slice(start, index), start, end: index });
      start = -1;
    }
  }
  return spans;
}

/** WORD_PATTERN once combining marks are gone. */
const UNMARKED_WORD = /[\p{L}\p{N}\p{Co}]+/gu;

export function tokenise(text: string): string[] {
  // Normalising the whole text once is several times faster than word by word, and plain ASCII needs no normalising.
  if (hasOnlyAsciiWords(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return normaliseTerm(text).match(UNMARKED_WORD) ?? [];
}

/** A word as written, with its place in the text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Followed by 's ("Palmer's"): the possessive is not a token of its own. */
  possessive: boolean;
}

// Letters and digits, joined by inner slashes ("2022/23"); hyphens split ("Vice-Chairman"); "&" stands alone.
const WRITTEN_TOKEN_PATTERN = /[\p{L}\p{N}]+(?:\/[\p{L}\p{N}]+)*|&/gu;
const POSSESSIVE_PATTERN = /^['’]s\b/;

/** The words of a question or a passage as written: "&" reads as "and", case is kept in `text`. */
export function tokensAsWritten(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WRITTEN_TOKEN_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    const possessive = POSSESSIVE_PATTERN.test(text.slice(end));
    tokens.push({ text: match[0], lower: match[0] === '&' ? 'and' : match[0].toLowerCase(), start, end, possessive });
  }
  return tokens;
}

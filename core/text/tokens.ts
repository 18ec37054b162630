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

/** ASCII codes that are word characters for the tokeniser: 0-9, A-Z, a-z. */
const ASCII_WORD_CODES = new Uint8Array(0x80).map((_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0));

/**
 * The words of a text as places in it, each word's normalised form read only when asked (`termAt`): for a reader that
 * looks closely at few of a text's words, as the highlighter does, with no object or string made for the others.
 * The arrays are the holder's own and reused by its next reading.
 */
export class WordPositions {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  text = '';
  /** The normalised words when a word is not all ASCII; empty when every word is (a word is then its text lower-cased). */
  terms: string[] = [];

  termAt(index: number): string {
    return this.terms.length > 0 ? this.terms[index] : this.text.slice(this.starts[index], this.ends[index]).toLowerCase();
  }

  /** The first UTF-16 code of the normalised word: enough to rule most words out without reading them. */
  firstCodeAt(index: number): number {
    if (this.terms.length > 0) return this.terms[index].charCodeAt(0);
    const code = this.text.charCodeAt(this.starts[index]);
    return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  }

  /** Room for every word a text of `length` characters can hold (one in two characters at most). */
  makeRoom(length: number): void {
    const most = (length >> 1) + 1;
    if (this.starts.length >= most) return;
    this.starts = new Int32Array(most * 2);
    this.ends = new Int32Array(most * 2);
  }
}

/** Reads the words of `text` into `into` (emptied first) and returns it. */
export function readWordPositions(text: string, into: WordPositions): WordPositions {
  into.count = 0;
  into.terms.length = 0;
  into.text = text;
  into.makeRoom(text.length);
  const { starts, ends } = into;
  // ASCII words (most paragraphs, whatever their quotes, dashes and £ signs) are read by character code in one pass,
  // several times faster than a Unicode pattern; a word character past ASCII sends the text down the exact path.
  let count = 0;
  let start = -1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (ASCII_WORD_CODES[code] === 1) {
        if (start < 0) start = index;
        continue;
      }
    } else if (!separatesWords(code)) return readUnicodeWords(text, into);
    if (start >= 0) {
      starts[count] = start;
      ends[count] = index;
      count += 1;
      start = -1;
    }
  }
  if (start >= 0) {
    starts[count] = start;
    ends[count] = text.length;
    count += 1;
  }
  into.count = count;
  return into;
}

function readUnicodeWords(text: string, into: WordPositions): WordPositions {
  into.count = 0;
  for (const match of text.matchAll(WORD_PATTERN)) {
    const term = normaliseTerm(match[0]);
    if (term === '') continue;
    into.terms.push(term);
    into.starts[into.count] = match.index;
    into.ends[into.count] = match.index + match[0].length;
    into.count += 1;
  }
  return into;
}

/** WORD_PATTERN once combining marks are gone. */
const UNMARKED_WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/**
 * Whether `text` holds at least `wanted` of the terms `tokenise` makes that `counts` accepts, read from the start and
 * no further than needed: asking it of two hundred passages costs a search little, where tokenising them all did not.
 */
export function holdsTerms(text: string, wanted: number, counts: (term: string) => boolean): boolean {
  if (wanted <= 0) return true;
  let found = 0;
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 0x20;
    if (code < 0x80) {
      if (ASCII_WORD_CODES[code] === 1) {
        if (start < 0) start = index;
        continue;
      }
    } else if (!separatesWords(code)) {
      // A word character past ASCII: the exact tokeniser reads the text (rare in minutes).
      return tokenise(text).filter(counts).length >= wanted;
    }
    if (start >= 0 && counts(text.slice(start, index).toLowerCase()) && ++found >= wanted) return true;
    start = -1;
  }
  return false;
}

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

// Splits text into search terms the way SQLite's `unicode61 remove_diacritics 2` tokenizer does,
// so query words, the vocabulary, the highlighter and the FTS5 index agree on what a word is.

/** Letters, numbers and private-use characters make words; everything else (punctuation, emoji, apostrophes) separates them. */
const WORD_PATTERN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const COMBINING_MARKS = /\p{M}/gu;

export interface TokenSpan {
  /** Normalised form: lower case, accents removed. */
  term: string;
  start: number;
  end: number;
}

/** Lower-cases and strips accents ("Café" → "cafe"). */
export function normaliseTerm(word: string): string {
  return word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Every word of `text` with its position in the original string. */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const term = normaliseTerm(match[0]);
    if (term !== '') spans.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

const ASCII_ONLY = /^\p{ASCII}*$/u;
const ASCII_WORD = /[a-z0-9]+/g;
/** WORD_PATTERN once combining marks are gone. */
const UNMARKED_WORD = /[\p{L}\p{N}\p{Co}]+/gu;

export function tokenise(text: string): string[] {
  // Normalising the whole text once is several times faster than word by word, and plain ASCII needs no normalising.
  if (ASCII_ONLY.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return normaliseTerm(text).match(UNMARKED_WORD) ?? [];
}

// A few common English endings. Only used to decide which words to highlight after FTS5's Porter
// stemmer matched them ("funding" for "fund", "committees" for "committee"), so rough is good enough.
const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ers', 'ies', 'ied', 'er', 'ed', 'es', 's'];
const MIN_STEM_LENGTH = 3;

/** The word and the forms left after removing one common ending: two words match when these overlap. */
export function stemCandidates(term: string): string[] {
  const candidates = [term];
  for (const suffix of SUFFIXES) {
    if (term.length - suffix.length >= MIN_STEM_LENGTH && term.endsWith(suffix)) candidates.push(term.slice(0, -suffix.length));
  }
  return candidates;
}

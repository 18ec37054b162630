// The one sentence splitter, for chunking long paragraphs, picking a snippet's sentence and quoting answers.
// A sentence ends at ".", "!" or "?" (and closing quotes) before a capital, a digit or an opening quote, but not
// after an abbreviation ("Mr. Scott", "No. 5"), an initial ("J. Smith") or a list number ("1. That ..."). Pure.

// Words that end with a full stop without ending the sentence.
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  ['mr', 'mrs', 'ms', 'dr', 'cllr', 'st', 'no', 'nos', 'insp', 'supt', 'sgt', 'prof', 'rev', 'hon', 'pt', 'cyng', 'vs', 'cf', 'approx', 'e.g', 'i.e', 'para', 'ref'],
);
const LONGEST_ABBREVIATION = Math.max(...[...SENTENCE_ABBREVIATIONS].map((abbreviation) => abbreviation.length));
const SENTENCE_END = /[.!?]+["'’”)\]]*\s+(?=["'‘“(£]?[\p{Lu}\p{N}£])/gu;

/** The sentences of `text`, trimmed, in order; the last one is whatever follows the last sentence end. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (endsWithoutStopping(text, start, match.index)) continue;
    const end = match.index + match[0].length;
    const sentence = text.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** Whether `text` ends at a full stop that ends no sentence: an abbreviation's ("…asked Mr."), an initial's ("…by J."). */
export const endsWithoutSentenceEnd = (text: string): boolean => text.endsWith('.') && endsWithoutStopping(text, 0, text.length - 1);

const WORD_CHARACTER = /[\p{L}\p{N}.]/u;

/** The full stop at `stop` belongs to an abbreviation, an initial or a list number, in the sentence begun at `start`. */
function endsWithoutStopping(text: string, start: number, stop: number): boolean {
  if (text[stop] !== '.') return false;
  // Read back over the word before the full stop by hand: a pattern anchored at the end would scan the whole sentence.
  let wordStart = stop;
  while (wordStart > start && WORD_CHARACTER.test(text[wordStart - 1])) {
    wordStart -= 1;
    // Longer than any abbreviation, initial or list number: a word that ends a sentence.
    if (stop - wordStart > LONGEST_ABBREVIATION) return false;
  }
  const lastWord = text.slice(wordStart, stop);
  if (SENTENCE_ABBREVIATIONS.has(lastWord.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(lastWord)) return true;
  if (!/^\d{1,2}$/.test(lastWord)) return false;
  const beforeNumber = text.slice(start, wordStart).trimEnd();
  return beforeNumber === '' || /[:;]$/.test(beforeNumber);
}

// "Did you mean": the query again with each word no chunk holds replaced by the word the search corrected it to, or,
// when it could not, by the closest word the vocabulary holds by natural's Damerau-Levenshtein distance (the commonest
// among equally close ones), looking further than typo correction: one edit more, and words under 5 letters too.
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { isContentWord } from '../../../core/text/stop-words';
import type { ParsedQuery, QueryClause } from './query-parser';
import { allowedTypos, documentsWithAnyForm, type Vocabulary } from './vocabulary';

/** Shorter words are mostly abbreviations and function words: one edit turns them into too many others. */
const MIN_SUGGESTED_LENGTH = 3;
/** Edits a suggestion may be from the word typed, beyond the typo budget the search corrects by itself. */
const EXTRA_EDITS = 1;

/** Per UTF-16 code unit, how many more the first word holds than the second; back to zeros after each comparison. */
const letterBalance = new Int32Array(0x10000);

/**
 * Letters one word holds more often than the other, the larger of the two counts: no edit distance can be smaller
 * (a transposition moves no letter in or out), and it is many times cheaper than natural's full matrix.
 */
function lettersApart(a: string, b: string): number {
  for (let index = 0; index < a.length; index += 1) letterBalance[a.charCodeAt(index)] += 1;
  for (let index = 0; index < b.length; index += 1) letterBalance[b.charCodeAt(index)] -= 1;
  let surplus = 0;
  let shortfall = 0;
  for (const word of [a, b]) {
    for (let index = 0; index < word.length; index += 1) {
      const code = word.charCodeAt(index);
      const balance = letterBalance[code];
      if (balance > 0) surplus += balance;
      else shortfall -= balance;
      letterBalance[code] = 0;
    }
  }
  return Math.max(surplus, shortfall);
}

/** natural's Damerau-Levenshtein distance, for the words whose letters leave it a chance to be within `limit`. */
function naturalDistance(a: string, b: string, limit: number): number {
  return lettersApart(a, b) > limit ? limit + 1 : DamerauLevenshteinDistance(a, b);
}

/**
 * The indexed word to offer for `term`, or null when the index holds it, it is being completed, or none is close.
 * Stop words and the words that frame a question ("what did the Commissioner say about …") are never respelt: minutes
 * that do not hold "say" make it no typo, and "stay" would only puzzle.
 */
function closestIndexedWord(term: string, clause: QueryClause, vocabulary: Vocabulary): string | null {
  if (documentsWithAnyForm(vocabulary, term) > 0 || !isContentWord(term) || term.length < MIN_SUGGESTED_LENGTH || /\p{N}/u.test(term)) return null;
  if (clause.prefix && vocabulary.completions(term).length > 0) return null;
  // The correction the search made itself, when it made one; the wider look (slower: natural's distance fills a whole
  // matrix of edits) only for words it could not correct.
  return vocabulary.corrections(term)[0] ?? vocabulary.nearest(term, allowedTypos(term) + EXTRA_EDITS, naturalDistance)[0] ?? null;
}

function writeClause(clause: QueryClause, terms: string[]): string {
  const words = terms.join(' ');
  return `${clause.excluded ? '-' : ''}${clause.quoted ? `"${words}"` : words}`;
}

/**
 * The query with its unknown words replaced, written back as a query (normalised words, "phrases" and -words kept);
 * null when no word was replaced. Excluded words are left alone: a -word no chunk holds excludes nothing either way.
 */
export function suggestSpelling(parsed: ParsedQuery, vocabulary: Vocabulary): string | null {
  let replaced = false;
  const clauses = parsed.clauses.map((clause) => {
    const terms = clause.terms.map((term) => {
      const better = clause.excluded ? null : closestIndexedWord(term, clause, vocabulary);
      replaced ||= better !== null;
      return better ?? term;
    });
    return writeClause(clause, terms);
  });
  return replaced ? clauses.join(' ') : null;
}

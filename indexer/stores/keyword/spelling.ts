// "Did you mean": the query again with each word no chunk holds replaced by the word the search corrected it to, or,
// when it could not, by the closest word the vocabulary holds by natural's Damerau-Levenshtein distance (the commonest
// among equally close ones), looking further than typo correction: one edit more, and words under 5 letters too.
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { isStopWord } from '../../../core/text/stop-words';
import type { ParsedQuery, QueryClause } from './query-parser';
import { allowedTypos, type Vocabulary } from './vocabulary';

/** Shorter words are mostly abbreviations and function words: one edit turns them into too many others. */
const MIN_SUGGESTED_LENGTH = 3;
/** Edits a suggestion may be from the word typed, beyond the typo budget the search corrects by itself. */
const EXTRA_EDITS = 1;

const naturalDistance = (a: string, b: string) => DamerauLevenshteinDistance(a, b);

/** The indexed word to offer for `term`, or null when the index holds it, it is being completed, or none is close. */
function closestIndexedWord(term: string, clause: QueryClause, vocabulary: Vocabulary): string | null {
  if (vocabulary.documentsWith(term) > 0 || isStopWord(term) || term.length < MIN_SUGGESTED_LENGTH || /\p{N}/u.test(term)) return null;
  if (clause.prefix && vocabulary.completions(term).length > 0) return null;
  // The correction the search made itself, when it made one; the wider look (slower: natural's distance never gives up
  // early) only for words it could not correct.
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

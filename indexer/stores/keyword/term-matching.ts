// Which query terms each word of a text matches, stem-insensitively, and where a term or phrase occurs:
// shared by BM25 scoring and the check of semantic candidates against a query's -words and "phrases". Pure.
import type { TermAlternative } from './query-plan';
import { stemCandidates } from '../../../core/text/stem';

/**
 * For each word of a chunk, the query terms it matches, stem-insensitively the way FTS5's Porter
 * stemmer lets "funding" match "fund" (roughly: see stemCandidates). Cached per distinct word.
 */
export function createTermMatcher(queryTerms: readonly string[]): (token: string) => ReadonlySet<string> | undefined {
  const termsByStem = new Map<string, Set<string>>();
  for (const term of queryTerms) {
    for (const stem of stemCandidates(term)) {
      const terms = termsByStem.get(stem) ?? new Set<string>();
      terms.add(term);
      termsByStem.set(stem, terms);
    }
  }
  const firstLetters = new Set(queryTerms.map((term) => term[0]));
  const cache = new Map<string, ReadonlySet<string> | undefined>();
  return (token) => {
    if (!firstLetters.has(token[0])) return undefined;
    if (cache.has(token)) return cache.get(token);
    let matched: Set<string> | undefined;
    for (const stem of stemCandidates(token)) {
      for (const term of termsByStem.get(stem) ?? []) (matched ??= new Set()).add(term);
    }
    cache.set(token, matched);
    return matched;
  };
}

/** How often the alternative (a word, or words in a row) occurs in a field whose words were matched to query terms. */
export function occurrences(matched: Array<ReadonlySet<string> | undefined>, alternative: TermAlternative): number {
  const { terms } = alternative;
  let found = 0;
  for (let start = 0; start + terms.length <= matched.length; start += 1) {
    let index = 0;
    while (index < terms.length && matched[start + index]?.has(terms[index])) index += 1;
    if (index === terms.length) found += 1;
  }
  return found;
}

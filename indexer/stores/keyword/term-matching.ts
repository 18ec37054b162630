// Which query terms each word of a text matches, stem-insensitively, and where a term or phrase occurs:
// shared by BM25 scoring and the check of semantic candidates against a query's -words and "phrases". Pure.
import type { TermAlternative } from './query-plan';
import { stemCandidates } from '../../../core/text/stem';
import { separatesWords, tokenise } from '../../../core/text/tokens';

/** The query terms a word matches, or undefined for none. */
export type TermMatcher = (token: string) => ReadonlySet<string> | undefined;

/**
 * For each word of a chunk, the query terms it matches, stem-insensitively the way FTS5's Porter
 * stemmer lets "funding" match "fund" (roughly: see stemCandidates). Cached per distinct word.
 */
export function createTermMatcher(queryTerms: readonly string[]): TermMatcher {
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

/** A field's words as scoring needs them: how many there are, and where the words matching a query term stand. */
export interface FieldMatches {
  length: number;
  /** Positions of the matched words, ascending, and the query terms each matches. */
  positions: number[];
  terms: Array<ReadonlySet<string>>;
}

const isAsciiWordCode = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);

/**
 * The words of a field matched to query terms, as `tokenise(text).map(matchTerm)` would give them, without making a
 * string of every word: text whose words are plain ASCII (most paragraphs, dashes and curly quotes allowed) is read
 * code by code, and only words starting like a query term (`firstCodes`, lower-case codes) are cut out and matched.
 * Text with other letters goes through the tokeniser.
 */
export function matchField(text: string, matchTerm: TermMatcher, firstCodes: ReadonlySet<number>): FieldMatches {
  const found: FieldMatches = { length: 0, positions: [], terms: [] };
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 0x20;
    if (code > 0x7f && !separatesWords(code)) return matchTokens(text, matchTerm);
    if (code <= 0x7f && isAsciiWordCode(code)) {
      if (start < 0) start = index;
      continue;
    }
    if (start < 0) continue;
    const terms = firstCodes.has(text.charCodeAt(start) | 0x20) ? matchTerm(text.slice(start, index).toLowerCase()) : undefined;
    if (terms !== undefined) {
      found.positions.push(found.length);
      found.terms.push(terms);
    }
    found.length += 1;
    start = -1;
  }
  return found;
}

/** Reads each field afresh (matchField), for candidates seen once. */
export function scanningReader(matchTerms: readonly string[]): (text: string) => FieldMatches {
  const matchTerm = createTermMatcher(matchTerms);
  const firstCodes = new Set(matchTerms.map((term) => term.charCodeAt(0)));
  return (text) => matchField(text, matchTerm, firstCodes);
}

function matchTokens(text: string, matchTerm: TermMatcher): FieldMatches {
  const tokens = tokenise(text);
  const found: FieldMatches = { length: tokens.length, positions: [], terms: [] };
  tokens.forEach((token, position) => {
    const terms = matchTerm(token);
    if (terms === undefined) return;
    found.positions.push(position);
    found.terms.push(terms);
  });
  return found;
}

/** `occurrences` over a field's matched words only: the alternative's words at consecutive positions. */
export function occurrencesIn(field: FieldMatches, alternative: TermAlternative): number {
  const { terms } = alternative;
  const { positions } = field;
  let found = 0;
  for (let start = 0; start + terms.length <= positions.length; start += 1) {
    let index = 0;
    while (index < terms.length && positions[start + index] === positions[start] + index && field.terms[start + index].has(terms[index])) index += 1;
    if (index === terms.length) found += 1;
  }
  return found;
}

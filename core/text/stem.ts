// The stemmer: Porter2 (wink-porter2-stemmer), so "funding" and "funded" compare as "fund". The keyword side
// also strips one common ending to tell which words FTS5's own Porter stemmer matched (see stemCandidates).
import porter2 from 'wink-porter2-stemmer';
import { isContentWord } from './stop-words';
import { tokensAsWritten } from './tokens';

/** Stems already worked out: minutes repeat their words, and a word's stem costs more than a map lookup. */
const stemCache = new Map<string, string>();
/** Enough for the vocabulary of many requests; past it the cache starts again rather than grow without bound. */
const STEM_CACHE_LIMIT = 50_000;

/** Porter2 stem of a lower-cased word; numbers and codes ("101", "2022/23") stay as they are. */
export function stemWord(lower: string): string {
  let stem = stemCache.get(lower);
  if (stem !== undefined) return stem;
  stem = /^[a-z]+$/.test(lower) ? porter2(lower) : lower;
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(lower, stem);
  return stem;
}

/** The distinct stems of the content words in a text. */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const token of tokensAsWritten(text)) {
    if (isContentWord(token.lower)) stems.add(stemWord(token.lower));
  }
  return stems;
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

/**
 * The stems of a text's content words that are among `wanted`: `contentStems(text)` ∩ `wanted`, stemming only the
 * words that start like a wanted stem (a stem keeps its word's first letter; not always its second: "dying" → "die"),
 * so a long text costs a tokenisation, not a stemming of every word.
 */
export function contentStemsAmong(text: string, wanted: ReadonlySet<string>): Set<string> {
  const starts = new Set([...wanted].map((stem) => stem[0]));
  const found = new Set<string>();
  for (const token of tokensAsWritten(text)) {
    if (!starts.has(token.lower[0]) || !isContentWord(token.lower)) continue;
    const stem = stemWord(token.lower);
    if (wanted.has(stem)) found.add(stem);
  }
  return found;
}

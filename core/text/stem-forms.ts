// Rough stems for marking words: one common ending stripped, so a highlight marks "funding" for "fund" as FTS5's
// Porter stemmer matched it. Pure and free of natural's stemmer, so the page (client/) can mark words too.

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
 * Every word whose stemCandidates can share one with the term's: each of the term's candidates, bare or with one of
 * the endings. Lets a matcher look up the few words that could match a term instead of judging every word.
 */
export function wordsSharingAStem(term: string): string[] {
  const words = new Set<string>();
  for (const stem of stemCandidates(term)) {
    words.add(stem);
    if (stem.length >= MIN_STEM_LENGTH) for (const suffix of SUFFIXES) words.add(stem + suffix);
  }
  return [...words];
}

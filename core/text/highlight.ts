// Builds the snippet shown under a result: about thirty words around the densest run of matched
// words, HTML-escaped first, then <mark>…</mark> around each matched word. Pure, shared with the server.
// The index splits words at apostrophes; a reader does not, so "O'Brien" and "Commissioner's" are marked whole.
import { stemCandidates } from './stem';
import { normaliseTerm, tokenSpans, type TokenSpan } from './tokens';

export const DEFAULT_SNIPPET_WORDS = 30;
/** Words of context kept before the first match when the snippet starts mid-text. */
const LEADING_CONTEXT_WORDS = 4;
const APOSTROPHES = new Set(["'", '’']);
/** What is left of a word after an apostrophe ("s" of "Commissioner's", "t" of "don't"): never a match on its own. */
const CLITICS = new Set(['s', 't', 'd', 'll', 're', 've', 'm']);

export interface HighlightOptions {
  /** Snippet length in words (default 30). */
  maxWords?: number;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/**
 * `matchTerms` are words to mark (any case or accents); a term ending in `*` marks every word starting
 * with it. Words sharing a rough stem with a term are marked too, as FTS5's stemmer matched them.
 */
export function highlightSnippet(text: string, matchTerms: readonly string[], options: HighlightOptions = {}): string {
  const maxWords = Math.max(1, options.maxWords ?? DEFAULT_SNIPPET_WORDS);
  const spans = tokenSpans(text);
  const matched = matchedWords(text, spans, matcherFor(matchTerms));
  const first = chooseWindowStart(matched, maxWords);
  const last = Math.min(spans.length, first + maxWords) - 1;
  if (spans.length === 0) return escapeHtml(cropCharacters(text, maxWords));

  const start = first === 0 ? 0 : spans[first].start;
  const end = last === spans.length - 1 ? text.length : spans[last].end;
  let html = first === 0 ? '' : '… ';
  let cursor = start;
  for (let index = first; index <= last; index += 1) {
    if (!matched[index]) continue;
    // One <mark> for a word and the parts joined to it by apostrophes.
    let end = index;
    while (end < last && matched[end + 1] && joinedByApostrophe(text, spans[end], spans[end + 1])) end += 1;
    html += `${escapeHtml(text.slice(cursor, spans[index].start))}<mark>${escapeHtml(text.slice(spans[index].start, spans[end].end))}</mark>`;
    cursor = spans[end].end;
    index = end;
  }
  html += escapeHtml(text.slice(cursor, end));
  return (end < text.length ? `${html.trimEnd()} …` : html).trim();
}

function joinedByApostrophe(text: string, before: TokenSpan, after: TokenSpan): boolean {
  return after.start - before.end === 1 && APOSTROPHES.has(text[before.end]);
}

/**
 * Whether each token is marked: the tokens of a word written with apostrophes are marked together when one of
 * them matches, except a clitic after an apostrophe, which matches nothing by itself.
 */
function matchedWords(text: string, spans: TokenSpan[], isMatch: (term: string) => boolean): boolean[] {
  const matched = spans.map((span, index) => isMatch(span.term) && !(index > 0 && CLITICS.has(span.term) && joinedByApostrophe(text, spans[index - 1], span)));
  let start = 0;
  for (let index = 1; index <= spans.length; index += 1) {
    if (index < spans.length && joinedByApostrophe(text, spans[index - 1], spans[index])) continue;
    if (anyBetween(matched, start, index)) matched.fill(true, start, index);
    start = index;
  }
  return matched;
}

function anyBetween(flags: boolean[], start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (flags[index]) return true;
  return false;
}

/**
 * One matcher per list of terms: a search's hits share their list, so the words of all its snippets (a topic history
 * highlights 300) are judged once between them.
 */
const matchers = new WeakMap<readonly string[], (term: string) => boolean>();

function matcherFor(matchTerms: readonly string[]): (term: string) => boolean {
  let matcher = matchers.get(matchTerms);
  if (!matcher) {
    matcher = buildMatcher(matchTerms);
    matchers.set(matchTerms, matcher);
  }
  return matcher;
}

function buildMatcher(matchTerms: readonly string[]): (term: string) => boolean {
  const stems = new Set<string>();
  const prefixes: string[] = [];
  for (const raw of matchTerms) {
    const isPrefix = raw.endsWith('*');
    const term = normaliseTerm(isPrefix ? raw.slice(0, -1) : raw);
    if (term === '') continue;
    if (isPrefix) prefixes.push(term);
    for (const stem of stemCandidates(term)) stems.add(stem);
  }
  // A term's stem candidates and the prefixes it is tried against all start as it does: most words are ruled out by
  // their first letter. Paragraphs repeat their words: each distinct word is judged once.
  const firstLetters = new Set([...stems, ...prefixes].map((start) => start[0]));
  const judged = new Map<string, boolean>();
  return (term) => {
    if (!firstLetters.has(term[0])) return false;
    let isMatch = judged.get(term);
    if (isMatch === undefined) {
      isMatch = prefixes.some((prefix) => term.startsWith(prefix)) || stemCandidates(term).some((stem) => stems.has(stem));
      judged.set(term, isMatch);
    }
    return isMatch;
  };
}

/** The window of `size` words holding the most matches, moved on to keep only a few words before its first match. */
function chooseWindowStart(matched: boolean[], size: number): number {
  if (matched.length <= size) return 0;
  let inWindow = matched.slice(0, size).filter(Boolean).length;
  let best = inWindow;
  let bestStart = 0;
  for (let start = 1; start + size <= matched.length; start += 1) {
    inWindow += (matched[start + size - 1] ? 1 : 0) - (matched[start - 1] ? 1 : 0);
    if (inWindow > best) {
      best = inWindow;
      bestStart = start;
    }
  }
  if (best === 0) return 0;
  const firstMatch = matched.indexOf(true, bestStart);
  return Math.min(Math.max(bestStart, firstMatch - LEADING_CONTEXT_WORDS), matched.length - size);
}

function cropCharacters(text: string, maxWords: number): string {
  const limit = maxWords * 8;
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

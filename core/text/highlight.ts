// Builds the snippet shown under a result: about thirty words around the densest run of matched
// words, HTML-escaped first, then <mark>…</mark> around each matched word. Pure, shared with the server.
// The index splits words at apostrophes; a reader does not, so "O'Brien" and "Commissioner's" are marked whole.
import { wordsSharingAStem } from './stem-forms';
import { normaliseTerm, readWordPositions, WordPositions } from './tokens';

export const DEFAULT_SNIPPET_WORDS = 30;
/** Words of context kept before the first match when the snippet starts mid-text. */
const LEADING_CONTEXT_WORDS = 4;
/** "'" and "’": a word split at one is marked whole. */
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
/** What is left of a word after an apostrophe ("s" of "Commissioner's", "t" of "don't"): never a match on its own. */
const CLITICS = new Set(['s', 't', 'd', 'll', 're', 've', 'm']);

export interface HighlightOptions {
  /** Snippet length in words (default 30). */
  maxWords?: number;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIALS = /[&<>"']/g;

export function escapeHtml(text: string): string {
  // Most pieces of a snippet hold nothing to escape: a test spares the replacing.
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (character) => HTML_ESCAPES[character]) : text;
}

/** The highlighter's words and marks, reused from one snippet to the next (snippets are made one at a time). */
const words = new WordPositions();
let marks = new Uint8Array(256);

/**
 * `matchTerms` are words to mark (any case or accents); a term ending in `*` marks every word starting
 * with it. Words sharing a rough stem with a term are marked too, as FTS5's stemmer matched them.
 */
export function highlightSnippet(text: string, matchTerms: readonly string[], options: HighlightOptions = {}): string {
  const maxWords = Math.max(1, options.maxWords ?? DEFAULT_SNIPPET_WORDS);
  readWordPositions(text, words);
  const count = words.count;
  if (count === 0) return escapeHtml(cropCharacters(text, maxWords));
  const matched = markMatches(text, matcherFor(matchTerms));
  const first = chooseWindowStart(matched, count, maxWords);
  const last = Math.min(count, first + maxWords) - 1;
  const { starts, ends } = words;

  const start = first === 0 ? 0 : starts[first];
  const end = last === count - 1 ? text.length : ends[last];
  let html = first === 0 ? '' : '… ';
  let cursor = start;
  for (let index = first; index <= last; index += 1) {
    if (!matched[index]) continue;
    // One <mark> for a word and the parts joined to it by apostrophes.
    let end = index;
    while (end < last && matched[end + 1] && joinedByApostrophe(text, end + 1)) end += 1;
    html += `${escapeHtml(text.slice(cursor, starts[index]))}<mark>${escapeHtml(text.slice(starts[index], ends[end]))}</mark>`;
    cursor = ends[end];
    index = end;
  }
  html += escapeHtml(text.slice(cursor, end));
  return (end < text.length ? `${html.trimEnd()} …` : html).trim();
}

/** Whether word `index` of `words` follows the one before it across a single apostrophe ("Commissioner's"). */
function joinedByApostrophe(text: string, index: number): boolean {
  const gap = words.ends[index - 1];
  if (words.starts[index] - gap !== 1) return false;
  const code = text.charCodeAt(gap);
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;
}

/**
 * Whether each word is marked (1) or not (0): the words written with apostrophes between them are marked together
 * when one of them matches, except a clitic after an apostrophe, which matches nothing by itself. A word whose first
 * letter starts no term is ruled out unread.
 */
function markMatches(text: string, matcher: Matcher): Uint8Array {
  const count = words.count;
  if (marks.length < count) marks = new Uint8Array(count * 2);
  let anyMarked = false;
  for (let index = 0; index < count; index += 1) {
    const code = words.firstCodeAt(index);
    let isMatch = code < 0x80 ? matcher.asciiFirstCodes[code] === 1 : matcher.firstCodes.has(code);
    if (isMatch) {
      const term = words.termAt(index);
      isMatch = matcher.isMatch(term) && !(index > 0 && CLITICS.has(term) && joinedByApostrophe(text, index));
    }
    marks[index] = isMatch ? 1 : 0;
    anyMarked ||= isMatch;
  }
  // Only a text with a match and an apostrophe has words to mark whole.
  if (!anyMarked || (!text.includes("'") && !text.includes('’'))) return marks;
  let start = 0;
  for (let index = 1; index <= count; index += 1) {
    if (index < count && joinedByApostrophe(text, index)) continue;
    if (index - start > 1 && anyBetween(marks, start, index)) marks.fill(1, start, index);
    start = index;
  }
  return marks;
}

function anyBetween(flags: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (flags[index]) return true;
  return false;
}

/** Whether a word is to be marked; the first letters of every term and stem, to rule words out unread, as a table for ASCII. */
interface Matcher {
  firstCodes: ReadonlySet<number>;
  asciiFirstCodes: Uint8Array;
  isMatch(term: string): boolean;
}

/**
 * One matcher per list of terms: a search's hits share their list, so the words of all its snippets (a topic history
 * highlights 300) are judged once between them.
 */
const matchers = new WeakMap<readonly string[], Matcher>();

function matcherFor(matchTerms: readonly string[]): Matcher {
  let matcher = matchers.get(matchTerms);
  if (!matcher) {
    matcher = buildMatcher(matchTerms);
    matchers.set(matchTerms, matcher);
  }
  return matcher;
}

function buildMatcher(matchTerms: readonly string[]): Matcher {
  // Every word sharing a rough stem with a term, listed once: a lookup per word instead of its endings tried each time.
  const matching = new Set<string>();
  const prefixes: string[] = [];
  for (const raw of matchTerms) {
    const isPrefix = raw.endsWith('*');
    const term = normaliseTerm(isPrefix ? raw.slice(0, -1) : raw);
    if (term === '') continue;
    if (isPrefix) prefixes.push(term);
    for (const word of wordsSharingAStem(term)) matching.add(word);
  }
  // All those words and the prefixes start as a term does: most words of a text are ruled out by their first letter.
  const firstCodes = new Set([...matching, ...prefixes].map((start) => start.charCodeAt(0)));
  const asciiFirstCodes = new Uint8Array(0x80);
  for (const code of firstCodes) if (code < 0x80) asciiFirstCodes[code] = 1;
  return { firstCodes, asciiFirstCodes, isMatch: (term) => matching.has(term) || prefixes.some((prefix) => term.startsWith(prefix)) };
}

/** The window of `size` words holding the most of the first `count` matches, moved on to keep only a few words before its first match. */
function chooseWindowStart(matched: Uint8Array, count: number, size: number): number {
  if (count <= size) return 0;
  let inWindow = 0;
  for (let index = 0; index < size; index += 1) inWindow += matched[index];
  let best = inWindow;
  let bestStart = 0;
  for (let start = 1; start + size <= count; start += 1) {
    inWindow += matched[start + size - 1] - matched[start - 1];
    if (inWindow > best) {
      best = inWindow;
      bestStart = start;
    }
  }
  if (best === 0) return 0;
  let firstMatch = bestStart;
  while (!matched[firstMatch]) firstMatch += 1;
  return Math.min(Math.max(bestStart, firstMatch - LEADING_CONTEXT_WORDS), count - size);
}

function cropCharacters(text: string, maxWords: number): string {
  const limit = maxWords * 8;
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

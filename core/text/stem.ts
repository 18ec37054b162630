// The stemmer: natural's Porter stemmer (the algorithm FTS5's `porter` tokenizer runs), so "funding" and "funded"
// compare as "fund". The keyword side's re-scoring and highlights strip one common ending instead (stemCandidates):
// measured better at ranking what FTS5 matched (docs/BENCHMARKS.md, "Text toolkit on natural").
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { isContentWord } from './stop-words';
import { separatesWords, tokensAsWritten } from './tokens';

/** Distinct words whose stems are remembered (natural runs a dozen patterns a word); past it the memory starts again. */
const MAX_REMEMBERED_STEMS = 100_000;
const rememberedStems = new Map<string, string>();

/** Porter stem of a lower-cased word; numbers and codes ("101", "2022/23") stay as they are. */
export function stemWord(lower: string): string {
  let stem = rememberedStems.get(lower);
  if (stem === undefined) {
    stem = /^[a-z]+$/.test(lower) ? PorterStemmer.stem(lower) : lower;
    if (rememberedStems.size >= MAX_REMEMBERED_STEMS) rememberedStems.clear();
    rememberedStems.set(lower, stem);
  }
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

/**
 * The stems of the content words written with a capital in a topic as typed: names of places, bodies and schemes
 * ("Dartford", "Airwave"). Half a topic without the place it names is another place's.
 */
export function namedStems(topic: string): Set<string> {
  const stems = new Set<string>();
  for (const token of tokensAsWritten(topic)) {
    if (/^\p{Lu}/u.test(token.text) && isContentWord(token.lower)) stems.add(stemWord(token.lower));
  }
  return stems;
}

// Rough stems for highlighting live apart from Porter's, so the page can mark words without loading natural.
export { stemCandidates, wordsSharingAStem } from './stem-forms';

/**
 * The stems of a text's content words that are among `wanted`: `contentStems(text)` ∩ `wanted`. Porter only rewrites a
 * word's ending, and each rewrite keeps all but the last letter of what it replaces ("ational" → "ate", "y" → "i",
 * "bl" → "ble"), so a stem differs from its word in its last letter at most (checked on 76,602 words: the corpus, the
 * synthetic minutes and their forms with 25 suffixes): a word can stem to a wanted stem only if it starts with that
 * stem less its last letter (for a stem of one or two letters, with its first letter and a second letter that is the
 * stem's or, for "i", a "y": "aying" → "ai"). One pattern finds those few ASCII words and only they are stemmed (a
 * topic history reads 300 passages; tokenising each in full was most of its cost). A word holding a letter past ASCII
 * ("cafés") stems to none of the wanted (plain letters); only when one touches a word found is the text tokenised in
 * full, so the other letters past ASCII of a text (most texts have a "’" or a "£") are never read.
 */
export function contentStemsAmong(text: string, wanted: ReadonlySet<string>): Set<string> {
  const starts = wordStartsOf(wanted);
  if (starts === null) return stemsAmongTokens(text, wanted);
  const { pattern, stemOf } = starts;
  const found = new Set<string>();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (runsPastAscii(text, start, end)) return stemsAmongTokens(text, wanted);
    // A word joined to another by a slash ("2022/23") is part of a code, which keeps its letters unstemmed.
    if (partOfCode(text, start, end)) continue;
    const stem = stemOf(word);
    if (stem !== null) found.add(stem);
  }
  return found;
}

/** Whether the ASCII word at start–end runs on into a character past ASCII that words hold, itself or across a slash. */
function runsPastAscii(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return wordPastAscii(before) || wordPastAscii(after) || (before === SLASH && wordPastAscii(text.charCodeAt(start - 2))) || (after === SLASH && wordPastAscii(text.charCodeAt(end + 1)));
}

const SLASH = 0x2f;

/** A character past ASCII that words hold (a letter, an accent); NaN (outside the text) is none. */
function wordPastAscii(code: number): boolean {
  return code > 0x7f && !separatesWords(code);
}

/** The exact path: every word as written, those starting like a wanted stem stemmed. */
function stemsAmongTokens(text: string, wanted: ReadonlySet<string>): Set<string> {
  const starts = new Set([...wanted].map((stem) => stem[0]));
  const found = new Set<string>();
  for (const token of tokensAsWritten(text)) {
    if (!starts.has(token.lower[0]) || !isContentWord(token.lower)) continue;
    const stem = stemWord(token.lower);
    if (wanted.has(stem)) found.add(stem);
  }
  return found;
}

/** Words as written, each with its wanted stem or null; a history's 300 passages repeat the same few (~4 a passage). */
const MAX_REMEMBERED_WORDS = 10_000;

interface WordStarts {
  /** Whole ASCII words starting as a wanted stem does. */
  pattern: RegExp;
  /** A word's wanted stem, or null when it is a stop word or stems to none of the wanted. */
  stemOf(word: string): string | null;
}

/** One pattern (and memory of words) per set of wanted stems: a topic history asks about 300 passages with the same set. */
const wordStartPatterns = new WeakMap<ReadonlySet<string>, WordStarts | null>();

/** Null when a wanted stem is not plain letters (a code, an accent). */
function wordStartsOf(wanted: ReadonlySet<string>): WordStarts | null {
  let starts = wordStartPatterns.get(wanted);
  if (starts === undefined) {
    const letters = [...wanted].every((stem) => /^[a-z]+$/.test(stem));
    const prefixes = [...new Set([...wanted].map(wordStartOf))];
    starts = letters && prefixes.length > 0 ? { pattern: new RegExp(`(?<![A-Za-z0-9])(?:${prefixes.join('|')})[a-z0-9]*`, 'gi'), stemOf: wantedStemOf(wanted) } : null;
    wordStartPatterns.set(wanted, starts);
  }
  return starts;
}

/** How a word that stems to `stem` starts (see contentStemsAmong), as a pattern. */
function wordStartOf(stem: string): string {
  return stem.length > 2 ? stem.slice(0, -1) : stem[0] + (stem[1] === 'i' ? '[iy]' : (stem[1] ?? ''));
}

function wantedStemOf(wanted: ReadonlySet<string>): (word: string) => string | null {
  const remembered = new Map<string, string | null>();
  return (word) => {
    let stem = remembered.get(word);
    if (stem === undefined) {
      const lower = word.toLowerCase();
      const stemmed = isContentWord(lower) ? stemWord(lower) : null;
      stem = stemmed !== null && wanted.has(stemmed) ? stemmed : null;
      if (remembered.size >= MAX_REMEMBERED_WORDS) remembered.clear();
      remembered.set(word, stem);
    }
    return stem;
  };
}

function partOfCode(text: string, start: number, end: number): boolean {
  const slashBefore = text.charCodeAt(start - 1) === SLASH && isAsciiAlphanumeric(text.charCodeAt(start - 2));
  return slashBefore || (text.charCodeAt(end) === SLASH && isAsciiAlphanumeric(text.charCodeAt(end + 1)));
}

/** A-Z, a-z or 0-9; NaN (outside the text) is none. */
function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

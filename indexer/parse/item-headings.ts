// Which heading candidates are a meeting's agenda items: numbered headings whose numbers keep rising, else the
// headings a reader marked at one level, else ALL CAPS lines, else Title Case lines.
import { hasCapitalisedWords, type HeadingCandidate } from './headings';

/**
 * The number that orders items: "12" → 12, "4.1" → 4.1; for "22/104" or "45/24" the part that changes from
 * item to item (the other is the year); null for letters.
 */
function sequenceReader(candidates: HeadingCandidate[]): (number: string) => number | null {
  const slashed = candidates.map((candidate) => candidate.number!.split('/')).filter((parts) => parts.length > 1);
  const yearFirst = slashed.length > 1 && new Set(slashed.map((parts) => parts[0])).size === 1;
  // "I.", "II.", "III.": a document numbering its items in Roman numerals (a lone "I" could be a letter).
  const roman = candidates.some((candidate) => /^(?:II|III|IV|VI|VII|VIII|IX)$/.test(candidate.number!));
  return (number) => {
    if (roman && ROMAN.test(number)) return romanValue(number);
    // "A.", "B.", "C.": items lettered in order.
    if (/^[A-Z]$/i.test(number)) return number.toUpperCase().charCodeAt(0) - 64;
    const parts = number.split('/');
    const slashPart = parts.length > 1 && !yearFirst ? parts[0] : parts[parts.length - 1];
    // "23/24-01": the academic year, then the item.
    const part = slashPart.includes('-') ? slashPart.slice(slashPart.lastIndexOf('-') + 1) : slashPart;
    const value = Number(part.replace(/^[A-Z]+\s?/i, '').replace(/[a-z]$/i, ''));
    return Number.isFinite(value) ? value : null;
  };
}

const ROMAN = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/;
const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

function romanValue(numeral: string): number {
  let total = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const value = ROMAN_DIGITS[numeral[index]];
    total += value < (ROMAN_DIGITS[numeral[index + 1]] ?? 0) ? -value : value;
  }
  return total;
}

/**
 * "6.1 PLANNING PERMIT …" under "6. PLANNING REPORTS", "7.1 Parking Meter Pilot Program" under "7. NEW BUSINESS": a
 * sub-item titled in the capitals of the items, or in capitalised words, is an item too; "6.1 The Panel noted the
 * report." is a numbered paragraph.
 */
function isSubItemTitle(title: string, underCapitalItem: boolean): boolean {
  if (!/\p{Ll}/u.test(title)) return underCapitalItem;
  return !SUB_ITEM_TOO_LONG.test(title) && hasCapitalisedWords(title);
}

/** Fifteen words or more: a sentence, not a sub-item's title. */
const SUB_ITEM_TOO_LONG = /^(?:\S+\s+){14}\S/;

/** Numbered headings keep rising; a lower number is a numbered paragraph or a sub-item of the item above. */
function risingNumbers(candidates: HeadingCandidate[]): HeadingCandidate[] {
  const integers = new Set(candidates.filter((candidate) => /^\d+$/.test(candidate.number ?? '')).map((candidate) => candidate.number));
  const capitalItems = new Set(candidates.filter((candidate) => /^\d+$/.test(candidate.number ?? '') && !/\p{Ll}/u.test(candidate.title)).map((candidate) => candidate.number));
  const sequenceOf = sequenceReader(candidates);
  const kept: HeadingCandidate[] = [];
  let last = -Infinity;
  for (const candidate of candidates) {
    const number = candidate.number!;
    const dotted = /^(\d+)\.\d+$/.exec(number);
    if (dotted && integers.has(dotted[1]) && !isSubItemTitle(candidate.title, capitalItems.has(dotted[1]))) continue;
    const value = sequenceOf(number);
    if (value !== null && value <= last && kept.length > 0) continue;
    if (value !== null) last = value;
    kept.push(candidate);
  }
  return kept;
}

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The item headings of one meeting: numbered headings when the document numbers its items (with unnumbered
 * headings marked at the same level), else its marked headings, else ALL CAPS lines, else Title Case lines.
 */
export function chooseItemHeadings(candidates: HeadingCandidate[]): HeadingCandidate[] {
  const numbered = risingNumbers(candidates.filter((candidate) => candidate.kinds.includes('numbered')));
  if (numbered.length >= 2 || (numbered.length === 1 && candidates.filter((candidate) => candidate.kinds.includes('marked')).length <= 1)) {
    const numberedLevel = mostCommon(numbered.map((candidate) => candidate.level).filter((level) => level !== null));
    const markedSiblings = candidates.filter((candidate) => candidate.number === null && numberedLevel !== undefined && candidate.level === numberedLevel);
    return [...numbered, ...markedSiblings].sort((a, b) => a.index - b.index);
  }
  const marked = candidates.filter((candidate) => candidate.kinds.includes('marked'));
  if (marked.length >= 2) {
    const levels = marked.map((candidate) => candidate.level);
    // A level used once, above the others, is the document's title.
    const titleLevel = Math.min(...(levels as number[]));
    const itemLevels = levels.filter((level) => level !== titleLevel || levels.filter((other) => other === titleLevel).length > 1);
    const itemLevel = mostCommon(itemLevels) ?? titleLevel;
    return marked.filter((candidate) => candidate.level === itemLevel);
  }
  for (const kind of ['caps', 'titlecase'] as const) {
    const ofKind = candidates.filter((candidate) => candidate.kinds.includes(kind));
    if (ofKind.length >= 2) return ofKind;
  }
  return numbered;
}

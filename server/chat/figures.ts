// Figures in a sentence, for questions asking for an amount ("how much", "how many", "what percentage"): whether a
// sentence gives one, and which of the question's words a sum of money answers.
import { contentStems } from '../../core/text/stem';
import { isContentWord } from '../../core/text/stop-words';
import { tokensAsWritten } from '../../core/text/tokens';

/**
 * A figure: a sum of money, a share, a number written in digits other than a year, or a number word from two up. A
 * date's day and year are not figures, nor is a numbered reference ("paragraph 5", "item 7") or a code ("4X4", "A2").
 */
const FIGURE = /[£$€]\s?\d|\d\s?(?:%|per\s?cent)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half)\b/i;
const NUMBER = /(?<![\p{L}\d.,/:])\d[\d,]*(?:\.\d+)?(?![\p{L}\d/:])/gu;
const NOT_A_COUNT = /^(?:1[89]|20)\d\d$/;
const REFERENCE_BEFORE = /\b(?:paragraph|para|page|item|minute|section|appendix|annex|no|number|ref|reference)\.?\s*$/i;
const DATE_AROUND = /^\s*(?:st|nd|rd|th)?\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

export function givesFigure(sentence: string): boolean {
  if (FIGURE.test(sentence)) return true;
  for (const match of sentence.matchAll(NUMBER)) {
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + match[0].length);
    if (!NOT_A_COUNT.test(match[0]) && !REFERENCE_BEFORE.test(before) && !DATE_AROUND.test(after)) return true;
  }
  return false;
}

const SUM_OF_MONEY_WRITTEN = /[£$€]\s?\d[\d,.]*\s*(?:[km]\b|bn\b|million\b|billion\b)?|\d[\d,.]*\s?(?:pounds|pence)\b/gi;

/** Whether a sentence gives a count ("12 cadet units", "five complaints"): a figure other than a sum of money. */
export function givesCount(sentence: string): boolean {
  return givesFigure(sentence.replace(SUM_OF_MONEY_WRITTEN, ' '));
}

/** Words asking for a sum of money; a sentence stating one ("the £10 per month subscription") answers them. */
const MONEY_STEMS = contentStems('cost price fee charge spend spent pay paid afford salary salaries wage wages earn earns');
const SUM_OF_MONEY = /[£$€]\s?\d|\d\s?(?:pounds|pence|p)\b/i;

/** Whether a topic asks for a sum of money ("cost", "price", "fee"): a count or a share does not answer it. */
export function asksForSum(topicStems: Set<string>): boolean {
  return [...MONEY_STEMS].some((stem) => topicStems.has(stem));
}

export function givesSum(sentence: string): boolean {
  return SUM_OF_MONEY.test(sentence);
}

/** A sentence's stems, with the words asking for money when it states a sum ("how much does it cost?" answered by "£10 a month"). */
export function answeredStems(sentence: string, asksForFigure: boolean): Set<string> {
  const stems = contentStems(sentence);
  if (asksForFigure && SUM_OF_MONEY.test(sentence)) for (const stem of MONEY_STEMS) stems.add(stem);
  return stems;
}

/** Counted words that say nothing of what is counted: a count of people is in any words ("1700 responses"). */
const ANY_COUNT = contentStems('people persons times');

/**
 * The words "how many" counts: the content words straight after it ("new officers" in "how many new officers did Kent
 * recruit?"); empty when none follow ("how many were upheld?").
 */
export function countedWords(question: string): string {
  const tokens = tokensAsWritten(question);
  const at = tokens.findIndex((token, index) => token.lower === 'many' && tokens[index - 1]?.lower === 'how');
  if (at < 0) return '';
  const after = tokens.slice(at + 1);
  const end = after.findIndex((token) => !isContentWord(token.lower));
  const run = end < 0 ? after : after.slice(0, end);
  // "people" ends what is counted: "how many people took part?" counts people, not parts.
  const head = run.findIndex((token) => [...contentStems(token.lower)].some((stem) => ANY_COUNT.has(stem)));
  return (head < 0 ? run : run.slice(0, head + 1)).map((token) => token.text).join(' ');
}

/**
 * Whether a sentence counts what was asked: it gives a count and names a word of what is counted ("12 cadet units"),
 * unless that is only people; "Bluewater was 1 of only 4 facilities" gives no count of tasers.
 */
export function countsWhatWasAsked(sentence: string, counted: string | undefined): boolean {
  if (!givesCount(sentence)) return false;
  const wanted = [...contentStems(counted ?? '')].filter((stem) => !ANY_COUNT.has(stem));
  if (wanted.length === 0) return true;
  const stems = contentStems(sentence);
  return wanted.some((stem) => stems.has(stem));
}

// The words of a question's topic the minutes never use: set aside when they only qualify another word, otherwise a
// reason to ask more of the passages that would answer.
import { contentStems } from '../../core/text/stem';
import { isContentWord } from '../../core/text/stop-words';
import { tokensAsWritten } from '../../core/text/tokens';
import { strongSimilarityOf } from '../topics/history';
import type { Interpretation } from './interpret';

/**
 * The question judged by the words of its topic the minutes hold. One word no chunk holds, beside two or more they
 * do, is set aside when it qualifies another (`qualifiesAnotherWord`): "travellers at the swimming pool" is answered by the passage
 * on travellers at the Fairfield Pool, which no passage could answer holding "swimming". Then a passage must hold
 * every word left, or be well above the answer threshold (the topic history's `strongSimilarityOf`). A word unknown to
 * the minutes that is itself the thing asked about ("police horses", "the Dartford summer carnival"), or more of the
 * topic unknown ("cheap football tickets in Kent", "a recipe for police station cake"), leaves the topic whole, and a
 * passage near it in meaning only through the words the minutes do hold ("Kent") must be well above the threshold too.
 */
export function judgedByKnownWords(interpretation: Interpretation, unknown: string[], minSimilarity: number, question: string): { interpretation: Interpretation; minSimilarity: number } {
  const unknownStems = contentStems(unknown.join(' '));
  if (unknownStems.size === 0) return { interpretation, minSimilarity };
  const stems = [...contentStems(interpretation.topic)];
  const known = stems.filter((stem) => !unknownStems.has(stem)).length;
  const unknownInTopic = stems.length - known;
  if (unknownInTopic === 0) return { interpretation, minSimilarity };
  const strong = strongSimilarityOf(minSimilarity);
  if (unknownInTopic > 1 || known < 2 || !unknown.every((word) => qualifiesAnotherWord(question, word))) return { interpretation, minSimilarity: strong };
  const topic = interpretation.topic
    .split(/\s+/)
    .filter((word) => ![...contentStems(word)].some((stem) => unknownStems.has(stem)))
    .join(' ');
  return { interpretation: { ...interpretation, topic }, minSimilarity: strong };
}

/** Words that open a phrase qualifying the word before it ("closures after crashes", "cameras at the hospital"). */
const QUALIFYING_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'at', 'in', 'on', 'for', 'from', 'with', 'during', 'near', 'by', 'before', 'around', 'outside', 'inside']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Whether a word of the question qualifies another rather than being the thing asked about: it stands before another
 * content word ("swimming" in "swimming pool"), or in a phrase opened by a preposition ("closures after crashes").
 */
function qualifiesAnotherWord(question: string, word: string): boolean {
  const tokens = tokensAsWritten(question);
  const at = tokens.findIndex((token) => token.lower === word.toLowerCase());
  if (at < 0) return false;
  const next = tokens[at + 1];
  if (next !== undefined && isContentWord(next.lower)) return true;
  let before = at - 1;
  while (before >= 0 && ARTICLES.has(tokens[before].lower)) before -= 1;
  return before > 0 && QUALIFYING_PREPOSITIONS.has(tokens[before].lower);
}

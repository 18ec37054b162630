// The words of a question's topic the minutes never use: set aside when they only qualify another word, otherwise a
// reason to ask more of the passages that would answer.
import { contentStems } from '../../core/text/stem';
import { isContentWord } from '../../core/text/stop-words';
import { tokensAsWritten } from '../../core/text/tokens';
import { strongSimilarityOf } from '../topics/history';
import type { SearchFilters } from '../../core/search-types';
import type { SearchResult } from '../api-types';
import type { SearchService } from '../search';
import type { Interpretation } from './interpret';

export interface KnownWordsJudgement {
  interpretation: Interpretation;
  minSimilarity: number;
  /**
   * The topic's words the minutes hold, when a word they never use is the thing asked about ("police" and "Kent" in
   * "how many police dogs does Kent have?"): what a passage must be nearer the question than (`nearerThanKnownWords`).
   */
  knownWords?: string;
}

/**
 * The question judged by the words of its topic the minutes hold. One word no chunk holds, beside two or more they
 * do, is set aside when it qualifies another (`qualifiesAnotherWord`): "travellers at the swimming pool" is answered by the passage
 * on travellers at the Fairfield Pool, which no passage could answer holding "swimming". Then a passage must hold
 * every word left, or be well above the answer threshold (the topic history's `strongSimilarityOf`). A word unknown to
 * the minutes that is itself the thing asked about ("police horses", "the Dartford summer carnival"), or more of the
 * topic unknown ("cheap football tickets in Kent", "a recipe for police station cake"), leaves the topic whole, and a
 * passage near it in meaning only through the words the minutes do hold ("Kent") must be well above the threshold too.
 */
export function judgedByKnownWords(interpretation: Interpretation, unknown: string[], minSimilarity: number, question: string): KnownWordsJudgement {
  const unknownStems = contentStems(unknown.join(' '));
  if (unknownStems.size === 0) return { interpretation, minSimilarity };
  const stems = [...contentStems(interpretation.topic)];
  const known = stems.filter((stem) => !unknownStems.has(stem)).length;
  const unknownInTopic = stems.length - known;
  if (unknownInTopic === 0) return { interpretation, minSimilarity };
  const strong = strongSimilarityOf(minSimilarity);
  if (unknownInTopic > 1 || known < 2 || !unknown.every((word) => qualifiesAnotherWord(question, word))) {
    const knownWords = interpretation.topic
      .split(/\s+/)
      .filter((word) => [...contentStems(word)].some((stem) => !unknownStems.has(stem)))
      .join(' ');
    const askedAbout = unknown.every((word) => isThingAskedAbout(question, word, interpretation.topic));
    return { interpretation, minSimilarity: strong, knownWords: askedAbout && knownWords ? knownWords : undefined };
  }
  const topic = interpretation.topic
    .split(/\s+/)
    .filter((word) => ![...contentStems(word)].some((stem) => unknownStems.has(stem)))
    .join(' ');
  return { interpretation: { ...interpretation, topic }, minSimilarity: strong };
}

/**
 * Whether a word of the question is the thing asked about: it comes straight after another word of the topic, ending
 * a compound it is the head of ("dogs" in "police dogs"), or after "how many" ("horses" in "how many horses does Kent
 * Police have?"). A framing word the minutes never use ("hear" in "what did the panel hear about street triage?")
 * stands apart from the topic's other words.
 */
function isThingAskedAbout(question: string, word: string, topic: string): boolean {
  const tokens = tokensAsWritten(question);
  const at = tokens.findIndex((token) => token.lower === word.toLowerCase());
  const topicWords = new Set([...topic.toLowerCase().split(/\s+/), 'many']);
  return at > 0 && topicWords.has(tokens[at - 1].lower);
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

/**
 * The passages nearer in meaning to the question than to its known words alone. Asked about a thing the minutes never
 * name ("police dogs"), a passage on Kent Police is near the question through "police" and "Kent" only, and is nearer
 * still to those words without it: it says nothing of the thing asked about. `knownSimilarities` gives each passage's
 * similarity to the known words (a passage it does not list was not near them, so keeps its place).
 */
export function nearerThanKnownWords(results: SearchResult[], knownSimilarities: Map<string, number>): SearchResult[] {
  return results.filter((result) => {
    const toKnownWords = knownSimilarities.get(result.id);
    return toKnownWords === undefined || result.similarity === null || result.similarity > toKnownWords;
  });
}

/** Whether filters leave out part of the minutes (a year, a body, a period, a speaker, decisions only). */
function narrowsTheMinutes(filters: SearchFilters): boolean {
  return Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false));
}

/**
 * The words naming the thing asked about (see isThingAskedAbout, or the topic's last word, the head of its phrase) that
 * no passage the filters leave holds ("precept" in "the police precept in 2023", when only earlier minutes use it): to
 * the answer they are as unknown as words the minutes never use, or the year's passages nearest in meaning through the
 * topic's other words ("police") would be quoted as if they answered. A framing word ("bring" in "bring in an
 * expert") the filtered minutes happen not to use says nothing of the subject.
 */
export async function wordsUnheardUnder(question: string, topic: string, filters: SearchFilters, search: SearchService): Promise<string[]> {
  if (!narrowsTheMinutes(filters)) return [];
  const topicWords = topic.toLowerCase().split(/\s+/);
  const asked = topicWords.filter((word, index) => isContentWord(word) && (index === topicWords.length - 1 || isThingAskedAbout(question, word, topic)));
  const words = [...new Set(asked)];
  const held = await Promise.all(words.map(async (word) => (await search.search({ q: word, mode: 'keyword', sort: 'relevance', limit: 1, offset: 0, filters })).total > 0));
  return words.filter((_, index) => !held[index]);
}

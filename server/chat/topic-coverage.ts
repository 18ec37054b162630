// How much of a question's topic a sentence or passage of the minutes names: the chat's measure for whether a passage
// speaks to the question at all, and for choosing what to quote.
import { contentStems, namedStems } from '../../core/text/stem';
import { holdsNames } from '../topics/history';
import type { SearchResult } from '../api-types';

/** Share of `wanted` that `stems` holds, 0..1 (0 when nothing is wanted). */
export function coverageOf(wanted: Set<string>, stems: Set<string>): number {
  return wanted.size === 0 ? 0 : [...wanted].filter((stem) => stems.has(stem)).length / wanted.size;
}

/** What a topic word named only by the item's title counts for in a sentence's coverage, against 1 in the sentence. */
const TITLE_SHARE = 0.5;

/**
 * A sentence's share of the topic, its item's title counting for less: under "PFI North Kent Police Station", "The
 * Commissioner confirmed that legal advice had been sought" is on that station, though it does not name it.
 */
export function topicCoverage(topicStems: Set<string>, stems: Set<string>, titleStems: Set<string>): number {
  if (topicStems.size === 0) return 0;
  let covered = 0;
  for (const stem of topicStems) covered += stems.has(stem) ? 1 : titleStems.has(stem) ? TITLE_SHARE : 0;
  return covered / topicStems.size;
}

/** Whether a passage (its item's title with it) names a word of the topic that the follow-up's focus did not add. */
export function namesEarlierSubject(result: SearchResult, topicStems: Set<string>, focusStems: Set<string>): boolean {
  if (focusStems.size === 0) return true;
  const stems = contentStems(`${result.item.title} ${result.text}`);
  return [...topicStems].some((stem) => !focusStems.has(stem) && stems.has(stem));
}

/**
 * A passage speaks to the topic when it or its item's title holds every content word of it (as stems; a topic without
 * content words, such as a question asked only through filters, is held by any passage); or holds half of them or more
 * and the embedding model found it at least `minSimilarity` similar to the query; or is `strongSimilarity` similar
 * ("the new custody suite in Canterbury" is not a list of services naming Canterbury, at 0.35).
 */
export function speaksToTopic(topic: string, bars: { minSimilarity: number; strongSimilarity: number }): (result: SearchResult) => boolean {
  const topicStems = contentStems(topic);
  const names = namedStems(topic);
  return (result) => {
    if (holdsTopicWords(result, topicStems)) return true;
    if (result.similarity === null) return false;
    return result.similarity >= (holdsHalfTheTopic(result, topicStems) && holdsNames(result, names) ? bars.minSimilarity : bars.strongSimilarity);
  };
}

/** A search result or a topic history's passage: its words and its item's title. */
type PassageWords = { text: string; item: { title: string } };

/** How many of the topic's stems a passage or its item's title holds. */
function heldTopicStems(passage: PassageWords, topicStems: Set<string>): number {
  // The item's title counts: "RESOLVED that the decision be noted" under "Procurement of Restorative Justice Service".
  const stems = contentStems(`${passage.item.title} ${passage.text}`);
  let held = 0;
  for (const stem of topicStems) if (stems.has(stem)) held += 1;
  return held;
}

/** Whether a passage or its item's title holds every one of the topic's stems (a topic of none is held by any passage). */
export function holdsTopicWords(passage: PassageWords, topicStems: Set<string>): boolean {
  return heldTopicStems(passage, topicStems) === topicStems.size;
}

/** Whether a passage or its item's title holds half the topic's stems or more. */
export function holdsHalfTheTopic(passage: PassageWords, topicStems: Set<string>): boolean {
  return heldTopicStems(passage, topicStems) * 2 >= topicStems.size;
}

/** The items some of `results` hold the whole topic in: their other passages are on it too. */
export function itemsHoldingTopic(results: SearchResult[], topicStems: Set<string>): Set<string> {
  return new Set(results.filter((result) => holdsTopicWords(result, topicStems)).map((result) => result.item.id));
}

// How much of a question's topic a sentence of the minutes names: the chat's measure for choosing what to quote.
import { contentStems } from '../../core/text/stem';
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

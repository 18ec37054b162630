// The speakers a question asks about ("what did the Commissioner say about …?"): their passages first, and a word when
// none of the passages quoted is theirs. A speaker named narrows the answer, never excludes: minutes often leave the
// speaker unnamed.
import { contentStems } from '../../core/text/stem';
import type { Citation, SearchResult } from '../api-types';
import { speakersInSentence } from './phrasing';
import { holdsTopicWords, itemsHoldingTopic } from './topic-coverage';

/**
 * The passages on the topic first (holding every word of it, or in an item where one does: "Members welcomed the new
 * powers" under the item whose other paragraphs name the PCSOs' powers), then the rest; within each, the asked
 * speaker's passages first, then those whose speaker the minutes do not name, other speakers' last; by rank within
 * each. Asked what members said about retaining officers, a member's remark on officers in general does not come
 * before the Commissioner's on retaining them.
 */
export function preferSpeakers(results: SearchResult[], speakers: string[], topicStems: Set<string>): SearchResult[] {
  const wanted = new Set(speakers);
  const itemsOnTopic = itemsHoldingTopic(results, topicStems);
  const speakerTier = (result: SearchResult) => (result.speaker === null ? 1 : wanted.has(result.speaker) ? 0 : 2);
  const tier = (result: SearchResult) => (itemsOnTopic.has(result.item.id) ? 0 : 3) + speakerTier(result);
  return results
    .map((result, rank) => ({ result, rank, tier: tier(result) }))
    .sort((a, b) => a.tier - b.tier || a.rank - b.rank)
    .map((entry) => entry.result);
}

const MEMBERS_LABEL = /^(?:an?\s+|the\s+)?members?$/i;

/**
 * "What did the Chief Constable say about recruitment?" when no passage the minutes give to the Chief Constable names
 * recruitment: says so before quoting what others said on it, rather than letting their words pass for the speaker's.
 */
export function speakerSaidNothing(speakers: string[], topic: string, found: SearchResult[], citations: Citation[]): string | null {
  // Members are every councillor too, whom the minutes name one by one: what "members" said is never nothing here.
  if (speakers.some((speaker) => MEMBERS_LABEL.test(speaker))) return null;
  const topicStems = contentStems(topic);
  const bySpeaker = (speaker: string | null) => speaker !== null && speakers.includes(speaker);
  if (citations.length === 0 || topicStems.size === 0 || citations.some((citation) => bySpeaker(citation.speaker))) return null;
  if (found.some((result) => bySpeaker(result.speaker) && holdsTopicWords(result, topicStems))) return null;
  return `I found nothing the minutes give to ${speakersInSentence(speakers)} on “${topic}”; what they record on it:`;
}

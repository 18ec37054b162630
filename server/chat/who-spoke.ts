// "Who asked about CCTV?", "Who raised police cadets?": the speakers the minutes name in the passages on the subject,
// said before the passages themselves are quoted.
import { contentStems } from '../../core/text/stem';
import type { SearchResult } from '../api-types';
import { formatDate, speakersInSentence } from './phrasing';
import { holdsTopicWords } from './topic-coverage';
import { listed } from '../../core/text/lists';

const WHO_SPOKE = /^\s*who\s+(?:else\s+)?(?:asked|raised|spoke|talked|mentioned|said|questioned|commented|brought\s+up|complained|argued)\b/i;
/** Speakers that name nobody in particular. */
const UNNAMED = new Set(['A Member', 'Members', 'The Chairman and Members']);
/** Speakers named; more are counted. */
const SPEAKERS_NAMED = 5;

export function asksWhoSpoke(question: string): boolean {
  return WHO_SPOKE.test(question);
}

/**
 * The sentence naming who spoke on the topic, earliest first with the date each first did, from the passages that
 * hold every word of the topic or that the model found near it; null when none names a speaker.
 */
export function whoSpoke(results: SearchResult[], topic: string, minSimilarity: number): string | null {
  const topicStems = contentStems(topic);
  const onTopic = results.filter((result) => holdsTopicWords(result, topicStems) || (result.similarity ?? -Infinity) >= minSimilarity);
  const firstSaid = new Map<string, string | null>();
  for (const result of [...onTopic].sort((a, b) => (a.meeting.date ?? '9999').localeCompare(b.meeting.date ?? '9999'))) {
    if (result.speaker && !UNNAMED.has(result.speaker) && !firstSaid.has(result.speaker)) firstSaid.set(result.speaker, result.meeting.date);
  }
  if (firstSaid.size === 0) return null;
  const named = [...firstSaid].slice(0, SPEAKERS_NAMED).map(([speaker, date]) => (date ? `${speakersInSentence([speaker])} (${formatDate(date)})` : speakersInSentence([speaker])));
  if (firstSaid.size > SPEAKERS_NAMED) named.push(`${firstSaid.size - SPEAKERS_NAMED} more`);
  const list = listed(named);
  const unnamedToo = onTopic.some((result) => result.speaker !== null && UNNAMED.has(result.speaker)) ? ', and members they do not name' : '';
  return `The minutes name ${list} speaking on it${unnamedToo}.`;
}

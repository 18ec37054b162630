// Topic history: one subject followed across meetings. Pure: the search results for the subject in, the story out —
// the meetings that discussed it oldest first, each with its best passages and its decisions on the subject, the
// meetings that only touched it folded away, and the first mention and the latest decision picked out.
import { anchorOf, meetingPath } from '../../core/links';
import { contentStems, contentStemsAmong, namedStems } from '../../core/text/stem';
import type { Passage, ResultMeeting, TopicHistory, TopicMeeting, TopicPassage } from '../api-types';

/** Passages shown for each meeting that discussed the subject. */
export const PASSAGES_PER_MEETING = 3;
/** Decisions quoted for each meeting; minutes rarely record more on one subject at one meeting. */
export const DECISIONS_PER_MEETING = 5;
/** A meeting with fewer on-topic passages than this, no decision on it and no item named for it only touched it. */
const DISCUSSED_PASSAGES = 2;
/**
 * How far from the model's answer threshold towards 1 a passage must be to count on meaning alone, holding none of
 * the subject's rarest words: MiniLM 0.3 → 0.545, the top quarter of its related pairs (docs/DESIGN.md).
 */
const STRONG_SHARE = 0.35;

/** The similarity a passage needs to count on meaning alone (see STRONG_SHARE); email alerts hold meaning-only matches to it too. */
export function strongSimilarityOf(minSimilarity: number): number {
  return minSimilarity + (1 - minSimilarity) * STRONG_SHARE;
}
/** A subject's word held by more than this share of the passages read is too common to tie a passage to it. */
const COMMON_SHARE = 0.5;
/** A decision paragraph that is only its label ("RESOLVED:"), its wording in the paragraphs after it. */
const DECISION_LABEL_ONLY = /^\s*(?:it\s+was\s+)?(?:resolved|agreed|decision|decided)\s*[:.-]?\s*$/i;

export interface HistoryOptions {
  /** The subject as the user wrote it: a passage speaks to it when it holds all its content words... */
  topic: string;
  /**
   * ...or holds its rarest word (as keyword search reported it; absent when keyword search did not run) and the
   * embedding model found it at least `minSimilarity` similar (the chat's answer threshold), or on meaning alone
   * when it is well above that threshold (STRONG_SHARE).
   */
  rarestWord?: string;
  minSimilarity: number;
}

/** The paragraph in context in the page; `searchQuery` (a query string without "?") rides along to mark the search's words. */
export function paragraphLink(meetingId: string, itemId: string, paragraphIndex: number | null, searchQuery = ''): string {
  return meetingPath(meetingId, searchQuery ? `?${searchQuery}` : '', anchorOf(itemId, paragraphIndex));
}

function toPassage(result: Passage): TopicPassage {
  return {
    chunkId: result.id,
    text: result.text,
    byWords: result.byWords,
    speaker: result.speaker,
    item: result.item,
    paragraph: result.paragraph,
    paragraphIndex: result.paragraphIndex,
    decision: result.decision,
    link: paragraphLink(result.meeting.id, result.item.id, result.paragraphIndex),
  };
}

/** Oldest first; a meeting without a date cannot be placed and goes last. */
function byDate(a: ResultMeeting, b: ResultMeeting): number {
  if (a.date === b.date) return a.title.localeCompare(b.title);
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  // ISO dates: in order as strings, as the search orders them.
  return a.date < b.date ? -1 : 1;
}

/** Earliest in the meeting: by item, then by paragraph, as the minutes run. */
function minutesOrder(a: Passage, b: Passage): number {
  const item = (result: Passage) => Number.parseFloat(result.item.number ?? '') || 0;
  return item(a) - item(b) || (a.paragraphIndex ?? 0) - (b.paragraphIndex ?? 0);
}

function holdsAll(stems: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  if (wanted.size === 0) return false;
  for (const stem of wanted) if (!stems.has(stem)) return false;
  return true;
}

/**
 * Whether a passage, its item's title or its meeting's body holds every name of the subject (namedStems): the subject's
 * other words without the place it names are another place's ("closing Dartford magistrates court" is not the
 * county's magistrate courts).
 */
export function holdsNames(passage: Pick<Passage, 'text' | 'item' | 'meeting'>, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return true;
  const stems = contentStemsAmong(`${passage.item.title} ${passage.meeting.body ?? ''} ${passage.text}`, names);
  return [...names].every((stem) => stems.has(stem));
}

/** Which of the subject's words each passage, and the title of its item, holds; passages by their place in `results`. */
function subjectWordsOf(results: Passage[], options: HistoryOptions) {
  const topicStems = contentStems(options.topic);
  const rarestStems = options.rarestWord ? contentStems(options.rarestWord) : topicStems;
  const names = namedStems(options.topic);
  // Each text's stems once, and only those of the subject's words: stemming every word of 300 passages was most of a
  // history's cost.
  const subjectStems = new Set([...topicStems, ...rarestStems]);
  const resultStems = results.map((result) => contentStemsAmong(result.text, subjectStems));
  const itemTitleNamesSubject = new Map<string, boolean>();
  // A passage names the subject when it holds its rarest word, or stands under an item titled with the whole subject:
  // "RESOLVED to note the decision." under "Decision 034 - PFI North Kent Police Station" is where the PFI station
  // was raised (an item titled "Harbour wall" is not about every wall repair said under it).
  const itemNamesSubject = (index: number) => {
    const { item } = results[index];
    let names = itemTitleNamesSubject.get(item.id);
    if (names === undefined) {
      names = holdsAll(contentStemsAmong(item.title, subjectStems), topicStems);
      itemTitleNamesSubject.set(item.id, names);
    }
    return names;
  };
  return {
    topicStems,
    resultStems,
    itemNamesSubject,
    namesSubject: (index: number) => (holdsAll(resultStems[index], rarestStems) || itemNamesSubject(index)) && holdsNames(results[index], names),
    holdsWholeSubject: (index: number) => holdsAll(resultStems[index], topicStems),
  };
}

export function buildTopicHistory(results: Passage[], options: HistoryOptions): TopicHistory {
  const { topicStems, resultStems, itemNamesSubject, namesSubject, holdsWholeSubject } = subjectWordsOf(results, options);
  const strongSimilarity = strongSimilarityOf(options.minSimilarity);
  const similarity = (index: number) => results[index].similarity ?? -Infinity;
  const speaksToTopic = (index: number) => holdsWholeSubject(index) || similarity(index) >= (namesSubject(index) ? options.minSimilarity : strongSimilarity);
  // An item with a passage on the subject is about it: its other passages that name a telling part of the subject
  // and are near it in meaning belong to the story ("Travellers" in the decision of an item on "traveller
  // incursions"). A word most of the passages read hold ("police" in "police cadets") tells nothing.
  const speaking = results.map((_, index) => speaksToTopic(index));
  const itemsOnTopic = new Set<string>();
  results.forEach((result, index) => speaking[index] && itemsOnTopic.add(result.item.id));
  const tellingStems = [...topicStems].filter((stem) => resultStems.filter((stems) => stems.has(stem)).length <= results.length * COMMON_SHARE);
  const onTopic = (index: number) => {
    if (speaking[index]) return true;
    if (!itemsOnTopic.has(results[index].item.id) || similarity(index) < options.minSimilarity) return false;
    return tellingStems.some((stem) => resultStems[index].has(stem));
  };

  // The meeting's first passage that names the whole subject, else its first naming it at all, else its first on it.
  const earliestMention = (found: number[]) => {
    const inOrder = [...found].sort((a, b) => minutesOrder(results[a], results[b]));
    return results[inOrder.find(holdsWholeSubject) ?? inOrder.find(namesSubject) ?? inOrder[0]];
  };
  // Each meeting's on-topic paragraphs, by their place in `results`.
  const byMeeting = new Map<string, { meeting: ResultMeeting; found: number[]; itemAboutTopic: boolean }>();
  for (const [index, result] of results.entries()) {
    if (!onTopic(index)) continue;
    const entry = byMeeting.get(result.meeting.id) ?? { meeting: result.meeting, found: [], itemAboutTopic: false };
    entry.itemAboutTopic ||= itemNamesSubject(index);
    // Item summaries mark the meeting as one that discussed the subject; the page quotes its paragraphs.
    if (result.kind === 'paragraph') entry.found.push(index);
    byMeeting.set(result.meeting.id, entry);
  }

  const discussed: TopicMeeting[] = [];
  const inPassing: TopicMeeting[] = [];
  for (const { meeting, found: indices, itemAboutTopic } of byMeeting.values()) {
    const found = indices.map((index) => results[index]);
    const decisions = found.filter((result) => result.decision && !DECISION_LABEL_ONLY.test(result.text));
    const entry: TopicMeeting = {
      meeting,
      mentions: found.length,
      passages: found.slice(0, PASSAGES_PER_MEETING).map(toPassage),
      decisions: [...decisions].sort(minutesOrder).slice(0, DECISIONS_PER_MEETING).map(toPassage),
    };
    const isDiscussed = found.length >= DISCUSSED_PASSAGES || decisions.length > 0 || itemAboutTopic;
    (isDiscussed ? discussed : inPassing).push(entry);
  }
  discussed.sort((a, b) => byDate(a.meeting, b.meeting));
  inPassing.sort((a, b) => byDate(a.meeting, b.meeting));

  const dated = [...discussed, ...inPassing].filter((entry) => entry.meeting.date !== null && entry.mentions > 0).sort((a, b) => byDate(a.meeting, b.meeting));
  // The subject was first raised where a passage names it; a passage found by meaning alone is the first mention only
  // when none names it: "an update from Kent Police" is near "the neighbourhood policing review" in meaning, but
  // nobody raised the review there.
  const first = dated.find((entry) => byMeeting.get(entry.meeting.id)!.found.some(namesSubject)) ?? dated[0];
  // Undated decisions count only when no dated one exists: they cannot be placed after anything.
  const withDecisions = [...discussed, ...inPassing].filter((entry) => entry.decisions.length > 0).sort((a, b) => byDate(a.meeting, b.meeting));
  const latestWithDecision = withDecisions.filter((entry) => entry.meeting.date !== null).at(-1) ?? withDecisions.at(-1);
  return {
    meetings: discussed,
    inPassing: { count: inPassing.length, meetings: inPassing },
    firstMention: first ? { meeting: first.meeting, passage: toPassage(earliestMention(byMeeting.get(first.meeting.id)!.found)) } : null,
    latestDecision: latestWithDecision ? { meeting: latestWithDecision.meeting, passage: latestWithDecision.decisions.at(-1)! } : null,
    undated: [...discussed, ...inPassing].filter((entry) => entry.meeting.date === null).length,
  };
}

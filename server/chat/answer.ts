// Builds an extractive answer: the sentences of the best passages that speak to the topic, each set in
// its meeting and item and followed by a citation marker. Pure: it quotes, it never writes substance.
import type { Citation, SearchResult } from '../api-types';
import type { Interpretation } from './interpret';
import { isBoilerplate, quotableSentences } from './sentences';
import { contentStems } from '../../core/text/stem';
import { answeredStems, asksForSum, countsWhatWasAsked, givesFigure, givesSum } from './figures';
import { formatDate, noFigureFound, nothingFound, theBody } from './phrasing';
import { coverageOf, itemsHoldingTopic, namesEarlierSubject, speaksToTopic, topicCoverage } from './topic-coverage';

export interface AnswerOptions {
  /** Sentences quoted in the answer, 1..10 (default 3). */
  maxSentences?: number;
  /** Passages cited, 1..10 (default 4). */
  maxCitations?: number;
  /**
   * Cosine similarity at which a passage the embedding model found counts as speaking to the question (the
   * model's `minAnswerSimilarity`); default: any similarity. See `speaksToTopic`.
   */
  minSimilarity?: number;
  /**
   * The similarity a passage holding none of the topic's words needs (default `minSimilarity`): near a question only
   * in meaning, it is as likely another subject in the same field ("bus lanes" → "the county's road network").
   */
  strongSimilarity?: number;
}

export interface ComposedAnswer {
  answer: string;
  citations: Citation[];
}

export const DEFAULT_MAX_SENTENCES = 3;
export const DEFAULT_MAX_CITATIONS = 4;
/** Results read for sentences: the ranking has already put the best first. */
const PASSAGES_READ = 8;
/** Sentences taken from one passage, so the answer draws on more than one paragraph. */
const MAX_SENTENCES_PER_PASSAGE = 2;
/** A sentence joins the answer only if it scores at least this share of the best sentence. */
const MIN_SHARE_OF_BEST = 0.5;
/** Longer sentences (run-on extracts, tables) are cut at a word boundary and marked with "…". */
const MAX_SENTENCE_CHARS = 400;
// Sentence score = topic coverage, then the passage's rank, then (when asked) being a decision.
const TOPIC_WEIGHT = 3;
const DECISION_WEIGHT = 1.5;
/** A small edge for a passage's opening sentences, which usually carry its point. */
const OPENING_WEIGHT = 0.1;
/** Asked "how much" or "how many", a sentence giving a figure outranks one a rank or two above it that gives none. */
const FIGURE_WEIGHT = 1;
/** The words a follow-up question added (Interpretation.focus) are what it asks: a sentence holding them outranks one holding only its setting. */
const FOCUS_WEIGHT = 2;
/** Asked what someone said, their sentences gain over unattributed ones naming more of the topic. */
const SPEAKER_WEIGHT = 1;
// Sentence openings that are not names, so they can be lower-cased after "At the Panel on ..., ".
const COMMON_OPENINGS: ReadonlySet<string> = new Set(
  `the a an in it this that these those there he she they his her their its members member one some all both further
  referring following however whilst while although as at on for with having due since when of to during after before
  each any several many officers we our`.split(/\s+/),
);
const DECISION_OPENING = /^(RESOLVED|AGREED|DECIDED)\b\s*(?:[:\-–]\s*)?/i;

interface Candidate {
  result: SearchResult;
  rank: number;
  position: number;
  sentence: string;
  /** Share of the topic's words (stemmed) that the sentence contains, 0..1. */
  coverage: number;
  score: number;
  isDecision: boolean;
}

export function composeAnswer(interpretation: Interpretation, results: SearchResult[], options: AnswerOptions = {}): ComposedAnswer {
  const maxSentences = options.maxSentences ?? DEFAULT_MAX_SENTENCES;
  const maxCitations = options.maxCitations ?? DEFAULT_MAX_CITATIONS;
  const read = results.slice(0, PASSAGES_READ);
  const minSimilarity = options.minSimilarity ?? -Infinity;
  const relevant = speaksToTopic(interpretation.topic, { minSimilarity, strongSimilarity: Math.max(minSimilarity, options.strongSimilarity ?? minSimilarity) });
  // Search always returns its nearest passages; when none of them is near enough, the minutes do not cover the
  // question, and quoting them would cite passages that do not answer it.
  const speaking = read.filter(relevant);
  if (speaking.length === 0) return { answer: nothingFound(interpretation), citations: [] };
  // Only passages that speak to the topic are quoted: under a filter ("only the decisions") the nearest passages
  // include decisions on other subjects.
  const chosen = chooseSentences(interpretation, speaking, maxSentences, maxCitations);
  if (chosen.length === 0) return { answer: nothingFound(interpretation), citations: [] };
  // Asked how many or how much, sentences on the subject that give no figure do not answer: the minutes do not say.
  // A sum of money is no count ("how many joined?" is not answered by "the £10 per month subscription"), nor a count
  // a cost ("how much does a new police car cost?" is not answered by "487 new police officers").
  const answersAmount =
    interpretation.asksForCount === 'many'
      ? (sentence: string) => countsWhatWasAsked(sentence, interpretation.counted)
      : asksForSum(contentStems(interpretation.topic))
        ? givesSum
        : givesFigure;
  if (interpretation.asksForCount && !chosen.some((candidate) => answersAmount(candidate.sentence))) return { answer: noFigureFound(interpretation), citations: [] };

  // Asked how many or how much, the passages giving the figure are quoted first: the answer opens with it.
  const givesAmount = (result: SearchResult) => interpretation.asksForCount !== undefined && chosen.some((candidate) => candidate.result === result && answersAmount(candidate.sentence));
  const passages = [...new Set(chosen.map((candidate) => candidate.result))].sort((a, b) => Number(givesAmount(b)) - Number(givesAmount(a)) || citationOrder(chosen, a, b));
  const citations = passages.map((result, index) => toCitation(result, index + 1));
  const lines: string[] = [];
  if (interpretation.preferDecisions && !chosen.some((candidate) => candidate.isDecision)) {
    lines.push('I found no recorded decision on this; here is what the minutes say.');
  }
  // A follow-up's own words ("and who seconded it?") in no sentence quoted: the quotes are on the subject, not an answer.
  const focusStems = contentStems(interpretation.focus);
  if (focusStems.size > 0 && !chosen.some((candidate) => coverageOf(focusStems, answeredStems(candidate.sentence, interpretation.asksForFigure)) > 0)) {
    lines.push(`The minutes found do not mention “${interpretation.focus}”; here is what they say on the subject.`);
  }
  // Each meeting or item the answer moves to opens a paragraph of its own: a run of quotes from several meetings read
  // as one block hides where each was said.
  const paragraphs = lines.map((line) => [line]);
  passages.forEach((result, index) => {
    const sentences = chosen.filter((candidate) => candidate.result === result).sort((a, b) => a.position - b.position);
    const setting = describeSetting(result, passages[index - 1]);
    if (setting || paragraphs.length === 0) paragraphs.push([]);
    sentences.forEach((candidate, sentenceIndex) => {
      const quoted = quote(candidate.sentence);
      const text = sentenceIndex === 0 && setting ? `${setting}, ${lowerFirstWord(quoted)}` : upperFirst(quoted);
      paragraphs[paragraphs.length - 1].push(`${text} [${index + 1}]`);
    });
  });
  return { answer: paragraphs.map((paragraph) => paragraph.join(' ')).join('\n\n'), citations };
}

/** Passages are cited best first: by their best sentence's score (which favours decisions when asked), then rank. */
function citationOrder(chosen: Candidate[], a: SearchResult, b: SearchResult): number {
  const best = (result: SearchResult) => chosen.find((candidate) => candidate.result === result) as Candidate;
  return best(b).score - best(a).score || best(a).rank - best(b).rank;
}

function chooseSentences(interpretation: Interpretation, results: SearchResult[], maxSentences: number, maxCitations: number): Candidate[] {
  const topicStems = contentStems(interpretation.topic);
  const focusStems = contentStems(interpretation.focus);
  const askedSpeakers = new Set(interpretation.filters.speaker ?? []);
  const candidates: Candidate[] = [];
  const seenSentences = new Set<string>();
  results.forEach((result, rank) => {
    const titleStems = contentStems(result.item.title);
    quotableSentences(quotableText(result), result.truncated).sentences.forEach((rawSentence, position) => {
      const sentence = withSubject(rawSentence, result.speaker, position);
      const key = sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (isBoilerplate(sentence) || seenSentences.has(key)) return;
      seenSentences.add(key);
      const isDecision = result.decision || DECISION_OPENING.test(sentence);
      const stems = answeredStems(sentence, interpretation.asksForFigure);
      const coverage = topicCoverage(topicStems, stems, titleStems);
      const score =
        TOPIC_WEIGHT * coverage +
        FOCUS_WEIGHT * coverageOf(focusStems, stems) +
        (result.speaker !== null && askedSpeakers.has(result.speaker) ? SPEAKER_WEIGHT : 0) +
        1 / (rank + 1) +
        (interpretation.preferDecisions && isDecision ? DECISION_WEIGHT : 0) +
        (interpretation.asksForFigure && givesFigure(sentence) ? FIGURE_WEIGHT : 0) +
        OPENING_WEIGHT / (position + 1);
      candidates.push({ result, rank, position, sentence, coverage, score, isDecision });
    });
  });
  // Sentences that share no word with the topic are used only when none does (a purely semantic match); after a
  // follow-up ("what did it cost?"), only from passages on the subject before it when some are, so that a sum of money
  // elsewhere does not answer for it.
  const onTopicByAnyone = candidates.filter((candidate) => topicStems.size === 0 || candidate.coverage > 0);
  // Asked what someone said, when they have sentences on the topic (in an item where a passage holds the whole
  // topic), sentences others are named as saying are left out: they would answer for them. Sentences the minutes
  // give no speaker stay ("It was the Commissioner's opinion that …" is his).
  const itemsOnTopic = itemsHoldingTopic(results, topicStems);
  const isAsked = (candidate: Candidate) => candidate.result.speaker !== null && askedSpeakers.has(candidate.result.speaker);
  const theyAnswer = onTopicByAnyone.some((candidate) => isAsked(candidate) && itemsOnTopic.has(candidate.result.item.id));
  const onTopic = theyAnswer ? onTopicByAnyone.filter((candidate) => candidate.result.speaker === null || isAsked(candidate)) : onTopicByAnyone;
  const onEarlierSubject = new Set(results.filter((result) => namesEarlierSubject(result, topicStems, focusStems)));
  const onSubject = onTopic.filter((candidate) => onEarlierSubject.has(candidate.result));
  const pool = (onSubject.length > 0 ? onSubject : onTopic.length > 0 ? onTopic : candidates).sort(
    (a, b) => b.score - a.score || a.rank - b.rank || a.position - b.position,
  );

  const chosen: Candidate[] = [];
  const passages = new Set<SearchResult>();
  // An item's summary repeats its paragraphs: a sentence already quoted inside a longer one (or holding one) is not quoted again.
  const wordsOf = (candidate: Candidate) => ` ${candidate.sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const repeats = (candidate: Candidate) => chosen.some((picked) => wordsOf(picked).includes(wordsOf(candidate)) || wordsOf(candidate).includes(wordsOf(picked)));
  for (const candidate of pool) {
    if (chosen.length >= maxSentences || candidate.score < pool[0].score * MIN_SHARE_OF_BEST) break;
    if (repeats(candidate)) continue;
    const fromPassage = chosen.filter((picked) => picked.result === candidate.result).length;
    if (fromPassage >= MAX_SENTENCES_PER_PASSAGE) continue;
    if (fromPassage === 0 && passages.size >= maxCitations) continue;
    passages.add(candidate.result);
    chosen.push(candidate);
  }
  return chosen;
}

export function toCitation(result: SearchResult, n: number): Citation {
  return {
    n,
    chunkId: result.id,
    meeting: result.meeting,
    item: result.item,
    paragraph: result.paragraph,
    paragraphIndex: result.paragraphIndex,
    speaker: result.speaker,
    text: result.text,
  };
}

/** Where a passage was said: its meeting and its item. */
type Place = Pick<SearchResult, 'meeting' | 'item'>;

function describeItem(result: Place): string {
  const { number, title } = result.item;
  if (!title) return number ? ` (item ${number})` : '';
  return number ? ` (item ${number}: ${title})` : ` (item: ${title})`;
}

/** Where a passage was said, relative to the passage cited just before it (null: same item, say nothing). */
function describeSetting(result: Place, previous: Place | undefined): string | null {
  const item = describeItem(result);
  if (previous && previous.meeting.id === result.meeting.id) {
    return previous.item.id === result.item.id ? null : `At the same meeting${item}`;
  }
  const { body, date } = result.meeting;
  if (date) return `At ${body ? theBody(body) : 'a meeting'} on ${formatDate(date)}${item}`;
  return `In an undated agenda item page${body ? ` of ${theBody(body)}` : ''}${item}`;
}

/** Where a passage was said, to follow a verb: "at the Panel on 28 March 2017 (item 5: Precept)". */
export function describePlace(place: Place): string {
  const setting = describeSetting(place, undefined) ?? '';
  return setting.charAt(0).toLowerCase() + setting.slice(1);
}

/** A sentence quoted with where it was said: "At the Panel on 28 March 2017 (item 5: Precept), it was resolved that…". */
export function quoteAt(place: Place, sentence: string): string {
  return `${describeSetting(place, undefined) ?? ''}, ${lowerFirstWord(quote(sentence))}`;
}

/** An item summary starts with the item's title, which the answer names in its setting: quote what follows it. */
function quotableText(result: SearchResult): string {
  return result.kind === 'item' ? result.text.split('\n').slice(1).join(' ') : result.text;
}

const PRONOUN_SUBJECT = /^(?:He|She|They|It)\s+(?=\p{Ll})/u;

/**
 * A sentence quoted alone needs its subject: a fragment's leading punctuation is dropped, and a later sentence
 * that opens with "He"/"She" in a passage whose speaker is known is given the speaker's name.
 */
function withSubject(sentence: string, speaker: string | null, position: number): string {
  const trimmed = sentence.replace(/^[,;:–—-]+\s*/, '');
  const text = trimmed === sentence ? sentence : upperFirst(trimmed);
  if (position === 0 || !speaker || !PRONOUN_SUBJECT.test(text) || /^It\b/.test(text)) return text;
  return text.replace(PRONOUN_SUBJECT, `${speaker} `);
}

/** The sentence as published, cut to a readable length, ending in a full stop. */
export function quote(sentence: string): string {
  let text = sentence;
  if (text.length > MAX_SENTENCE_CHARS) {
    const cut = text.slice(0, MAX_SENTENCE_CHARS);
    text = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:]+$/, '')}…`;
  }
  return /[.!?…]["'’”)\]]*$/.test(text) ? text : `${text}.`;
}

/** Joins a sentence to the setting before it: "RESOLVED that" reads "it was resolved that". */
function lowerFirstWord(sentence: string): string {
  const decision = DECISION_OPENING.exec(sentence);
  if (decision) return `it was ${decision[1].toLowerCase()} ${sentence.slice(decision[0].length)}`;
  const firstWord = /^[\p{L}]+/u.exec(sentence)?.[0] ?? '';
  return COMMON_OPENINGS.has(firstWord.toLowerCase()) ? sentence[0].toLowerCase() + sentence.slice(1) : sentence;
}

function upperFirst(sentence: string): string {
  const decision = DECISION_OPENING.exec(sentence);
  if (decision) return `It was ${decision[1].toLowerCase()} ${sentence.slice(decision[0].length)}`;
  return sentence[0].toUpperCase() + sentence.slice(1);
}

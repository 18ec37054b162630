// POST /api/chat: understand the conversation, run the search it implies, answer from the passages found.
import type { Config } from '../core/config';
import { boundedEditDistance } from '../core/text/distance';
import { describeError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { SearchFilters } from '../core/search-types';
import type { Store } from '../indexer/stores/store';
import { allowedTypos } from '../indexer/stores/keyword/vocabulary';
import { fusionSettingsFor } from './search/fusion-settings';
import { composeAnswer, toCitation } from './chat/answer';
import { nothingSaidBy, speakersInSentence } from './chat/phrasing';
import { preferSpeakers, speakerSaidNothing } from './chat/asked-speakers';
import { holdsTopicWords } from './chat/topic-coverage';
import { contentStems } from '../core/text/stem';
import { answerHowOften, asksHowOften, withoutHowOften } from './chat/frequency';
import { answerFromHistory, readHistoryQuestion, withoutHistoryCue, type HistoryQuestion } from './chat/history-answer';
import { interpretConversation, topicAsWritten, type Interpretation } from './chat/interpret';
import { answerMeetingFact, asksMeetingRecords } from './chat/meeting-facts';
import { answerPreviousHolder } from './chat/previous-holder';
import { findMeetingFactQuestion, questionsAndReplies } from './chat/meeting-follow-up';
import { answerOfficeInPassages } from './chat/office-in-passages';
import { rewriteWithLlm } from './chat/llm';
import { answerSmallTalk, readSmallTalk, withoutSmallTalk } from './chat/small-talk';
import { asksWhoSpoke, whoSpoke } from './chat/who-spoke';
import { withDecisionParts } from './chat/decision-parts';
import { withCountingPassages } from './chat/counting-passages';
import { answerReread } from './chat/rereadings';
import { answerInMinutesWords } from './chat/plain-words';
import { judgedByKnownWords, nearerThanKnownWords, wordsUnheardUnder } from './chat/known-words';
import { answerReply, askerOfReply, ASKS_FOR_REPLY } from './chat/reply-answer';
import { answerMore } from './chat/more-passages';
import type { SearchService } from './search';
import { findTopicHistory } from './topics/service';
import { strongSimilarityOf } from './topics/history';
import { MAX_LIMIT } from './validation';
import type { ChatMessage, ChatResponse, SearchParams, SearchResult } from './api-types';

/** Passages the answer may draw on. */
export const DEFAULT_CHAT_PASSAGES = 8;

function decisionsFirst(results: SearchResult[]): SearchResult[] {
  return [...results.filter((result) => result.decision), ...results.filter((result) => !result.decision)];
}

/** Keyword hits read for passages naming the whole topic when the hybrid ranking read none (see withWholeTopicPassages). */
const WHOLE_TOPIC_HITS = 3;

/**
 * The search's passages, led by keyword hits holding every word of the topic when none of the first `read` does: a
 * passage naming the whole topic ("knife crime" among the Commissioner's priorities) answers the question however far
 * the model ranks it, and a long paragraph on many subjects sits far from any one of them in meaning.
 */
async function withWholeTopicPassages(results: SearchResult[], read: number, params: SearchParams, search: SearchService): Promise<SearchResult[]> {
  const topicStems = contentStems(params.q);
  if (topicStems.size === 0 || results.slice(0, read).some((result) => holdsTopicWords(result, topicStems))) return results;
  const keyword = await search.search({ ...params, mode: 'keyword', limit: WHOLE_TOPIC_HITS, offset: 0 });
  const shown = new Set(results.map((result) => result.id));
  const naming = keyword.results.filter((result) => !shown.has(result.id) && holdsTopicWords(result, topicStems));
  return naming.length === 0 ? results : [...naming, ...results.filter((result) => !naming.some((hit) => hit.id === result.id))];
}

/** The asked speakers' own passages on the topic searched for when none of `results` is theirs, put first (`preferSpeakers` orders them). */
async function withSpeakersPassages(results: SearchResult[], speakers: string[] | undefined, params: SearchParams, search: SearchService): Promise<SearchResult[]> {
  if (!speakers || !params.q || results.some((result) => result.speaker !== null && speakers.includes(result.speaker))) return results;
  const theirs = await search.search({ ...params, filters: { ...params.filters, speaker: speakers }, limit: DEFAULT_CHAT_PASSAGES, offset: 0 });
  const found = new Set(results.map((result) => result.id));
  return [...theirs.results.filter((result) => !found.has(result.id)), ...results];
}

/** Each passage's similarity to a query, for the passages the model finds nearest it. */
async function similaritiesTo(query: string, params: SearchParams, search: SearchService): Promise<Map<string, number>> {
  const near = await search.search({ ...params, q: query, mode: 'semantic', limit: MAX_LIMIT, offset: 0 });
  return new Map(near.results.flatMap((result) => (result.similarity === null ? [] : [[result.id, result.similarity] as const])));
}

/** "Did the Commissioner agree with Fay Gooch?": the reply recorded after the asker's most recent question; null when none is. */
async function answerReplyTo(asker: string[], filters: SearchFilters, deps: ConversationDeps): Promise<ChatResponse | null> {
  const asked = await deps.search.search({ q: '', mode: 'keyword', sort: 'newest', limit: DEFAULT_CHAT_PASSAGES, offset: 0, filters: { ...filters, speaker: asker } });
  const reply = answerReply(asked.results.map((result, index) => toCitation(result, index + 1)), deps.store);
  return reply && { ...reply, results: [], interpreted: { query: '', filters: { ...filters, speaker: asker }, preferDecisions: false }, degraded: asked.degraded };
}

/** "What did Mrs Bolton ask?", "What has the Chief of Staff said?": a speaker's words asked for, with no subject. */
const ASKS_WHAT_WAS_SAID = /\b(?:say|says|said|ask|asks|asked|raise[sd]?|speak|spoke|tell|told|report(?:s|ed)?|mention(?:s|ed)?|think|thought|argue[sd]?|comment(?:s|ed)?|contribute[sd]?)\b/i;

/**
 * A speaker's words with no subject named: their passages, the most recent first (the minutes are searched by subject
 * otherwise, and quoting the nearest passages to no subject would cite anything).
 */
async function answerSpeakerOnly(interpretation: Interpretation, filters: SearchFilters, deps: ConversationDeps): Promise<ChatResponse> {
  const response = await deps.search.search({ q: '', mode: 'keyword', sort: 'newest', limit: DEFAULT_CHAT_PASSAGES, offset: 0, filters });
  const narrowedAway = response.total === 0 ? nothingSaidBy(filters) : null;
  if (narrowedAway) return { answer: narrowedAway, citations: [], results: [], interpreted: { query: '', filters, preferDecisions: false }, degraded: response.degraded };
  const draft = composeAnswer(interpretation, response.results);
  const count = `${response.total} passage${response.total === 1 ? '' : 's'} of the minutes record${response.total === 1 ? 's' : ''} what ${speakersInSentence(filters.speaker ?? [])} said`;
  const answer = draft.citations.length > 0 ? `${count}; the most recent: ${draft.answer}` : draft.answer;
  return { answer, citations: draft.citations, results: response.results, interpreted: { query: '', filters, preferDecisions: false }, degraded: response.degraded };
}

interface ConversationRequest {
  messages: ChatMessage[];
  filters: SearchFilters;
  /** Passages not to quote again ("tell me more"). */
  excluding?: ReadonlySet<string>;
}

interface ConversationDeps {
  search: SearchService;
  store: Store;
  config: Config;
  logger: Logger;
}

/**
 * A slip of the keys (one letter wrong, missing, extra or two swapped), not another word: the index suggests the nearest
 * word it holds, and for a word it does not hold that may be a different real word ("France" → "finance"). Capitalised
 * words are names, left as typed; words too short for the search's own typo budget are too: one letter turns most of
 * them into another real word ("cake" → "care"), and the answer would be about that word instead.
 */
function isTypo(typed: string, suggested: string): boolean {
  if (/^\p{Lu}/u.test(typed) || allowedTypos(typed) === 0) return false;
  const word = typed.toLowerCase();
  return word !== suggested.toLowerCase() && boundedEditDistance(word, suggested.toLowerCase(), 1) === 1;
}

/**
 * The last question with each misspelt word of its topic replaced by the keyword index's suggestion ("precpet" →
 * "precept"); null when the index suggests nothing, nothing it suggests is a typo, or it does not line up word for word.
 */
async function respelt(request: ConversationRequest, query: string, search: SearchService): Promise<{ messages: ChatMessage[]; from: string; to: string } | null> {
  const response = await search.search({ q: query, mode: 'keyword', sort: 'relevance', limit: 1, offset: 0, filters: request.filters });
  const suggestion = response.matching?.suggestion;
  const typed = query.split(/\s+/);
  const suggested = suggestion?.split(/\s+/) ?? [];
  if (!suggestion || suggested.length !== typed.length) return null;
  const last = request.messages.at(-1);
  if (!last || last.role !== 'user') return null;
  let content = last.content;
  const changed = typed.flatMap((word, index) => (isTypo(word, suggested[index]) ? [[word, suggested[index]] as const] : []));
  for (const [word, replacement] of changed) {
    content = content.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'), replacement);
  }
  if (changed.length === 0 || content === last.content) return null;
  return {
    messages: [...request.messages.slice(0, -1), { role: 'user', content }],
    from: changed.map(([word]) => word).join(' '),
    to: changed.map(([, replacement]) => replacement).join(' '),
  };
}

/**
 * Answers the conversation; when nothing could be cited and the topic looks misspelt, answers the respelt question
 * instead and says so, since a newcomer's typo should not read as "the minutes never mention it". Greetings, thanks and
 * "what is this?" are answered with what the chat can do, and the topic never comes from them.
 */
export async function answerConversation(conversation: ConversationRequest, deps: ConversationDeps): Promise<ChatResponse> {
  const smallTalk = readSmallTalk(conversation.messages.at(-1)?.content ?? '');
  if (smallTalk) return { answer: answerSmallTalk(smallTalk), citations: [], results: [], interpreted: { query: '', filters: conversation.filters, preferDecisions: false }, degraded: null };
  const request = { ...conversation, messages: withoutSmallTalk(conversation.messages) };
  const more = await answerMore(request.messages, (messages, excluding) => answerConversation({ ...request, messages, excluding }, deps));
  if (more) return more;
  const answered = await answerAsAsked(request, deps);
  if (!answered.interpreted.query) return answered;
  const reworded = await answerInMinutesWords(request.messages, answered, (messages) => answerAsAsked({ ...request, messages }, deps));
  if (reworded) return reworded;
  if (answered.citations.length > 0) return answered;
  const reread = await answerReread(request.messages, answered, request.filters, {
    bodies: deps.store.vocabulary().bodies,
    ask: (messages) => answerAsAsked({ ...request, messages }, deps),
  });
  if (reread) return reread;
  const corrected = await respelt(request, answered.interpreted.query, deps.search);
  if (!corrected) return answered;
  const retried = await answerAsAsked({ ...request, messages: corrected.messages }, deps);
  // The respelling is right only if what answers it holds the word it made ("skate park" is not "state park").
  const madeStems = contentStems(corrected.to);
  if (!retried.citations.some((citation) => [...contentStems(citation.text)].some((stem) => madeStems.has(stem)))) return answered;
  return { ...retried, answer: `Reading "${corrected.from}" as "${corrected.to}". ${retried.answer}` };
}

async function answerAsAsked(request: ConversationRequest, deps: ConversationDeps): Promise<ChatResponse> {
  const vocabulary = deps.store.vocabulary();
  const asksRecords = (text: string) => asksMeetingRecords(text, vocabulary.bodies);
  const userMessages = request.messages.filter((message) => message.role === 'user').map((message) => message.content);
  // Before the office's holder at a meeting: "who was the Commissioner before Matthew Scott?" does not ask for him.
  const previousHolder = await answerPreviousHolder(userMessages.at(-1) ?? '', request.filters, deps.search);
  if (previousHolder) return previousHolder;
  const factQuestion = findMeetingFactQuestion(questionsAndReplies(request.messages), vocabulary.bodies);
  const fact = factQuestion && answerMeetingFact(factQuestion, deps.store, new Date().toISOString().slice(0, 10));
  // An office no attendance list names ("who is the best person to contact?") is asked of the passages instead.
  if (fact && (fact.kind !== 'office-holder' || fact.citations.length > 0)) {
    return { answer: fact.answer, citations: fact.citations, results: [], interpreted: { query: '', filters: request.filters, preferDecisions: false }, degraded: null };
  }
  // An officer reported on rather than present ("who is the Chief Constable?") may be named in the minutes' text.
  const namedInText = fact && factQuestion.office ? await answerOfficeInPassages(factQuestion.office, request.filters, deps.search) : null;
  if (namedInText) return namedInText;
  const question = userMessages.at(-1) ?? '';
  if (ASKS_FOR_REPLY.test(question) && userMessages.length > 1) {
    const before = await answerAsAsked({ ...request, messages: request.messages.slice(0, request.messages.map((message) => message.role).lastIndexOf('user')) }, deps);
    const reply = answerReply(before.citations, deps.store);
    if (reply) return { ...reply, results: [], interpreted: before.interpreted, degraded: before.degraded };
  }
  if (asksHowOften(question)) {
    // Counting needs the passages that hold the topic's words, not the nearest in meaning.
    const interpretation = interpretConversation(withoutHowOften(request.messages), vocabulary, asksRecords);
    const filters = { ...interpretation.filters, ...request.filters };
    const response = await deps.search.search({ q: interpretation.query, mode: 'keyword', sort: 'relevance', limit: MAX_LIMIT, offset: 0, filters });
    const counted = answerHowOften(interpretation, response.results, response.total);
    return { ...counted, results: response.results.slice(0, DEFAULT_CHAT_PASSAGES), interpreted: { query: interpretation.query, filters, preferDecisions: false }, degraded: response.degraded };
  }
  const historyQuestion = readHistoryQuestion(question);
  const fromHistory = historyQuestion ? await answerHistoryQuestion(historyQuestion, request, deps) : null;
  if (fromHistory) return fromHistory;
  // A history that cites nothing gives way to the passages nearest the subject, the question's wording set aside
  // ("what happened with the travellers at the swimming pool": the minutes say "Fairfield Pool").
  const interpretation = interpretConversation(historyQuestion ? withoutHistoryCue(request.messages) : request.messages, vocabulary, asksRecords);
  // A speaker named in the question narrows the answer, never excludes: minutes often leave the speaker unnamed.
  const { speaker: askedSpeakers, ...asked } = interpretation.filters;
  const filters = { ...asked, ...request.filters };
  const asker = askerOfReply(question, vocabulary);
  const reply = asker ? await answerReplyTo(asker, filters, deps) : null;
  if (reply) return reply;
  if (askedSpeakers && !interpretation.topic && ASKS_WHAT_WAS_SAID.test(question)) return answerSpeakerOnly(interpretation, { ...filters, speaker: askedSpeakers }, deps);
  const excluding = request.excluding ?? new Set<string>();
  const params: SearchParams = { q: interpretation.query, mode: 'hybrid', sort: 'relevance', limit: (askedSpeakers ? DEFAULT_CHAT_PASSAGES * 3 : DEFAULT_CHAT_PASSAGES) + excluding.size, offset: 0, filters };
  const response = await deps.search.search(params);
  const topical = await withWholeTopicPassages(response.results, DEFAULT_CHAT_PASSAGES, params, deps.search);
  const searched = await withSpeakersPassages(await withCountingPassages(topical, interpretation, params, deps.search), askedSpeakers, params, deps.search);
  const found = searched.filter((result) => !excluding.has(result.id));
  const bySpeaker = askedSpeakers ? preferSpeakers(found, askedSpeakers, contentStems(interpretation.topic)).slice(0, DEFAULT_CHAT_PASSAGES) : found.slice(0, DEFAULT_CHAT_PASSAGES);
  const results = withDecisionParts(interpretation.preferDecisions ? decisionsFirst(bySpeaker) : bySpeaker, deps.store);
  const minSimilarity = fusionSettingsFor(deps.config.embedding.model).minAnswerSimilarity;
  const unheard = await wordsUnheardUnder(question, interpretation.topic, filters, deps.search);
  const judged = judgedByKnownWords(interpretation, [...new Set([...(response.matching?.unknown ?? []), ...unheard])], minSimilarity, question);
  const answerable = judged.knownWords ? nearerThanKnownWords(results, await similaritiesTo(judged.knownWords, params, deps.search)) : results;
  const draft = composeAnswer(judged.interpretation, answerable, { minSimilarity: judged.minSimilarity, strongSimilarity: strongSimilarityOf(minSimilarity) });
  const speakersNamed = draft.citations.length > 0 && asksWhoSpoke(question) ? whoSpoke(found, interpretation.topic, minSimilarity) : null;
  const notBySpeaker = askedSpeakers ? speakerSaidNothing(askedSpeakers, interpretation.topic, searched, draft.citations) : null;
  const lead = speakersNamed ?? notBySpeaker;
  let answer = lead ? `${lead}\n${draft.answer}` : draft.answer;
  if (deps.config.llm && draft.citations.length > 0) {
    const question = request.messages.at(-1)?.content ?? '';
    answer = await rewriteWithLlm(deps.config.llm, question, draft).catch((error: unknown) => {
      deps.logger.warn({ event: 'llm_rewrite_failed', reason: describeError(error) }, 'kept the extractive answer');
      return draft.answer;
    });
  }
  return {
    answer,
    citations: draft.citations,
    results,
    interpreted: { query: interpretation.query, filters: askedSpeakers ? { ...filters, speaker: askedSpeakers } : filters, preferDecisions: interpretation.preferDecisions },
    degraded: response.degraded,
  };
}

/** A question about a subject's story answered from its topic history; null when the history cites nothing. */
async function answerHistoryQuestion(historyQuestion: HistoryQuestion, request: ConversationRequest, deps: ConversationDeps): Promise<ChatResponse | null> {
  const withoutCue = withoutHistoryCue(request.messages);
  const read = interpretConversation(withoutCue, deps.store.vocabulary());
  // A subject's story is not one speaker's, and decisions name none: a speaker named ("the PCC's annual report") is
  // part of the subject.
  const { speaker: speakers, ...stated } = read.filters;
  const speakerWords = (speakers ?? []).map((speaker) => speaker.replace(/^(?:The|A|An)\s+/, '')).join(' ');
  const interpretation = speakerWords ? { ...read, query: `${speakerWords} ${read.query}`.trim(), topic: `${speakerWords} ${read.topic}`.trim() } : read;
  const filters = { ...stated, ...request.filters };
  if (!interpretation.query) return null;
  const minSimilarity = fusionSettingsFor(deps.config.embedding.model).minAnswerSimilarity;
  const history = await findTopicHistory({ q: interpretation.query, mode: 'hybrid', filters }, { search: deps.search, minSimilarity });
  const told = answerFromHistory(historyQuestion, { ...interpretation, topic: topicAsWritten(withoutCue.at(-1)!.content, interpretation.topic) }, history);
  if (told.citations.length === 0) return null;
  return { ...told, results: [], interpreted: { query: interpretation.query, filters, preferDecisions: historyQuestion === 'decided' }, degraded: history.degraded };
}

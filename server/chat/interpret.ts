// Turns a conversation into one search: the topic to look for and the filters stated in words.
// Pure: the same messages and vocabulary always give the same interpretation.
import type { SearchFilters } from '../../core/search-types';
import type { ChatMessage } from '../api-types';
import { findDateMentions } from './dates';
import { countedWords } from './figures';
import { findBodyMentions, findSpeakerMentions, splitAddressees, type Mention, type OfficeHolder } from './mentions';
import { isContentWord } from '../../core/text/stop-words';
import { tokensAsWritten, type Token } from '../../core/text/tokens';
import { ASKS_AFTER_DETAIL, HYPOTHETICAL, MEMBERS_PRONOUNS, NARROWS_TOPIC, PERSONAL_PRONOUNS, pointsBackAt, REFERRING_WORDS } from './follow-up-cues';

export interface Interpretation {
  /** The search text: the topic's words, quoted phrases kept in double quotes. Empty when no topic was named. */
  query: string;
  filters: SearchFilters;
  /** The user asks what was decided: rank decision paragraphs first. */
  preferDecisions: boolean;
  /** The last question asks for an amount ("how much…", "how many…", "what percentage…"): quote the sentences giving figures first. */
  asksForFigure: boolean;
  /** The last question asks how many (a count answers it) or how much (any figure does). Set only then. */
  asksForCount?: 'many' | 'much';
  /** What "how many" counts ("tasers" in "how many tasers does Kent Police have?"); set only when it names something. */
  counted?: string;
  /** The topic in plain words (no quotes), for scoring answer sentences and for messages. */
  topic: string;
  /**
   * The words the last question added to the topic it pointed back at ("how much does it cost to join?" after the
   * cadet scheme: "cost join"): what it asks now, the earlier words being its setting. Empty otherwise.
   */
  focus: string;
}

/** The names the index knows, so that only real bodies and speakers become filters. */
export interface ChatVocabulary {
  bodies: string[];
  speakers: string[];
  /** People the attendance lists name with a role, whose words are minuted under it ("Mr M Scott", the Commissioner). */
  officeHolders?: OfficeHolder[];
}

interface TopicTerm {
  text: string;
  position: number;
  isPhrase: boolean;
}

type FilterKind = 'date' | 'body' | 'speaker' | 'decisions';

interface MessageReading {
  terms: TopicTerm[];
  /** The message points back at the topic before it ("how much does it cost?", "what did they decide about that?"). */
  refersBack: boolean;
  /** The message points back at a person with a pronoun ("what did she present?") and names no speaker of its own. */
  refersToPerson: boolean;
  filters: SearchFilters;
  preferDecisions: boolean;
  /** Filter kinds the user asked to drop ("any year", "anyone", "not just decisions"). */
  cleared: Set<FilterKind>;
}

interface ConversationState {
  terms: TopicTerm[];
  filters: SearchFilters;
  preferDecisions: boolean;
}

const QUOTED_PHRASE = /["“”‘]([^"“”‘’]+)["“”’]/g;
// Relative dates need today's date, which a pure reading of the text does not have: they are set aside, not filtered on.
const RELATIVE_DATES = /\b(?:this|last|next|previous|past|recent)\s+(?:few\s+)?(?:years?|months?|weeks?|meetings?|time)\b|\brecently\b|\bso\s+far\b|\bto\s+date\b/gi;
const DECISIONS_ONLY = /\b(?:only|just)\s+(?:the\s+)?(?:decisions|resolutions)\b|\b(?:decisions|resolutions)\s+only\b/gi;
const CLEAR_CUES: { kind: FilterKind; pattern: RegExp }[] = [
  { kind: 'date', pattern: /\b(?:any|all|every)\s+(?:other\s+)?(?:years?|time|dates?)\b/gi },
  { kind: 'body', pattern: /\b(?:any|all|every|other)\s+(?:bod(?:y|ies)|committees?|panels?|councils?)\b|\banywhere\b/gi },
  { kind: 'speaker', pattern: /\b(?:any|all|every)\s+speakers?\b|\b(?:anyone|anybody|everyone|everybody)\b/gi },
  { kind: 'decisions', pattern: /\bnot\s+(?:just|only)\s+(?:the\s+)?decisions\b|\bwhole\s+discussion\b|\beverything\b/gi },
];
const DECISION_WORDS: ReadonlySet<string> = new Set(
  `decide decided decides deciding decision decisions resolve resolved resolves resolution resolutions agree agreed agrees
  outcome outcomes conclude concluded conclusion conclusions vote voted votes approve approved endorse endorsed`.split(/\s+/),
);
const DECISION_NOUNS: ReadonlySet<string> = new Set(['decision', 'decisions', 'resolution', 'resolutions', 'outcome', 'outcomes', 'conclusion', 'conclusions', 'vote', 'votes']);
// Words after a name that make it the subject of what was said ("the Commissioner said"); decision words count too.
const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set(
  `say says said saying ask asks asked explain explains explained state states stated report reports reported mention
  mentioned think thinks thought comment commented answer answered respond responded reply replied raise raised note noted
  confirm confirmed highlight highlighted propose proposed suggest suggested argue argued claim claimed announce announced
  update updated clarify clarified advise advised outline outlined introduce introduced express expressed want wanted feel
  felt believe believed promise promised warn warned tell told talk talked question questions view views comments remarks
  response position statement`.split(/\s+/),
);
// A question after an amount: a sum of money, a count, a share, a length of time.
const FIGURE_QUESTION = /\bhow\s+(?:much|many|long|big|large|far)\b|\b(?:percentage|proportion|amount|cost|costs|price|figure|total)\b/i;
const COUNT_QUESTION = /\bhow\s+(much|many)\b/i;
/** "What is the Chief Constable paid?", "what does the clerk earn?": "how much", asked of pay; not "what did X say about pay?". */
const PAY_QUESTION = /\bwhat\s+(?:is|are|was|were|does|do|did|will)\s+(?:(?!(?:say|said|think|thought|ask|asked|tell|told|about|regarding|on)\b)[\w'’-]+\s+){1,6}?(?:paid|earns?|salary|salaries|wages?|pay)\s*[?.!]?\s*$/i;
// "go up" and "go down" ask how much something changed; the verb names no topic.
const CHANGE_VERBS: ReadonlySet<string> = new Set(['go', 'goes', 'gone']);
// "What did councillors say about speeding?" asks who spoke, as "members" does; no minutes label a speaker so.
const SPEAKER_GROUPS: ReadonlySet<string> = new Set(['councillor', 'councillors', 'cllr', 'cllrs']);
/** The word after "how" that makes an amount or a time the question ("how long", "how far"): scaffolding, not topic. */
const AMOUNT_AFTER_HOW: ReadonlySet<string> = new Set(['long', 'far', 'big', 'large', 'soon', 'often', 'quickly']);
// Words before a name that make it a filter: "at the Panel", "by Cllr Palmer", "according to the Chairman".
const LEADING_CUES: string[][] = [['at'], ['by'], ['from'], ['according', 'to'], ['what', 'about'], ['how', 'about']];

/**
 * Reads the latest user message in the light of the earlier ones.
 *
 * Follow-up rules: a message that names a topic starts afresh with its own filters, unless the
 * conversation had no topic yet, in which case its filters are merged over the earlier ones, or it points back at
 * the topic with a pronoun ("how much does it cost to join?"), in which case its words add to the topic. A
 * message without a topic ("and in 2023?", "what was decided?", "what about the Chairman?") keeps
 * the current topic; a date, body or speaker it names replaces the earlier one of the same kind
 * (a year replaces a date range and vice versa); other filters and the preference for decisions
 * are kept unless the message drops them ("any year", "any committee", "anyone", "not just decisions").
 * `asksMeetingRecords` tells a question of the meeting records, whose words name no topic.
 */
export function interpretConversation(messages: ChatMessage[], vocabulary: ChatVocabulary, asksMeetingRecords: (text: string) => boolean = () => false): Interpretation {
  let state: ConversationState = { terms: [], filters: {}, preferDecisions: false };
  let focus: TopicTerm[] = [];
  for (const message of messages) {
    if (message.role !== 'user') continue;
    const asRead = readMessage(message.content, vocabulary);
    // "who chaired the last meeting?": its date or body may narrow what follows, its words ("chaired") are no topic.
    const read = asksMeetingRecords(message.content) ? { ...asRead, terms: [] } : asRead;
    const reading = { ...read, refersBack: read.refersBack || (read.refersToPerson && state.terms.some((term) => /^\p{Lu}\p{Ll}/u.test(term.text))) };
    const before = state;
    state = reading.terms.length > 0 && state.terms.length > 0 && !reading.refersBack
      ? { terms: reading.terms, filters: reading.filters, preferDecisions: reading.preferDecisions }
      : followUp(state, reading);
    focus = before.terms.length > 0 && state.terms.length > before.terms.length ? state.terms.slice(before.terms.length) : [];
  }
  const lastQuestion = messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
  const countAsked = (COUNT_QUESTION.exec(lastQuestion)?.[1].toLowerCase() ?? (PAY_QUESTION.test(lastQuestion) ? 'much' : undefined)) as Interpretation['asksForCount'];
  return {
    query: state.terms.map((term) => (term.isPhrase ? `"${term.text}"` : term.text)).join(' '),
    filters: state.filters,
    preferDecisions: state.preferDecisions,
    asksForFigure: countAsked !== undefined || FIGURE_QUESTION.test(lastQuestion),
    ...(countAsked ? { asksForCount: countAsked } : {}),
    ...(countAsked === 'many' && countedWords(lastQuestion) ? { counted: countedWords(lastQuestion) } : {}),
    topic: state.terms.map((term) => term.text).join(' '),
    focus: focus.map((term) => term.text).join(' '),
  };
}

/** The small words inside a name ("Police and Crime Plan", "Fire and Rescue Service", "Department for Transport"). */
const NAME_JOINING_WORDS: ReadonlySet<string> = new Set(['and', '&', 'of', 'for', 'the', 'on', 'in', 'to']);

/**
 * The topic as the message wrote it, its small words kept ("Police and Crime Plan", not "Police Crime Plan"): the
 * stretch of the message from the topic's first word to its last, when nothing but the topic's words and the small
 * words of names lie between them; else the topic's words.
 */
export function topicAsWritten(message: string, topic: string): string {
  const words = topic.split(/\s+/).filter(Boolean);
  const tokens = tokensAsWritten(message);
  const start = tokens.findIndex((token) => token.text === words[0]);
  if (words.length < 2 || start === -1) return topic;
  const topicWords = new Set(words);
  let matched = 0;
  for (let index = start; index < tokens.length && matched < words.length; index += 1) {
    const token = tokens[index];
    if (token.text === words[matched]) matched += 1;
    else if (topicWords.has(token.text) || !NAME_JOINING_WORDS.has(token.lower)) return topic;
    if (matched === words.length) return message.slice(tokens[start].start, token.end);
  }
  return topic;
}

function followUp(state: ConversationState, reading: MessageReading): ConversationState {
  const filters: SearchFilters = { ...state.filters };
  const replaces = (kind: FilterKind, isStated: boolean) => isStated || reading.cleared.has(kind);
  if (replaces('date', reading.filters.year !== undefined || reading.filters.from !== undefined || reading.filters.to !== undefined)) {
    delete filters.year;
    delete filters.from;
    delete filters.to;
  }
  if (replaces('body', reading.filters.body !== undefined)) delete filters.body;
  if (replaces('speaker', reading.filters.speaker !== undefined)) delete filters.speaker;
  if (reading.cleared.has('decisions')) delete filters.decisionsOnly;
  const seen = new Set(state.terms.map((term) => term.text.toLowerCase()));
  const added = reading.refersBack ? reading.terms.filter((term) => !seen.has(term.text.toLowerCase())) : [];
  return {
    terms: reading.refersBack && state.terms.length > 0 ? [...state.terms, ...added] : reading.terms.length > 0 ? reading.terms : state.terms,
    filters: { ...filters, ...reading.filters },
    // A follow-up asking about a new side of the topic ("who provides it?" after "what was decided about …?") asks
    // that, not for decisions again; one that only changes the filters ("and in 2023?") keeps the preference.
    preferDecisions: reading.preferDecisions || (state.preferDecisions && !reading.cleared.has('decisions') && added.length === 0),
  };
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** Blanks out every match of a pattern, keeping positions, and reports each match. */
function cutOut(text: string, pattern: RegExp, onMatch: (match: RegExpExecArray) => void = () => {}): string {
  let masked = text;
  for (const match of text.matchAll(pattern)) {
    onMatch(match as RegExpExecArray);
    masked = blank(masked, match.index, match.index + match[0].length);
  }
  return masked;
}

function readMessage(content: string, vocabulary: ChatVocabulary): MessageReading {
  const terms: TopicTerm[] = [];
  const filters: SearchFilters = {};
  const cleared = new Set<FilterKind>();

  let text = cutOut(content, QUOTED_PHRASE, (match) => {
    const phrase = match[1].trim().replace(/\s+/g, ' ');
    if (phrase) terms.push({ text: phrase, position: match.index, isPhrase: true });
  });
  text = cutOut(text, RELATIVE_DATES);
  // Before "only decisions", which "not just decisions" would otherwise match.
  for (const { kind, pattern } of CLEAR_CUES) text = cutOut(text, pattern, () => cleared.add(kind));
  text = cutOut(text, DECISIONS_ONLY, () => {
    filters.decisionsOnly = true;
  });
  for (const mention of findDateMentions(text)) {
    if (mention.years) filters.year = [...new Set([...(filters.year ?? []), ...mention.years])].sort((a, b) => a - b);
    if (mention.from) filters.from = mention.from;
    if (mention.to) filters.to = mention.to;
    text = blank(text, mention.start, mention.end);
  }

  const tokens = tokensAsWritten(text);
  const { speakers: speakerMentions, addressed } = splitAddressees(tokens, findSpeakerMentions(tokens, vocabulary.speakers, vocabulary.officeHolders));
  const within = (spans: Mention[]) => (index: number) => spans.some((mention) => index >= mention.first && index <= mention.last);
  const inSpeakerMention = within([...speakerMentions, ...addressed]);
  const mentions = [...speakerMentions, ...findBodyMentions(tokens, vocabulary.bodies, (index) => !inSpeakerMention(index))];
  const inMention = within([...mentions, ...addressed]);

  const isTopicWord = (token: Token, index: number) =>
    isContentWord(token.lower) &&
    !DECISION_WORDS.has(token.lower) &&
    !CHANGE_VERBS.has(token.lower) &&
    !SPEAKER_GROUPS.has(token.lower) &&
    !(AMOUNT_AFTER_HOW.has(token.lower) && tokens[index - 1]?.lower === 'how');
  const freeWords = tokens.filter((token, index) => !inMention(index) && isTopicWord(token, index));
  const hasOwnTopic = freeWords.length > 0 || terms.length > 0;
  const filterMentions = mentions.filter((mention) => mention.strong || !hasOwnTopic || isCued(tokens, mention));
  for (const mention of filterMentions) {
    const key = mention.kind === 'body' ? 'body' : 'speaker';
    filters[key] = [...new Set([...(filters[key] ?? []), ...mention.values])];
  }
  // The verb or noun of attribution goes with the name: "Mrs Taylor['s] report on complaints" is about complaints.
  const isFilterToken = (index: number) =>
    filterMentions.some((mention) => index >= mention.first && (index <= mention.last || (index === mention.last + 1 && ATTRIBUTION_WORDS.has(tokens[index].lower))));

  const seen = new Set(terms.map((term) => term.text.toLowerCase()));
  tokens.forEach((token, index) => {
    if (isFilterToken(index) || within(addressed)(index) || !isTopicWord(token, index) || seen.has(token.lower)) return;
    seen.add(token.lower);
    terms.push({ text: token.text, position: token.start, isPhrase: false });
  });
  terms.sort((a, b) => a.position - b.position);

  const preferDecisions = filters.decisionsOnly === true || tokens.some((token, index) => DECISION_WORDS.has(token.lower) && !isSpokenOf(tokens, index));
  // "how many were upheld?": a question after a detail with a word or less of its own asks about the topic before it.
  const asksAfterDetail = ASKS_AFTER_DETAIL.test(content) && freeWords.length <= 1;
  const refersBack = asksAfterDetail || NARROWS_TOPIC.test(content) || HYPOTHETICAL.test(content) || tokens.some((token, index) => (REFERRING_WORDS.has(token.lower) && !namesTheMembers(tokens, index)) || pointsBackAt(tokens, index));
  const refersToPerson = speakerMentions.length === 0 && tokens.some((token) => PERSONAL_PRONOUNS.has(token.lower));
  return { terms, refersBack, refersToPerson, filters, preferDecisions, cleared };
}

function namesTheMembers(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]?.lower;
  return MEMBERS_PRONOUNS.has(tokens[index].lower) && next !== undefined && (ATTRIBUTION_WORDS.has(next) || DECISION_WORDS.has(next));
}

/** Whether a word comes after a verb of speaking, so is part of what was spoken about. */
function followsSpeaking(tokens: Token[], index: number): boolean {
  return tokens.slice(0, index).some((token) => ATTRIBUTION_WORDS.has(token.lower));
}

/** "What did members say about the Commissioner's decision on …" asks what was said, not what was decided. */
function isSpokenOf(tokens: Token[], index: number): boolean {
  return DECISION_NOUNS.has(tokens[index].lower) && followsSpeaking(tokens, index);
}

/** Whether a word of speech ("question", "annual report", "views") follows a possessive ("Palmer's", its "s" at `start`). */
function namesSpeech(tokens: Token[], start: number): boolean {
  const first = tokens[start]?.lower === 's' ? start + 1 : start;
  return tokens.slice(first, first + 2).some((token) => ATTRIBUTION_WORDS.has(token.lower));
}

function isCued(tokens: Token[], mention: Mention): boolean {
  const after = tokens[mention.last + 1];
  if (after && (ATTRIBUTION_WORDS.has(after.lower) || DECISION_WORDS.has(after.lower))) return true;
  // "Cllr Palmer's question on …" names who spoke; after a verb of speaking, "what did the panel think of the
  // Commissioner's annual report?", the name belongs to what was spoken about, as it does before anything but words
  // of speech ("the Commissioner's mental health fund").
  if (tokens[mention.last].possessive && !followsSpeaking(tokens, mention.first) && namesSpeech(tokens, mention.last + 1)) return true;
  const first = tokens[mention.first - 1]?.lower === 'the' ? mention.first - 1 : mention.first;
  return LEADING_CUES.some((cue) => cue.every((word, offset) => tokens[first - cue.length + offset]?.lower === word));
}

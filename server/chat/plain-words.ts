// Everyday words a newcomer types where minutes use their own ("extra" officers the minutes call "additional", "cops"
// they call "police officers"): a question is asked again in the minutes' words, and that reading kept only when
// what it cites holds more of its topic than the question as typed did.
import { contentStems } from '../../core/text/stem';
import type { ChatMessage, ChatResponse } from '../api-types';
import { coverageOf } from './topic-coverage';

/**
 * Everyday words and the words minutes of public meetings use for the same thing. Only synonyms in any sense the
 * minutes could mean: "extra officers" are "additional officers" wherever they are minuted; "salary" is not "pay rise".
 */
const MINUTES_WORDS: ReadonlyMap<string, string> = new Map([
  ['extra', 'additional'],
  ['cops', 'police officers'],
  ['coppers', 'police officers'],
  ['bobbies', 'police officers'],
  ['cop', 'police officer'],
  ['copper', 'police officer'],
  ['pay for', 'fund'],
  ['paying for', 'funding'],
  ['paid for', 'funded'],
  ['helped', 'supported'],
  ['helping', 'supporting'],
  ['finish', 'close'],
  ['finished', 'closed'],
  ['late', 'delayed'],
  ['kids', 'children'],
  ['youngsters', 'young people'],
  ['teenagers', 'young people'],
  ['gypsies', 'travellers'],
  ['jail', 'prison'],
  ['muggings', 'robberies'],
  ['crashes', 'collisions'],
  ['quit', 'leave'],
  ['quits', 'leaves'],
  ['quitting', 'leaving'],
  ['elderly', 'older people'],
]);

const EVERYDAY_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...MINUTES_WORDS.keys()].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`, 'giu');

/** The question in the minutes' words, and the words changed as typed and as replaced; null when it has none to change. */
export function inMinutesWords(question: string): { question: string; from: string[]; to: string[] } | null {
  const from: string[] = [];
  const to: string[] = [];
  const reworded = question.replace(EVERYDAY_WORD, (typed) => {
    const replacement = MINUTES_WORDS.get(typed.toLowerCase().replace(/\s+/g, ' ')) ?? typed;
    from.push(typed);
    to.push(replacement);
    return replacement;
  });
  return from.length === 0 ? null : { question: reworded, from, to };
}

/** The largest share of an answer's topic that one passage it cites holds, with its item's title. */
function bestCoverage(response: ChatResponse): number {
  const topicStems = contentStems(response.interpreted.query);
  return Math.max(0, ...response.citations.map((citation) => coverageOf(topicStems, contentStems(`${citation.item.title} ${citation.text}`))));
}

/** Whether a passage the answer cites holds one of the words. */
function citesAny(response: ChatResponse, words: string[]): boolean {
  const stems = contentStems(words.join(' '));
  return response.citations.some((citation) => coverageOf(stems, contentStems(citation.text)) > 0);
}

/**
 * The answer to the last question asked in the minutes' words, saying so, when a passage it cites holds more of its
 * topic than any the typed question's answer cites, or as much and the minutes' word where the typed answer holds
 * none of the typed words (the replacement is late → the passage on delays); else null.
 */
export async function answerInMinutesWords(messages: ChatMessage[], answered: ChatResponse, ask: (messages: ChatMessage[]) => Promise<ChatResponse>): Promise<ChatResponse | null> {
  const last = messages.at(-1);
  const reworded = last?.role === 'user' ? inMinutesWords(last.content) : null;
  if (!reworded) return null;
  const retried = await ask([...messages.slice(0, -1), { role: 'user', content: reworded.question }]);
  if (retried.citations.length === 0) return null;
  const [retriedCoverage, typedCoverage] = [bestCoverage(retried), bestCoverage(answered)];
  const citesTheMinutesWordOnly = citesAny(retried, reworded.to) && !citesAny(answered, reworded.from);
  if (retriedCoverage < typedCoverage || (retriedCoverage === typedCoverage && !citesTheMinutesWordOnly)) return null;
  const readings = reworded.from.map((typed, index) => `"${typed}" as "${reworded.to[index]}"`).join(', ');
  return { ...retried, answer: `Reading ${readings}, the minutes' words. ${retried.answer}` };
}

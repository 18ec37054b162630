// "Who was the Commissioner before Matthew Scott?", "who was the previous clerk?": an office's earlier holder. No
// attendance list answers it (they name who holds an office at each meeting, and the archive may not reach back far
// enough); the minutes do, where they name someone beside "the previous/former <office>" ("the previous Commissioner,
// Ann Barnes, had funded …", "Cllr Hale, the former Leader of the Council, …").
import type { SearchFilters } from '../../core/search-types';
import type { ChatResponse, SearchResult } from '../api-types';
import type { SearchService } from '../search';
import { quoteAt, toCitation } from './answer';
import { quotableSentences } from './sentences';

/** "who was the previous commissioner", "who was Kent's police commissioner before Matthew Scott", "who preceded Ms Ray as clerk". */
const PREVIOUS_HOLDER_QUESTION =
  /\bwho\s+(?:was|were|had\s+been)\s+(?:the\s+)?(?:(?:previous|former|last|outgoing)\s+(?<office>[\p{L}'’\s-]{2,60}?)\s*(?:[?.!,]|$|\b(?:at|in|on|of|for|before)\b)|(?<officeBefore>[\p{L}'’\s-]{2,60}?)\s+before\s+(?<current>\p{Lu}[\p{L}'’.\s-]*?)\s*(?:[?.!,]|$))|\bwho\s+preceded\s+(?<preceded>\p{Lu}[\p{L}'’.\s-]*?)\s+as\s+(?:the\s+)?(?<officeAs>[\p{L}'’\s-]{2,60}?)\s*(?:[?.!,]|$)/iu;

export interface PreviousHolderQuestion {
  /** The office's last word as asked, lower case: "commissioner", "clerk", "chair". */
  office: string;
  /** The holder the question says came after, when it names one: never the answer. */
  current: string | null;
}

/** The office a question asks the earlier holder of; null when it asks no such thing. */
export function readPreviousHolderQuestion(question: string): PreviousHolderQuestion | null {
  const groups = PREVIOUS_HOLDER_QUESTION.exec(question)?.groups;
  const asked = groups?.office ?? groups?.officeBefore ?? groups?.officeAs;
  if (!asked) return null;
  // "the chair of the panel": the office is the words before "of"; "Kent's police commissioner": its last word.
  const office = asked.split(/\s+(?:of|for)\s+/i)[0].trim().split(/\s+/).at(-1)!.toLowerCase();
  return { office, current: (groups?.current ?? groups?.preceded ?? null)?.trim() ?? null };
}

/** A word in either case at its first letter or wholly upper case, as minutes print an office: "Commissioner", "COMMISSIONER". */
const spellings = (word: string) => [word, `${word.charAt(0).toUpperCase()}${word.slice(1)}`, word.toUpperCase()];
const anyCase = (...words: string[]) => `(?:${words.flatMap(spellings).join('|')})`;
const EARLIER = anyCase('previous', 'former');
/** An office's words in any of those spellings: "chief constable" matches "Chief Constable" and "CHIEF CONSTABLE". */
export const officeSpelled = (office: string) => office.trim().toLowerCase().split(/\s+/).map((word) => anyCase(word)).join(String.raw`\s+`);
/** A person as minutes name one: a title and one to three names ("Cllr Hale", "Mrs J Ray", "Cllr Imogen Hale"), or two or three capitalised words ("Ann Barnes"). */
export const HOLDER_NAME = String.raw`(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+(?:\p{Lu}\.?\s+)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`;
/**
 * Up to four words of the office's title between "previous" and its last word, capitalised as titles are ("the former
 * Police and Crime Commissioner"): "the previous meeting the Chair, Cllr Hale, …" names no previous chair.
 */
const TITLE_WORDS = String.raw`(?:(?:\p{Lu}[\p{L}-]*|and|&|of)\s+){0,4}?`;

function holderPatterns(office: string): RegExp[] {
  const word = `${anyCase(office)}s?`;
  return [
    new RegExp(String.raw`\b${EARLIER}\s+${TITLE_WORDS}${word},?\s+(?<name>${HOLDER_NAME})`, 'u'),
    new RegExp(String.raw`(?<name>${HOLDER_NAME}),?\s+(?:the\s+|a\s+)?${EARLIER}\s+${TITLE_WORDS}${word}\b`, 'u'),
  ];
}

/** Whether a name found is the holder the question named as the later one ("Matthew Scott" and "Mr M Scott" share a surname). */
function isCurrentHolder(name: string, current: string | null): boolean {
  const surname = (text: string) => text.trim().split(/\s+/).at(-1)!.toLowerCase();
  return current !== null && surname(name) === surname(current);
}

/** The first sentence of a passage that names an earlier holder of the office, with the name. */
function earlierHolderIn(result: SearchResult, question: PreviousHolderQuestion): { name: string; sentence: string } | null {
  const patterns = holderPatterns(question.office);
  for (const sentence of quotableSentences(result.text, result.truncated).sentences) {
    for (const pattern of patterns) {
      const name = pattern.exec(sentence)?.groups?.name;
      if (name && !isCurrentHolder(name, question.current)) return { name, sentence };
    }
  }
  return null;
}

/** How many passages naming a previous or former holder are read, newest first. */
const PASSAGES_READ = 50;

/** The earlier holder of an office the question asks about, from the most recent passage naming one; null when none does. */
export async function answerPreviousHolder(question: string, filters: SearchFilters, search: SearchService): Promise<ChatResponse | null> {
  const asked = readPreviousHolderQuestion(question);
  if (!asked) return null;
  const searches = ['previous', 'former'].map((earlier) => search.search({ q: `${earlier} ${asked.office}`, mode: 'keyword', sort: 'newest', limit: PASSAGES_READ, offset: 0, filters }));
  const responses = await Promise.all(searches);
  const passages = responses.flatMap((response) => response.results).sort((a, b) => (b.meeting.date ?? '').localeCompare(a.meeting.date ?? ''));
  for (const passage of passages) {
    const found = earlierHolderIn(passage, asked);
    if (!found) continue;
    return {
      answer: `The minutes name ${found.name} as a previous ${asked.office} [1]. ${quoteAt(passage, found.sentence)} [1]`,
      citations: [toCitation(passage, 1)],
      results: [passage],
      interpreted: { query: asked.office, filters, preferDecisions: false },
      degraded: responses.find((response) => response.degraded)?.degraded ?? null,
    };
  }
  return null;
}

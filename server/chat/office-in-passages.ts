// "Who is the Chief Constable?" when no attendance list names the office: officers reported on, not present, are named
// in the minutes' text instead ("Chief Constable Jo Shiner said …", "Mr Pughsley, the Chief Constable, …"). The holder
// is read from the most recent passage naming one, never from a "Deputy" or "Assistant" of the office.
import type { SearchFilters } from '../../core/search-types';
import type { ChatResponse, SearchResult } from '../api-types';
import type { SearchService } from '../search';
import { quoteAt, toCitation } from './answer';
import { HOLDER_NAME, officeSpelled } from './previous-holder';
import { quotableSentences } from './sentences';

/** Words before an office that make it another office: "Deputy Chief Constable", "the former Clerk". */
const ANOTHER_OFFICE = /\b(?:deputy|assistant|acting|vice|former|previous|interim|temporary|outgoing|late)[\s-]*$/i;
/** A name that is a sentence's words, not a person's: "Chief Constable The Panel …". */
const NOT_A_NAME = /^(?:The|A|An|This|That|It|He|She|They|His|Her)\b/;

function holderPatterns(office: string): RegExp[] {
  const title = officeSpelled(office);
  return [
    new RegExp(String.raw`${title}\s+(?<name>${HOLDER_NAME})`, 'gu'),
    // "Paul Curtis, the Chief Constable's Chief Finance Officer" holds another office.
    new RegExp(String.raw`(?<name>${HOLDER_NAME}),\s+(?:the\s+)?${title}\b(?!['’]s\b)`, 'gu'),
    new RegExp(String.raw`(?<name>${HOLDER_NAME})\s+\((?:the\s+)?${title}\)`, 'gu'),
  ];
}

/** The first sentence of a passage naming the office's holder (by the office's `holderPatterns`), with the name. */
function holderIn(result: SearchResult, patterns: RegExp[]): { name: string; sentence: string } | null {
  for (const sentence of quotableSentences(result.text, result.truncated).sentences) {
    for (const pattern of patterns) {
      for (const match of sentence.matchAll(pattern)) {
        // Only the first pattern's title starts the match; the others hold their own words between name and title.
        const name = match.groups!.name;
        if (!NOT_A_NAME.test(name) && !ANOTHER_OFFICE.test(sentence.slice(0, match.index))) return { name, sentence };
      }
    }
  }
  return null;
}

/** How many passages naming the office are read, newest first. */
const PASSAGES_READ = 50;

/**
 * The office's holder named in the most recent passage naming one. When passages speak of the office but name no
 * holder, an answer saying so, citing nothing; null when none does ("who is the best person to contact?" is a
 * question for the passages, not an office).
 */
export async function answerOfficeInPassages(office: string, filters: SearchFilters, search: SearchService): Promise<ChatResponse | null> {
  const response = await search.search({ q: `"${office}"`, mode: 'keyword', sort: 'newest', limit: PASSAGES_READ, offset: 0, filters });
  const interpreted = { query: office, filters, preferDecisions: false };
  if (response.results.length === 0) return null;
  const patterns = holderPatterns(office);
  for (const passage of response.results) {
    const found = holderIn(passage, patterns);
    if (!found) continue;
    return {
      answer: `No attendance list names the ${office}; the most recent passage naming one names ${found.name} [1]. ${quoteAt(passage, found.sentence)} [1]`,
      citations: [toCitation(passage, 1)],
      results: [passage],
      interpreted,
      degraded: response.degraded,
    };
  }
  // Minutes speak of an office as "the Chief Constable"; "who was elected Vice-Chair?" names no office, and is left to the passages.
  const spokenOf = new RegExp(String.raw`\b(?:the|The)\s+${officeSpelled(office)}\b`, 'u');
  if (!response.results.some((passage) => spokenOf.test(passage.text))) return null;
  const answer = `No attendance list names the ${office}, and the passages that mention the office do not say who holds it.`;
  return { answer, citations: [], results: [], interpreted, degraded: response.degraded };
}

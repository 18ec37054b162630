// What the notice above the results says about them as a whole: the words they were matched on, words the minutes
// never use, or that none of them is close to the search. Pure: a response in, a sentence or null out.
import { tokenise } from '../../core/text/tokens';
import type { SearchResponse } from '../../server/api-types';
import { quoted } from './dom';
import type { SearchState } from './state';
import { listed } from '../../core/text/lists';

/**
 * What the page knows besides the response: the order, whether filters narrowed the search, and, when the first page
 * could not tell, how many passages hold the words at all (`keywordTotal`, a keyword search of the same words and
 * filters; null when not asked).
 */
export interface NoticeContext {
  sort: SearchState['sort'];
  filtered: boolean;
  keywordTotal: number | null;
}

/**
 * Keyword search matched words the minutes do not hold as the nearest ones they do ("precpet" as "precept"), and found
 * enough that no "did you mean" is offered: the words the results were matched on, said above them and followed by the
 * topic history. Null when the words were searched as typed.
 */
export function readAs(response: SearchResponse): string | null {
  const respelt = response.matching?.suggestion;
  if (!respelt || response.suggestion !== null || response.total === 0) return null;
  // Another ending of the same word ("houses" read as "house") matched anyway: nothing to tell. Word by word, not
  // place by place: words the search set aside ("in 2018", a time the query names) are missing from the reading.
  const formOf = (words: string[]) => (word: string) => words.some((other) => other.startsWith(word) || word.startsWith(other));
  const read = tokenise(respelt);
  // A word no passage holds in any spelling the search tried was offered a nearer word ("beat" as "best") but never
  // searched as it: the results were not matched on the respelling, and saying so would be untrue.
  const unknown = (response.matching?.unknown ?? []).flatMap(tokenise);
  if (!unknown.every(formOf(read))) return null;
  return read.every(formOf(tokenise(response.query))) ? null : respelt;
}

function readAsNotice(response: SearchResponse): string | null {
  const respelt = readAs(response);
  return respelt && `Showing results for ${quoted(respelt)}: the minutes do not hold ${quoted(response.query)} as typed.`;
}

/** Every result on the page was found by meaning alone, below the model's answer threshold. */
export function pageIsLooselyRelated(response: Pick<SearchResponse, 'servedMode' | 'closeSimilarity' | 'results'>): boolean {
  const { servedMode, closeSimilarity, results } = response;
  if (servedMode !== 'hybrid' || closeSimilarity === null || results.length === 0) return false;
  return results.every((result) => result.ranks.keyword === null && result.similarity !== null && result.similarity < closeSimilarity);
}

/**
 * Words and meaning found nothing that holds the words and nothing close in meaning, only passages loosely near them:
 * "5 results for “potholes”" alone reads as if the minutes discussed potholes. Beyond the first page it is known only
 * when no passage holds the words (`keywordTotal` 0) and the results run closest first: then the rest are further still.
 */
export function onlyLooselyRelated(
  response: Pick<SearchResponse, 'servedMode' | 'closeSimilarity' | 'total' | 'results'>,
  { sort, keywordTotal }: Pick<NoticeContext, 'sort' | 'keywordTotal'>,
): boolean {
  const wholeListShown = response.results.length >= response.total || (keywordTotal === 0 && sort === 'relevance');
  return wholeListShown && pageIsLooselyRelated(response);
}

/**
 * Search by meaning always finds something: every passage is some distance from any words, "zzxxqq" included, and
 * "162 results" alone reads as if the minutes covered them. In order of meaning the first page holds the closest, so
 * when all of it is below the model's answer threshold every result is.
 */
export function nothingCloseInMeaning(response: Pick<SearchResponse, 'servedMode' | 'closeSimilarity' | 'results'>, sort: SearchState['sort']): boolean {
  const { servedMode, closeSimilarity, results } = response;
  if (servedMode !== 'semantic' || sort !== 'relevance' || closeSimilarity === null || results.length === 0) return false;
  return results.every((result) => result.similarity !== null && result.similarity < closeSimilarity);
}

function looselyRelatedNotice(response: SearchResponse, context: NoticeContext): string | null {
  // Under filters the minutes outside them may well hold the words: "the minutes may not cover this" would be untrue.
  const where = context.filtered ? 'within the filters ' : '';
  const coverage = context.filtered ? 'Without the filters the search may find more' : 'The minutes may not cover this';
  if (nothingCloseInMeaning(response, context.sort)) {
    return `No paragraph ${where}is close in meaning to ${quoted(response.query)}: the results below are only loosely related. ${coverage}; try other words, or “Exact words”.`;
  }
  if (!onlyLooselyRelated(response, context)) return null;
  const results = response.total === 1 ? 'result below is' : 'results below are';
  return `No paragraph ${where}holds ${quoted(response.query)}, and none is close in meaning: the ${results} only loosely related. ${coverage}.`;
}

/**
 * Words of the search no paragraph holds in any spelling, with no nearer word to offer ("skateboard" of “skateboard
 * park”): the results hold the others, and "Matches your words" on a result about parking reads as if it held them all.
 */
function unknownWordsNotice(response: SearchResponse): string | null {
  const unknown = response.matching?.unknown ?? [];
  if (unknown.length === 0 || response.total === 0 || readAs(response) || response.suggestion) return null;
  return `The minutes never use ${listed(unknown.map(quoted))}, so no result holds ${unknown.length === 1 ? 'it' : 'them'}: they match your other words, or are related in meaning.`;
}

/** The one notice about the results, the most telling first. */
export function resultsNotice(response: SearchResponse, context: NoticeContext): string | null {
  return readAsNotice(response) ?? looselyRelatedNotice(response, context) ?? unknownWordsNotice(response);
}

// What the notice above the results says about them as a whole: the words they were matched on, or that none of
// them is close to the search. Pure: a response in, a sentence or null out.
import type { SearchResponse } from '../../server/api-types';
import { quoted } from './dom';
import type { SearchState } from './state';

/**
 * Keyword search matched words the minutes do not hold as the nearest ones they do ("precpet" as "precept"), and found
 * enough that no "did you mean" is offered: the words the results were matched on, said above them and followed by the
 * topic history. Null when the words were searched as typed.
 */
export function readAs(response: SearchResponse): string | null {
  const respelt = response.matching?.suggestion;
  if (!respelt || response.suggestion !== null || response.total === 0) return null;
  // Another ending of the same word ("houses" read as "house") matched anyway: nothing to tell.
  const typed = response.query.toLowerCase().split(/\s+/);
  const read = respelt.toLowerCase().split(/\s+/);
  const sameWords = typed.length === read.length && typed.every((word, index) => word.startsWith(read[index]) || read[index].startsWith(word));
  return sameWords ? null : respelt;
}

function readAsNotice(response: SearchResponse): string | null {
  const respelt = readAs(response);
  return respelt && `Showing results for ${quoted(respelt)}: the minutes do not hold ${quoted(response.query)} as typed.`;
}

/**
 * Words and meaning found nothing that holds the words and nothing close in meaning, only passages loosely near them:
 * "5 results for “potholes”" alone reads as if the minutes discussed potholes.
 */
export function onlyLooselyRelated(response: Pick<SearchResponse, 'servedMode' | 'closeSimilarity' | 'total' | 'results'>): boolean {
  const { servedMode, closeSimilarity, total, results } = response;
  if (servedMode !== 'hybrid' || closeSimilarity === null || total === 0 || results.length < total) return false;
  return results.every((result) => result.ranks.keyword === null && result.similarity !== null && result.similarity < closeSimilarity);
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

function looselyRelatedNotice(response: SearchResponse, sort: SearchState['sort']): string | null {
  if (nothingCloseInMeaning(response, sort)) {
    return `No paragraph is close in meaning to ${quoted(response.query)}: the results below are only loosely related. The minutes may not cover this; try other words, or “Exact words”.`;
  }
  if (!onlyLooselyRelated(response)) return null;
  return `No paragraph holds ${quoted(response.query)}, and none is close in meaning: the ${response.total === 1 ? 'result below is' : 'results below are'} only loosely related. The minutes may not cover this.`;
}

/** The one notice about the results, the most telling first. */
export function resultsNotice(response: SearchResponse, sort: SearchState['sort']): string | null {
  return readAsNotice(response) ?? looselyRelatedNotice(response, sort);
}

// The time a query names in words ("cadet scheme March 2017", "who was elected chairman in July 2017?"): results from
// meetings held then come first, the others after them in their own order. A preference, not a filter: minutes name
// other meetings' dates too ("the minutes of the meeting held on 28 March 2017"), and those still follow. The legs
// search the query less that time (withoutNamedTimes). Pure.
import { findDateMentions, withoutDateMentions } from '../chat/dates';
import type { SearchFilters } from '../../core/search-types';
import { isContentWord } from '../../core/text/stop-words';
import { holdsTerms } from '../../core/text/tokens';

/** Whether a meeting date (ISO) falls in the period the query names; null when it names none or a date filter is set. */
export function namedPeriod(query: string, filters: SearchFilters): ((date: string | null) => boolean) | null {
  if (filters.from || filters.to || (filters.year && filters.year.length > 0)) return null;
  const mentions = findDateMentions(query);
  if (mentions.length === 0) return null;
  return (date) =>
    date !== null &&
    mentions.some(({ years, from, to }) => (years ? years.includes(Number(date.slice(0, 4))) : (!from || date >= from) && (!to || date <= to)));
}

/**
 * The query as both legs search it: less the times it names ("mental health update July 2017" → "mental health
 * update"). Kept in, "July 2017" matched every passage that mentions some meeting of that month ("the minutes of the
 * meeting held on 20 July 2017"), and a model places a month nowhere useful; the time itself is served by the period
 * preference above or by a date filter. A bare year stays ("how many officers now compared with 2010"): without a month
 * or a cue word ("in 2017") it is as often part of the topic. So does a time inside a "quoted phrase", which must be
 * found as written, and a query that is nothing but a time.
 */
export function withoutNamedTimes(query: string): string {
  const quoted = [...query.matchAll(/"[^"]*"/g)].map((phrase) => ({ start: phrase.index, end: phrase.index + phrase[0].length }));
  const inPhrase = (start: number) => quoted.some((phrase) => start >= phrase.start && start < phrase.end);
  const times = findDateMentions(query).filter(({ start, end }) => !BARE_YEAR.test(query.slice(start, end)) && !inPhrase(start));
  if (times.length === 0) return query;
  const rest = withoutDateMentions(query, times);
  return holdsTerms(rest, 1, isContentWord) ? rest : query;
}

const BARE_YEAR = /^\s*\d{4}\s*$/;

/**
 * The entries in the named period that the search found closely (`isClose`) first, each part in its own order (a
 * stable partition). Only close ones: "human trafficking workshops March 2017" names when the workshops were held, in
 * the minutes of a July meeting, and every passage of the March meeting (on cadets, found by meaning far down the
 * window) had come before the one passage holding the words.
 */
export function periodFirst<T extends { date: string | null }>(
  entries: T[],
  inPeriod: ((date: string | null) => boolean) | null,
  isClose: (entry: T) => boolean = () => true,
): T[] {
  if (!inPeriod) return entries;
  const first = (entry: T) => inPeriod(entry.date) && isClose(entry);
  const inside = entries.filter(first);
  return inside.length === 0 ? entries : [...inside, ...entries.filter((entry) => !first(entry))];
}

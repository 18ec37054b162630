// The time a query names in words ("cadet scheme March 2017", "who was elected chairman in July 2017?"): results from
// meetings held then come first, the others after them in their own order. A preference, not a filter: minutes name
// other meetings' dates too ("the minutes of the meeting held on 28 March 2017"), and those still follow. Pure.
import { findDateMentions } from '../chat/dates';
import type { SearchFilters } from '../../core/search-types';

/** Whether a meeting date (ISO) falls in the period the query names; null when it names none or a date filter is set. */
export function namedPeriod(query: string, filters: SearchFilters): ((date: string | null) => boolean) | null {
  if (filters.from || filters.to || (filters.year && filters.year.length > 0)) return null;
  const mentions = findDateMentions(query);
  if (mentions.length === 0) return null;
  return (date) =>
    date !== null &&
    mentions.some(({ years, from, to }) => (years ? years.includes(Number(date.slice(0, 4))) : (!from || date >= from) && (!to || date <= to)));
}

/** The entries in the named period first, each part in its own order (a stable partition). */
export function periodFirst<T extends { date: string | null }>(entries: T[], inPeriod: ((date: string | null) => boolean) | null): T[] {
  if (!inPeriod) return entries;
  const inside = entries.filter((entry) => inPeriod(entry.date));
  return inside.length === 0 ? entries : [...inside, ...entries.filter((entry) => !inPeriod(entry.date))];
}

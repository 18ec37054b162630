// The search as the address bar holds it: parsed from and written to query strings,
// so every search is a permalink and the API request is built from the same parameters.
import type { SearchMode } from '../../server/api-types';
import type { SortOrder } from '../../core/search-types';

export interface FilterState {
  body: string[];
  year: number[];
  speaker: string[];
  /** Inclusive ISO dates, or '' when open. */
  from: string;
  to: string;
  decisions: boolean;
}

export interface SearchState {
  q: string;
  mode: SearchMode;
  sort: SortOrder;
  /** Client-only: show results under their meeting. */
  groupByMeeting: boolean;
  filters: FilterState;
}

export const DEFAULT_MODE: SearchMode = 'hybrid';
export const DEFAULT_SORT: SortOrder = 'relevance';
export const SEARCH_MODES: readonly SearchMode[] = ['hybrid', 'keyword', 'semantic'];
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyFilters(): FilterState {
  return { body: [], year: [], speaker: [], from: '', to: '', decisions: false };
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  return {
    q: params.get('q') ?? '',
    mode: oneOf(params.get('mode'), SEARCH_MODES, DEFAULT_MODE),
    sort: oneOf(params.get('sort'), SORT_ORDERS, DEFAULT_SORT),
    groupByMeeting: params.get('group') === 'meeting',
    filters: {
      body: unique(params.getAll('body').filter(Boolean)),
      year: unique(params.getAll('year').map(Number).filter((year) => Number.isInteger(year) && year > 0)),
      speaker: unique(params.getAll('speaker').filter(Boolean)),
      from: date('from'),
      to: date('to'),
      decisions: params.get('decisions') === 'true',
    },
  };
}

/** The parameters /api/search understands; defaults are left out so permalinks stay short. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.mode !== DEFAULT_MODE) params.set('mode', state.mode);
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  const { filters } = state;
  for (const body of filters.body) params.append('body', body);
  for (const year of filters.year) params.append('year', String(year));
  for (const speaker of filters.speaker) params.append('speaker', speaker);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.decisions) params.set('decisions', 'true');
  return params;
}

/** The query string of the page's address: the API parameters plus the view options. */
export function locationQueryOf(state: SearchState): string {
  const params = searchParamsOf(state);
  if (state.groupByMeeting) params.set('group', 'meeting');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** How many filter values are set: each body, year and speaker, each date bound and "decisions only". */
export function activeFilterCount(filters: FilterState): number {
  const bounds = [filters.from, filters.to].filter(Boolean).length;
  return filters.body.length + filters.year.length + filters.speaker.length + bounds + (filters.decisions ? 1 : 0);
}

/** The filters in words, for a sentence: "Kent and Medway Police and Crime Panel; 2017; from 2017-06-01; decisions only". */
export function describeFilters(filters: FilterState): string {
  const dates = filters.from && filters.to ? `${filters.from} to ${filters.to}` : filters.from ? `from ${filters.from}` : filters.to ? `until ${filters.to}` : '';
  const speakers = filters.speaker.length ? `said by ${filters.speaker.join(' or ')}` : '';
  return [filters.body.join(' or '), filters.year.join(' or '), dates, speakers, filters.decisions ? 'decisions only' : ''].filter(Boolean).join('; ');
}

export function hasFilters(filters: FilterState): boolean {
  return activeFilterCount(filters) > 0;
}

/** Adds the value when absent, removes it when present. */
export function toggled<T>(values: T[], value: T): T[] {
  return values.includes(value) ? values.filter((existing) => existing !== value) : [...values, value];
}

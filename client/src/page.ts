// The page's fixed elements (index.html) and the state of one open page, passed explicitly to every view.
import type { FacetCounts } from '../../core/search-types';
import type { SearchResponse, SearchResult } from '../../server/api-types';
import type { HealthResponse } from './api';
import type { ChatBox } from './chat';
import type { SearchState } from './state';

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page is missing #${id}`);
  return element as T;
}

export function findPageElements() {
  return {
    form: byId<HTMLFormElement>('search-form'),
    input: byId<HTMLInputElement>('search-input'),
    sort: byId<HTMLSelectElement>('sort-select'),
    group: byId<HTMLInputElement>('group-toggle'),
    exportCsv: byId<HTMLButtonElement>('export-csv'),
    exportJson: byId<HTMLButtonElement>('export-json'),
    status: byId('result-status'),
    toolbarControls: byId('toolbar-controls'),
    notices: byId('notices'),
    main: byId('main'),
    results: byId('results'),
    more: byId('more-results'),
    follow: byId('follow'),
    searchView: byId('search-view'),
    meetingView: byId('meeting-view'),
    topicView: byId('topic-view'),
    topicLink: byId<HTMLAnchorElement>('topic-link'),
    refine: byId('refine'),
    refineDetails: byId<HTMLDetailsElement>('refine-details'),
    timeline: byId('timeline'),
    filters: byId('filters'),
    filterSummary: byId('filter-summary'),
    jumpToFilters: byId<HTMLAnchorElement>('jump-to-filters'),
    chat: byId('chat'),
    footer: byId('index-summary'),
  };
}

export type PageElements = ReturnType<typeof findPageElements>;

/** The search on screen. */
export interface ShownSearch {
  state: SearchState;
  /** The API parameters the response answers, to tell a new search from a view change. */
  key: string;
  response: SearchResponse;
  results: SearchResult[];
  /** Where the next page starts: pages are counted in requested rows, as the server may fold copies within a page. */
  nextOffset: number;
  /** The filter lists' counts: bodies and speakers each without their own filter, so another can be ticked. */
  facets: FacetCounts;
  /** Year counts without the year filter, so the timeline keeps every year while some are selected. */
  yearCounts: Record<string, number>;
  /** Matches without a date, which the timeline cannot show. */
  undatedCount: number;
  /** With no result under the filters, how many the words find without them; null otherwise. */
  unfilteredTotal: number | null;
  /** With a first page only loosely related and more after it, how many passages hold the words; null otherwise. */
  keywordTotal: number | null;
}

/** What one open page remembers between events. */
export interface Session {
  health: HealthResponse | null;
  shown: ShownSearch | null;
  searchInFlight: AbortController | null;
  meetingInFlight: AbortController | null;
  typingTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The link followed last from the search view (a result's "open in context", a chat answer's source), focused again
   * when the search view comes back: a result by its address, as the results are drawn anew; a source as itself.
   */
  lastOpened: { href: string; link: HTMLAnchorElement } | null;
  /** The address the search box's typing last showed, and when: typing on within moments refines that entry, not a new one. */
  typedEntry: TypedEntry | null;
}

export interface TypedEntry {
  href: string;
  shownAt: number;
}

export function newSession(): Session {
  return { health: null, shown: null, searchInFlight: null, meetingInFlight: null, typingTimer: undefined, lastOpened: null, typedEntry: null };
}

/** Moving between views: every view gets these rather than importing the router, so no module imports back up. */
export interface Navigation {
  /** `from`: the search view's address a meeting is opened from, kept in the history entry for its back link. */
  navigate(href: string, options?: { replace?: boolean; from?: string }): void;
  updateSearch(change: Partial<SearchState>, options?: { replace?: boolean }): void;
  currentState(): SearchState;
}

/** What a history entry holds besides its address. */
export interface EntryState {
  /** The search view's address the meeting on screen was opened from (a chat's source may name another search). */
  from?: string;
}

/** The search a meeting was opened from, when it was opened from the page's search view. */
export function openedFrom(): string | undefined {
  return (history.state as EntryState | null)?.from;
}

export interface PageContext {
  page: PageElements;
  session: Session;
  navigation: Navigation;
  chat: ChatBox;
}

// A followed search as one canonical query string (stored with a subscription, written into feed and page links),
// and the absolute addresses emails and feeds point to.
import type { Request } from 'express';
import type { AlertSettings } from '../../core/config';
import type { SearchFilters } from '../../core/search-types';
import type { SearchMode, SearchParams } from '../api-types';
import { paragraphLink } from '../topics/history';
import { parseSearchQuery } from '../validation';

/** What a subscription or a feed follows: the words, the mode and the filters (no page, no sort). */
export interface FollowedSearch {
  q: string;
  mode: SearchMode;
  filters: SearchFilters;
}

/**
 * The query string /api/search and the page both read (no leading "?"), defaults left out, filters in a fixed
 * order: the same search is always the same string, so a second subscription to it is recognised.
 */
export function searchQueryOf(search: FollowedSearch): string {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q.trim());
  if (search.mode !== 'hybrid') params.set('mode', search.mode);
  const { filters } = search;
  for (const body of [...(filters.body ?? [])].sort()) params.append('body', body);
  for (const year of [...(filters.year ?? [])].sort()) params.append('year', String(year));
  for (const speaker of [...(filters.speaker ?? [])].sort()) params.append('speaker', speaker);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.decisionsOnly) params.set('decisions', 'true');
  if (filters.meetingId) params.set('meeting', filters.meetingId);
  if (filters.documentId) params.set('document', filters.documentId);
  if (filters.kind) params.set('kind', filters.kind);
  return params.toString();
}

/** A stored or requested query string back into a search, through the same validation as /api/search. */
export function followedSearchOf(query: unknown): FollowedSearch {
  const { q, mode, filters }: SearchParams = parseSearchQuery(query);
  return { q: q.trim(), mode, filters };
}

export function followedSearchFromString(searchQuery: string): FollowedSearch {
  const params = new URLSearchParams(searchQuery);
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return followedSearchOf(query);
}

/** How a person would name the search: its words, or "every new paragraph" with its filters. */
export function describeSearch(search: FollowedSearch): string {
  const { filters } = search;
  const parts = [search.q ? `“${search.q}”` : 'every new paragraph'];
  if (search.mode !== 'hybrid') parts.push(`(${search.mode})`);
  if (filters.body?.length) parts.push(`in ${filters.body.join(', ')}`);
  if (filters.speaker?.length) parts.push(`said by ${filters.speaker.join(', ')}`);
  if (filters.year?.length) parts.push(`in ${filters.year.join(', ')}`);
  if (filters.from) parts.push(`from ${filters.from}`);
  if (filters.to) parts.push(`to ${filters.to}`);
  if (filters.decisionsOnly) parts.push('decisions only');
  return parts.join(' ');
}

/** Where people reach the page: PUBLIC_URL, else the host this request came to. */
export function publicOriginOf(settings: Pick<AlertSettings, 'publicUrl'>, request: Pick<Request, 'protocol' | 'get'>): string {
  return settings.publicUrl ?? `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

export interface ParagraphPlace {
  meetingId: string;
  itemId: string;
  paragraphIndex: number | null;
}

/** The paragraph in context in the page, with the search riding along (the page's `/meetings/<id>?q=…#<anchor>`). */
export function paragraphPermalink(origin: string, place: ParagraphPlace, search: FollowedSearch): string {
  return origin + paragraphLink(place.meetingId, place.itemId, place.paragraphIndex, searchQueryOf(search));
}

// The page's addresses. `/?q=…` is a search; `/meetings/<id>?q=…#<anchor>` is a whole meeting with
// one paragraph marked (the search rides along so "back to results" and term marking work from a shared link);
// `/topics?q=…` is the topic history of the search's words under its filters.
import { anchorOf, meetingPath } from '../../core/links';
import { locationQueryOf, parseSearchState, type SearchState } from './state';

export type Route =
  | { name: 'search'; state: SearchState }
  | { name: 'meeting'; meetingId: string; anchor: string | null; state: SearchState }
  | { name: 'topic'; state: SearchState }
  | { name: 'not-found'; path: string };

const MEETING_PATH = /^\/meetings\/([^/]+)\/?$/;

/**
 * A meeting id or paragraph anchor without what a sentence left on the end of a pasted link ("… (see …/meetings/<id>).",
 * "<…#<anchor>>"): ids and anchors are letters, digits, - and _ only, so nothing after the last of those is theirs.
 */
export function withoutTrailingProse(id: string): string {
  return id.replace(/[^\w-]+$/, '');
}

export function routeOf(location: Pick<Location, 'pathname' | 'search' | 'hash'>): Route {
  const state = parseSearchState(new URLSearchParams(location.search));
  if (location.pathname === '/' || location.pathname === '/index.html') return { name: 'search', state };
  if (location.pathname === '/topics' || location.pathname === '/topics/') return { name: 'topic', state };
  const meeting = MEETING_PATH.exec(location.pathname);
  if (meeting) {
    const anchor = withoutTrailingProse(decodeURIComponent(location.hash.slice(1))) || null;
    return { name: 'meeting', meetingId: withoutTrailingProse(decodeURIComponent(meeting[1])), anchor, state };
  }
  return { name: 'not-found', path: location.pathname };
}

export { anchorOf };

export function searchHref(state: SearchState): string {
  return `/${locationQueryOf(state)}`;
}

export function topicHref(state: SearchState): string {
  return `/topics${locationQueryOf(state)}`;
}

export function meetingHref(meetingId: string, anchor: string | null, state: SearchState | null): string {
  return meetingPath(meetingId, state ? locationQueryOf(state) : '', anchor);
}

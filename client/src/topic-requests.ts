// The topic history view's requests after its first page: more of the timeline, the in-passing meetings, the whole
// history for an export; each stops when the page moves on, and says what failed where the reader is.
import type { TopicHistoryPage, TopicHistoryResponse, TopicMeeting } from '../../server/api-types';
import * as api from './api';
import { searchParamsOf, type SearchState } from './state';

/** The history a view shows: the search it follows, and the signal its requests stop on when the page moves on. */
export interface TopicView {
  state: SearchState;
  signal: AbortSignal;
}

/** The API parameters a topic history understands: the search's words, mode and filters, no paging or sort. */
export function topicParams(state: SearchState): URLSearchParams {
  const params = searchParamsOf(state);
  for (const key of ['limit', 'offset', 'sort', 'group']) params.delete(key);
  return params;
}

/** A page of the history of the view's search: `paging` sets limit, offset and passing. */
export function fetchHistory({ state, signal }: TopicView, paging: Record<string, string>): Promise<TopicHistoryPage> {
  const params = topicParams(state);
  for (const [key, value] of Object.entries(paging)) params.set(key, value);
  return api.topics(params, signal);
}

/**
 * The whole history as an export holds it: every discussed meeting and every in-passing one with its passages. Asked
 * for in one request (`total` is within the API's limit); should the minutes have changed since, the rest is read on.
 */
export async function wholeHistory(view: TopicView, total: number): Promise<TopicHistoryResponse> {
  const meetings: TopicMeeting[] = [];
  let wanted = total;
  let sent: TopicHistoryPage;
  do {
    sent = await fetchHistory(view, { passing: 'true', offset: String(meetings.length), limit: String(Math.max(1, wanted - meetings.length)) });
    meetings.push(...sent.meetings);
    wanted = sent.page.total;
  } while (sent.meetings.length > 0 && meetings.length < wanted);
  const { page: _page, inPassing, ...whole } = sent;
  return { ...whole, meetings, inPassing: { count: inPassing.count, meetings: inPassing.meetings ?? [] } };
}

/**
 * Marks `busy` (what is being filled) busy while a request runs, and the `control` that started it disabled, without
 * taking it out of the focus order; a second press meanwhile is ignored.
 */
export async function whileBusy(busy: HTMLElement, run: () => Promise<void>, control?: HTMLElement): Promise<void> {
  if (busy.hasAttribute('aria-busy')) return;
  busy.setAttribute('aria-busy', 'true');
  control?.setAttribute('aria-disabled', 'true');
  try {
    await run();
  } finally {
    busy.removeAttribute('aria-busy');
    control?.removeAttribute('aria-disabled');
  }
}

/** What a failed later request says in `status`; nothing when the page moved on and aborted it. */
export function reportFailure(status: HTMLElement, what: string, error: unknown): void {
  if (!api.isAbort(error)) status.textContent = `${what}: ${api.describeFailure(error)}.`;
}

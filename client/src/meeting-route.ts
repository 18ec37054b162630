// The meeting view of a permalink (`/meetings/<id>?q=…#<anchor>`): loads the meeting once, then only scrolls to the
// paragraph the address names; and the page shown for an address that names nothing.
import * as api from './api';
import { formatDate, h, pageTitle } from './dom';
import { pointBackTo, renderMeeting, revealAnchor, sayWhenAnchorMissing } from './meeting-view';
import { openedFrom, type PageContext } from './page';
import { searchHref } from './routes';
import type { SearchState } from './state';

export function showNotFound({ page }: PageContext, path: string): void {
  document.title = pageTitle('Page not found');
  delete page.meetingView.dataset.meetingId;
  page.meetingView.replaceChildren(
    h('h2', {}, 'Page not found'),
    h('p', {}, `There is no page at ${path}. `, h('a', { href: '/', 'data-route': true }, 'Start a new search'), '.'),
  );
}

/** What a refused meeting address means to a reader: the API's own words name its parameters ("id: expected letters…"). */
const MEETING_REFUSALS: Record<number, string> = {
  400: 'This address does not name a meeting: the link may have been cut short or changed on the way.',
  404: 'This meeting is not in the index (it may have been removed).',
};

/** Loads the meeting into the view; false when it could not be shown (the view then says why). */
async function loadMeeting({ page }: PageContext, meetingId: string, state: SearchState, signal: AbortSignal, retry: () => void): Promise<boolean> {
  page.meetingView.setAttribute('aria-busy', 'true');
  page.meetingView.replaceChildren(h('p', { class: 'muted' }, 'Opening the meeting…'));
  try {
    const meeting = await api.meeting(meetingId, state.q, signal);
    page.meetingView.replaceChildren(renderMeeting(meeting, state));
    page.meetingView.dataset.title = pageTitle(`${meeting.body ?? meeting.title}, ${formatDate(meeting.date)}`);
    page.meetingView.dataset.meetingId = meetingId;
    page.meetingView.dataset.search = searchHref(state);
    return true;
  } catch (error) {
    if (api.isAbort(error)) return false;
    delete page.meetingView.dataset.meetingId;
    const status = error instanceof api.ApiError ? error.status : null;
    document.title = pageTitle(status === 404 ? 'Meeting not found' : 'Meeting not opened');
    const refusal = MEETING_REFUSALS[status ?? 0];
    const message = refusal ?? `The meeting could not be opened: ${api.describeFailure(error)}.`;
    page.meetingView.replaceChildren(
      h(
        'div',
        { class: 'state state-error', role: 'alert' },
        h('p', {}, message),
        // A refused address fails the same way every time; the server unreachable or failing may answer a second try.
        h('p', { class: 'state-actions' }, !refusal && h('button', { type: 'button', onclick: retry }, 'Try again'), h('a', { href: searchHref(state), 'data-route': true }, 'Back to search')),
      ),
    );
    return false;
  } finally {
    page.meetingView.removeAttribute('aria-busy');
  }
}

export async function showMeeting(context: PageContext, meetingId: string, anchor: string | null, state: SearchState): Promise<void> {
  const { page, session } = context;
  session.meetingInFlight?.abort();
  const controller = new AbortController();
  session.meetingInFlight = controller;
  // Moving between paragraphs of the meeting on screen only scrolls; the search rides along for the back link.
  const loaded = page.meetingView.dataset.meetingId === meetingId && page.meetingView.dataset.search === searchHref(state);
  const retry = () => void showMeeting(context, meetingId, anchor, state);
  if (!loaded && !(await loadMeeting(context, meetingId, state, controller.signal, retry))) return;
  document.title = page.meetingView.dataset.title ?? pageTitle(null);
  pointBackTo(page.meetingView, openedFrom());
  const revealed = revealAnchor(page.meetingView, anchor);
  sayWhenAnchorMissing(page.meetingView, anchor !== null && !revealed);
  if (!revealed) {
    const heading = document.getElementById('meeting-heading');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }
}

// The topic history view (`/topics?q=…`): one subject followed across meetings as a vertical timeline, oldest first,
// each meeting with its passages and decisions and a jump to the paragraph in context; the first mention and the
// latest decision picked out; meetings that only touched the subject folded away; export for a researcher's notes.
// The API sends a page of the timeline at a time ("Show more meetings" appends the next), the in-passing meetings when
// their fold is opened, and the whole history when it is exported.
import { passageSnippets } from '../../core/text/snippets';
import type { TopicHistoryPage, TopicHistoryResponse, TopicMeeting, TopicMoment, TopicPassage } from '../../server/api-types';
import * as api from './api';
import { download, exportFileName } from './export';
import { formatDate, h, highlightNodes, itemLabel, pageTitle, plural, quoted } from './dom';
import type { PageContext } from './page';
import { anchorOf, meetingHref, searchHref, topicHref } from './routes';
import { historyToCsv, historyToMarkdown, meetingTitle, quotedPassages } from './topic-export';
import { describeFilters, emptyFilters, hasFilters, type SearchState } from './state';
import { fetchHistory, reportFailure, topicParams, type TopicView, wholeHistory, whileBusy } from './topic-requests';

function passageLink(meetingId: string, passage: TopicPassage, state: SearchState): string {
  return meetingHref(meetingId, anchorOf(passage.item.id, passage.paragraphIndex), state);
}

/**
 * How the view shows a history: the search it came from, each passage's snippet (marked here, not by the server), and
 * the signal its later requests (more meetings, the in-passing ones, the export) stop on when the page moves on.
 */
interface Shown extends TopicView {
  snippetOf: (passage: TopicPassage) => string;
}

/** A passage's snippet with the search's words marked, as a search result's (core/text/snippets.ts; escaped HTML, <mark> only). */
export function topicSnippets(history: Pick<TopicHistoryResponse, 'marks'>): (passage: TopicPassage) => string {
  const snippet = passageSnippets(history.marks);
  return (passage) => snippet(passage.text, passage.byWords);
}

function renderPassage(meetingId: string, passage: TopicPassage, { state, snippetOf }: Shown): HTMLElement {
  return h(
    'li',
    { class: passage.decision ? 'topic-passage topic-decision' : 'topic-passage' },
    passage.decision ? h('span', { class: 'badge badge-decision' }, 'Decision') : null,
    h('blockquote', {}, ...highlightNodes(snippetOf(passage))),
    h(
      'p',
      { class: 'topic-passage-meta' },
      passage.speaker ? `${passage.speaker} · ` : '',
      itemLabel(passage.item),
      ' · ',
      h('a', { href: passageLink(meetingId, passage, state), 'data-route': true }, 'Read in context'),
    ),
  );
}

/**
 * How many passages of the meeting speak to the subject; when there are more than the history quotes ("11 passages"
 * above three), that only the best are quoted and the way to read the rest, the meeting with the search's words marked.
 */
function mentionsLine(entry: TopicMeeting, { state }: Shown): (string | HTMLElement)[] {
  const mentions = `${plural(entry.mentions, 'passage')} on this subject`;
  if (entry.mentions <= entry.passages.length) return [mentions];
  const rest = h('a', { href: meetingHref(entry.meeting.id, null, state), 'data-route': true }, 'read the meeting for the rest');
  return [`${mentions}; the ${entry.passages.length} that match best are quoted here, `, rest];
}

function renderMeeting(entry: TopicMeeting, shown: Shown): HTMLElement {
  return h(
    'li',
    { class: 'topic-meeting' },
    // Focusable by script only: "Show more meetings" moves focus to the first meeting it added.
    h('h3', { tabindex: '-1' }, h('time', { datetime: entry.meeting.date ?? undefined }, entry.meeting.date ? formatDate(entry.meeting.date) : 'Date unknown')),
    h('p', { class: 'topic-meeting-meta' }, entry.meeting.body ?? entry.meeting.title, ' · ', ...mentionsLine(entry, shown)),
    h('ul', { class: 'topic-passages' }, ...quotedPassages(entry).map((passage) => renderPassage(entry.meeting.id, passage, shown))),
  );
}

function renderMoment(label: string, moment: TopicMoment | null, shown: Shown): HTMLElement | null {
  if (!moment) return null;
  return h(
    'div',
    { class: 'topic-moment' },
    h('h3', {}, label),
    h('p', { class: 'topic-meeting-meta' }, meetingTitle(moment)),
    h('ul', { class: 'topic-passages' }, renderPassage(moment.meeting.id, moment.passage, shown)),
  );
}

/** Export buttons: each reads the whole history (once; the page shows only part of it) and saves it. */
function exportButtons(history: TopicHistoryPage, shown: Shown): HTMLElement {
  const origin = location.origin;
  const status = h('p', { class: 'topic-export-status', role: 'status', 'aria-live': 'polite' });
  const buttons = h('div', { class: 'topic-export' });
  let whole: Promise<TopicHistoryResponse> | null = null;
  const save = (extension: 'csv' | 'json' | 'md', type: string, content: (full: TopicHistoryResponse) => string) => {
    const button = h('button', { type: 'button', class: 'secondary' }, `Export ${extension === 'md' ? 'Markdown' : extension.toUpperCase()}`);
    button.addEventListener('click', () => {
      void whileBusy(buttons, async () => {
        status.textContent = 'Gathering the whole history…';
        try {
          whole ??= wholeHistory(shown, history.page.total);
          const full = await whole;
          const fileName = exportFileName(`topic ${history.query}`, extension);
          download(fileName, type, content(full));
          status.textContent = `Exported ${plural(full.meetings.length + full.inPassing.meetings.length, 'meeting')} as ${fileName}.`;
        } catch (error) {
          whole = null;
          status.textContent = '';
          reportFailure(status, 'The export could not be made', error);
        }
      }, button);
    });
    return button;
  };
  buttons.append(
    save('csv', 'text/csv', (full) => historyToCsv(full, origin)),
    save('json', 'application/json', (full) => JSON.stringify(full, null, 2)),
    save('md', 'text/markdown', (full) => historyToMarkdown(full, origin)),
  );
  return h('div', {}, buttons, status);
}

/**
 * "Show N more meetings" under the timeline while some are not shown: appends the next page and moves focus to the
 * first meeting it added (the button may be gone by then); the status line says how many are shown. Null when all are.
 */
function moreMeetings(history: TopicHistoryPage, timeline: HTMLElement, shown: Shown): HTMLElement | null {
  const { total, limit } = history.page;
  let listed = history.page.offset + history.meetings.length;
  if (listed >= total || limit === 0) return null;
  // Each page is worked out afresh: after an upload one may repeat a meeting already shown.
  const shownIds = new Set(history.meetings.map((entry) => entry.meeting.id));
  const status = h('p', { class: 'topic-more-status', role: 'status', 'aria-live': 'polite' }, `Showing ${listed} of ${plural(total, 'meeting')}.`);
  const button = h('button', { type: 'button', class: 'secondary topic-more' });
  const label = () => (button.textContent = `Show ${plural(Math.min(limit, total - listed), 'more meeting')}`);
  label();
  button.addEventListener('click', () => {
    void whileBusy(timeline, async () => {
      status.textContent = 'Loading more meetings…';
      try {
        const next = await fetchHistory(shown, { offset: String(listed), limit: String(limit) });
        const added = next.meetings.filter((entry) => !shownIds.has(entry.meeting.id)).map((entry) => renderMeeting(entry, shown));
        next.meetings.forEach((entry) => shownIds.add(entry.meeting.id));
        timeline.append(...added);
        listed += next.meetings.length;
        status.textContent = `Showing ${shownIds.size} of ${plural(next.page.total, 'meeting')}.`;
        if (next.meetings.length === 0 || listed >= next.page.total) button.remove();
        else label();
        added[0]?.querySelector('h3')?.focus();
      } catch (error) {
        status.textContent = '';
        reportFailure(status, 'More meetings could not be loaded', error);
      }
    }, button);
  });
  return h('div', { class: 'topic-more-meetings' }, button, status);
}

/** The meetings that only touched the subject, folded away: read from the API when the fold is first opened. */
function passingMeetings(history: TopicHistoryPage, shown: Shown): HTMLElement | null {
  const { count } = history.inPassing;
  if (count === 0) return null;
  const list = h('ol', { class: 'topic-timeline' });
  const status = h('p', { class: 'topic-passing-status muted', role: 'status', 'aria-live': 'polite' });
  const details = h('details', { class: 'topic-passing' }, h('summary', {}, `${plural(count, 'meeting')} only mentioned it in passing`), status, list);
  const show = (meetings: TopicMeeting[]) => list.replaceChildren(...meetings.map((entry) => renderMeeting(entry, shown)));
  let loaded = history.inPassing.meetings !== null;
  if (history.inPassing.meetings) show(history.inPassing.meetings);
  details.addEventListener('toggle', () => {
    if (!details.open || loaded) return;
    void whileBusy(list, async () => {
      status.textContent = `Loading ${plural(count, 'meeting')}…`;
      try {
        const sent = await fetchHistory(shown, { passing: 'true', limit: '0' });
        show(sent.inPassing.meetings ?? []);
        loaded = true;
        status.textContent = '';
      } catch (error) {
        status.textContent = '';
        reportFailure(status, 'These meetings could not be loaded (close and open again to retry)', error);
      }
    });
  });
  return details;
}

/** Followed from a filtered search, the history holds only what the filters let through: said, with a way out. */
function filtersNote(state: SearchState): HTMLElement | null {
  if (!hasFilters(state.filters)) return null;
  return h(
    'p',
    { class: 'notice topic-filters' },
    `Limited to the search's filters: ${describeFilters(state.filters)}. `,
    h('a', { href: topicHref({ ...state, filters: emptyFilters() }), 'data-route': true }, 'Follow it across every meeting'),
    '.',
  );
}

const foundNothing = (history: TopicHistoryPage) => history.page.total + history.inPassing.count === 0;

/**
 * The first page of the history as the view shows it; `view`: the search it follows and the signal its later requests
 * stop on. `respelt`: the words the minutes hold nearest a subject that found nothing ("precpet": "precept"), offered instead.
 */
export function renderTopicHistory(history: TopicHistoryPage, view: TopicView, respelt: string | null = null): HTMLElement {
  const { state } = view;
  const heading = h('h2', { id: 'topic-heading', tabindex: '-1' }, `Topic history: ${quoted(history.query)}`);
  const back = h('a', { href: searchHref(state), 'data-route': true }, `← Back to results for ${quoted(state.q)}`);
  if (foundNothing(history)) {
    return h(
      'div',
      {},
      back,
      heading,
      filtersNote(state),
      h('p', { class: 'state' }, 'No meeting in the index discussed this subject. Try other words, or fewer filters.'),
      respelt && h('p', { class: 'suggestion' }, 'Did you mean ', h('a', { href: topicHref({ ...state, q: respelt }), 'data-route': true }, respelt), '?'),
    );
  }
  const summary = `Discussed at ${plural(history.page.total, 'meeting')}` + (history.inPassing.count > 0 ? `; mentioned in passing at ${plural(history.inPassing.count, 'other meeting')}` : '') + '.';
  const shown: Shown = { ...view, snippetOf: topicSnippets(history) };
  const timeline = h('ol', { class: 'topic-timeline topic-discussed', 'aria-label': 'Meetings, oldest first' }, ...history.meetings.map((entry) => renderMeeting(entry, shown)));
  return h(
    'div',
    {},
    back,
    heading,
    h('p', { class: 'topic-summary' }, summary, history.undated > 0 ? ` ${plural(history.undated, 'meeting')} without a date ${history.undated === 1 ? 'is' : 'are'} listed last.` : ''),
    filtersNote(state),
    history.degraded ? h('p', { class: 'notice', role: 'note' }, history.degraded) : null,
    h('div', { class: 'topic-moments' }, renderMoment('First raised', history.firstMention, shown), renderMoment('Latest decision', history.latestDecision, shown)),
    exportButtons(history, shown),
    timeline,
    moreMeetings(history, timeline, shown),
    passingMeetings(history, shown),
  );
}

/**
 * The words the minutes hold nearest a subject that found nothing, as the search box's "did you mean" reads them: a
 * misspelt subject ("precpet") was a dead end here, though its search showed results for "precept". Null when none.
 */
async function spellingOf(state: SearchState, signal: AbortSignal): Promise<string | null> {
  const params = topicParams({ ...state, mode: 'keyword' });
  params.set('limit', '1');
  const response = await api.search(params, signal).catch((error: unknown) => {
    if (api.isAbort(error)) throw error;
    return null;
  });
  const suggestion = response?.suggestion ?? response?.matching?.suggestion ?? null;
  return suggestion && suggestion.toLowerCase() !== state.q.trim().toLowerCase() ? suggestion : null;
}

export async function showTopicHistory(context: PageContext, state: SearchState): Promise<void> {
  const { page, session } = context;
  session.meetingInFlight?.abort();
  if (!state.q.trim()) {
    // An address with no subject (a bookmark, a link cut short): say what the view is for rather than the API's refusal.
    document.title = pageTitle('Topic history');
    page.topicView.replaceChildren(
      h('h2', { id: 'topic-heading', tabindex: '-1' }, 'Topic history'),
      h('p', { class: 'state' }, 'Search for a subject first; its topic history follows it across the meetings, oldest first. ', h('a', { href: searchHref(state), 'data-route': true }, 'Start a search'), '.'),
    );
    return;
  }
  document.title = pageTitle(`Topic history: ${quoted(state.q)}`);
  const controller = new AbortController();
  session.meetingInFlight = controller;
  page.topicView.setAttribute('aria-busy', 'true');
  page.topicView.replaceChildren(h('p', { class: 'muted' }, `Following ${quoted(state.q)} across meetings…`));
  try {
    const history = await api.topics(topicParams(state), controller.signal);
    const respelt = foundNothing(history) ? await spellingOf(state, controller.signal) : null;
    page.topicView.replaceChildren(renderTopicHistory(history, { state, signal: controller.signal }, respelt));
    document.getElementById('topic-heading')?.focus();
  } catch (error) {
    if (api.isAbort(error)) return;
    // A refused request (400: filters the API does not take) fails the same way again; anything else may not.
    const refused = error instanceof api.ApiError && error.status === 400;
    page.topicView.replaceChildren(
      h(
        'div',
        { class: 'state state-error', role: 'alert' },
        h('p', {}, `The topic history could not be loaded: ${api.describeFailure(error)}.`),
        h(
          'p',
          { class: 'state-actions' },
          !refused && h('button', { type: 'button', onclick: () => void showTopicHistory(context, state) }, 'Try again'),
          h('a', { href: searchHref(state), 'data-route': true }, 'Back to search'),
        ),
      ),
    );
  } finally {
    page.topicView.removeAttribute('aria-busy');
  }
}

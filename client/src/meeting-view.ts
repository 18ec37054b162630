// A whole meeting, item by item and paragraph by paragraph, with the linked paragraph scrolled to and marked.
import type { Attendee, AttendanceKind } from '../../core/types';
import type { MeetingDetail, MeetingItem } from './api';
import { formatDate, h, highlightNodes, itemLabel, paragraphName, plural, quoted } from './dom';
import { anchorOf, meetingHref, searchHref } from './routes';
import { parseSearchState, type SearchState } from './state';

/** Characters of a paragraph number that fit its column on a phone; longer ones ("Question 3", "2.a.5") go above the text. */
const NUMBER_COLUMN_CHARS = 3;

export function hasLongNumber(number: string | null): boolean {
  return (number?.length ?? 0) > NUMBER_COLUMN_CHARS;
}

function itemSection(meeting: MeetingDetail, item: MeetingItem, state: SearchState): HTMLElement {
  const itemAnchor = anchorOf(item.id, null);
  return h(
    'section',
    { class: 'meeting-item', id: itemAnchor, tabindex: -1, 'aria-labelledby': `${itemAnchor}-heading` },
    h(
      'h3',
      { id: `${itemAnchor}-heading` },
      h('a', { class: 'anchor-link', href: meetingHref(meeting.id, itemAnchor, state), 'data-route': true }, itemLabel(item)),
    ),
    item.paragraphs.length === 0 && h('p', { class: 'muted' }, 'No text was published for this item.'),
    h(
      'ol',
      { class: 'paragraphs' },
      item.paragraphs.map((paragraph) => {
        const anchor = anchorOf(item.id, paragraph.index);
        const classes = ['paragraph', paragraph.isDecision && 'is-decision', hasLongNumber(paragraph.number) && 'has-long-number'].filter(Boolean).join(' ');
        return h(
          'li',
          { id: anchor, tabindex: -1, class: classes },
          h(
            'a',
            {
              class: 'paragraph-number',
              href: meetingHref(meeting.id, anchor, state),
              'data-route': true,
              'aria-label': `Link to ${paragraphName(paragraph.number ?? String(paragraph.index + 1))}`,
            },
            paragraph.number ?? '¶',
          ),
          h(
            'div',
            { class: 'paragraph-body' },
            (paragraph.speaker || paragraph.isDecision) &&
              h(
                'p',
                { class: 'result-meta' },
                paragraph.speaker && h('span', {}, `Speaker: ${paragraph.speaker}`),
                paragraph.isDecision && h('span', { class: 'badge badge-decision' }, 'Decision'),
              ),
            h('p', {}, ...(paragraph.highlight ? highlightNodes(paragraph.highlight) : [paragraph.text])),
            paragraph.isTruncated && h('p', { class: 'muted' }, 'The published minutes stop here; see the source for the full text.'),
          ),
        );
      }),
    ),
  );
}

const ATTENDANCE_LABELS: ReadonlyArray<{ kind: AttendanceKind; label: string }> = [
  { kind: 'present', label: 'Present' },
  { kind: 'in attendance', label: 'In attendance' },
  { kind: 'apologies', label: 'Apologies' },
  { kind: 'absent', label: 'Absent' },
];

const describeAttendee = (attendee: Attendee) => (attendee.role ? `${attendee.name} (${attendee.role})` : attendee.name);

function attendanceSections(attendees: Attendee[]): HTMLElement[] {
  return ATTENDANCE_LABELS.flatMap(({ kind, label }) => {
    const people = attendees.filter((attendee) => attendee.attendance === kind);
    if (people.length === 0) return [];
    return [h('details', { class: 'attendees' }, h('summary', {}, `${label} (${people.length})`), h('p', {}, people.map(describeAttendee).join(', ')))];
  });
}

/**
 * The meeting's items, each a link to its heading: minutes of sixteen items and 160 paragraphs said "16 items" and
 * left the reader to scroll for the one they wanted.
 */
function contentsList(meeting: MeetingDetail, state: SearchState): HTMLElement | null {
  if (meeting.items.length < 2) return null;
  return h(
    'nav',
    { class: 'meeting-contents', 'aria-label': 'Items of this meeting' },
    h(
      'details',
      {},
      h('summary', {}, `Items (${meeting.items.length})`),
      h(
        'ul',
        {},
        meeting.items.map((item) =>
          h(
            'li',
            {},
            h('a', { href: meetingHref(meeting.id, anchorOf(item.id, null), state), 'data-route': true }, itemLabel(item)),
            h('span', { class: 'muted' }, ` (${plural(item.paragraphs.length, 'paragraph')})`),
          ),
        ),
      ),
    ),
  );
}

export function backLabel(search: Pick<SearchState, 'q'>): string {
  return search.q ? `← Back to results for ${quoted(search.q)}` : '← Back to search';
}

/**
 * The back link returns to the view the meeting was opened from: the search on screen, or a topic history. A chat's
 * source carries the chat's words, for marking them in the meeting, and its link went "back" to a search for those,
 * never run, in place of the one on screen; a topic history's passage went "back" to the search, not the history.
 */
export function pointBackTo(root: HTMLElement, from: string | undefined): void {
  const back = root.querySelector<HTMLAnchorElement>('.meeting-bar .back a');
  if (!back || !from) return;
  const address = new URL(from, location.href);
  const search = parseSearchState(address.searchParams);
  back.setAttribute('href', from);
  back.textContent = address.pathname.startsWith('/topics') && search.q ? `← Back to the topic history of ${quoted(search.q)}` : backLabel(search);
}

export function renderMeeting(meeting: MeetingDetail, state: SearchState): HTMLElement {
  const paragraphCount = meeting.items.reduce((sum, item) => sum + item.paragraphs.length, 0);
  return h(
    'article',
    { class: 'meeting', 'aria-labelledby': 'meeting-heading' },
    // Stays on screen while reading, so a paragraph opened from a result or a citation always says where and when it was said.
    h(
      'div',
      { class: 'meeting-bar' },
      h('p', { class: 'back' }, h('a', { href: searchHref(state), 'data-route': true }, backLabel(state))),
      // The date first: on a phone the body's long name is what gets cut short.
      h('p', { class: 'meeting-bar-where', 'aria-hidden': 'true' }, `${formatDate(meeting.date)} · ${meeting.body ?? meeting.title}`),
    ),
    h('h2', { id: 'meeting-heading', tabindex: -1 }, meeting.title),
    h(
      'dl',
      { class: 'meeting-facts' },
      h('dt', {}, 'Body'),
      h('dd', {}, meeting.body ?? 'not stated'),
      h('dt', {}, 'Date'),
      h('dd', {}, formatDate(meeting.date)),
      meeting.venue && [h('dt', {}, 'Venue'), h('dd', {}, meeting.venue)],
      h('dt', {}, 'Contents'),
      h('dd', {}, `${plural(meeting.items.length, 'item')}, ${plural(paragraphCount, 'paragraph')}`),
      h('dt', {}, 'Source'),
      h(
        'dd',
        {},
        meeting.source.url ? h('a', { href: meeting.source.url, rel: 'noopener noreferrer' }, 'Published minutes') : meeting.source.file.split(/[\\/]/).pop(),
      ),
    ),
    attendanceSections(meeting.attendees),
    contentsList(meeting, state),
    meeting.items.map((item) => itemSection(meeting, item, state)),
  );
}

/** Scrolls to the linked item or paragraph, marks it and moves focus there; returns false when it does not exist. */
export function revealAnchor(root: HTMLElement, anchor: string | null): boolean {
  for (const marked of root.querySelectorAll('.is-target')) {
    marked.classList.remove('is-target');
    marked.removeAttribute('aria-current');
  }
  const target = anchor ? root.ownerDocument.getElementById(anchor) : null;
  if (!target || !root.contains(target)) return false;
  target.classList.add('is-target');
  target.setAttribute('aria-current', 'location');
  target.focus({ preventScroll: true });
  scrollClearOfStickyHeadings(target);
  return true;
}

/**
 * A link to a paragraph the meeting no longer holds (the minutes read again since the link was made, the address cut
 * short) opened the meeting at its top with no word of why: the notice under the heading says so. Gone once a link
 * to a paragraph it holds is followed.
 */
export function sayWhenAnchorMissing(root: HTMLElement, missing: boolean): void {
  root.querySelector('.missing-anchor')?.remove();
  if (!missing) return;
  const notice = h('p', { class: 'notice missing-anchor', role: 'status' }, 'The paragraph this link points to is not in these minutes any more (they may have been indexed again since the link was made). The whole meeting is below.');
  root.querySelector('#meeting-heading')?.after(notice);
}

/**
 * Centres the target, unless centred it would begin under the bar and item heading that stick to the top (a long
 * question on a phone, its number and speaker hidden): then its start goes just below them.
 */
function scrollClearOfStickyHeadings(target: HTMLElement): void {
  const view = target.ownerDocument.defaultView;
  const bar = target.closest('.meeting')?.querySelector<HTMLElement>('.meeting-bar');
  const heading = target.closest('.meeting-item')?.querySelector<HTMLElement>('h3');
  const covered = (bar?.offsetHeight ?? 0) + (heading && heading !== target.querySelector('h3') ? heading.offsetHeight : 0);
  const height = target.getBoundingClientRect().height;
  if (!view || height <= view.innerHeight - 2 * covered) {
    target.scrollIntoView({ block: 'center' });
    return;
  }
  view.scrollTo({ top: target.getBoundingClientRect().top + view.scrollY - covered - STICKY_GAP_PX });
}

/** Space left between the sticky headings and a target scrolled to its start. */
const STICKY_GAP_PX = 8;

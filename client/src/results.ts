// The result list: one card per passage, optionally grouped under its meeting.
import type { ResultMeeting, SearchResult } from '../../server/api-types';
import { formatDate, h, highlightNodes, itemLabel, paragraphName } from './dom';
import { anchorOf, meetingHref } from './routes';
import type { SearchState } from './state';

export function meetingLine(meeting: Pick<ResultMeeting, 'body' | 'date' | 'title'>): string {
  return `${meeting.body ?? meeting.title} · ${formatDate(meeting.date)}`;
}

function paragraphLabel(result: Pick<SearchResult, 'kind' | 'paragraph' | 'paragraphIndex'>): string {
  if (result.kind === 'item') return 'whole item';
  if (result.paragraph) return paragraphName(result.paragraph);
  return result.paragraphIndex === null ? 'paragraph' : `paragraph ${result.paragraphIndex + 1} (unnumbered)`;
}

/** Why a result is here, in plain words: the ranks stay in the API, where they count before copies collapse. */
function rankNote(result: SearchResult, closeSimilarity: number | null): string {
  const { keyword, semantic } = result.ranks;
  if (keyword !== null && semantic !== null) return 'Matches your words · similar in meaning';
  if (keyword !== null) return 'Matches your words';
  if (semantic === null) return '';
  // Found by meaning alone and below the model's answer threshold: near only in the model's loose sense.
  const loose = closeSimilarity !== null && result.similarity !== null && result.similarity < closeSimilarity;
  return loose ? 'Loosely related in meaning' : 'Similar in meaning';
}

/**
 * A copy in another document of the same meeting (its minutes and an item's own page) reads as the result's own
 * meeting line again, "Also published in" the very meeting shown above it: it is named as another record of it.
 */
export function copyLabel(copy: SearchResult['alsoIn'][number], meeting: SearchResult['meeting']): string {
  const line = meetingLine(copy);
  return copy.meetingId !== meeting.id && line === meetingLine(meeting) ? 'another record of this meeting' : line;
}

function resultCard(result: SearchResult, state: SearchState, showMeeting: boolean, closeSimilarity: number | null): HTMLLIElement {
  const href = meetingHref(result.meeting.id, anchorOf(result.item.id, result.paragraphIndex), state);
  const where = paragraphLabel(result);
  return h(
    'li',
    { class: 'result', 'data-result-id': result.id },
    h(
      'article',
      {},
      showMeeting && h('p', { class: 'result-meeting' }, meetingLine(result.meeting)),
      h(showMeeting ? 'h3' : 'h4', { class: 'result-item' }, itemLabel(result.item)),
      h('p', { class: 'snippet' }, ...highlightNodes(result.highlight)),
      h(
        'p',
        { class: 'result-meta' },
        h('span', {}, where),
        result.speaker && h('span', {}, `Speaker: ${result.speaker}`),
        result.decision && h('span', { class: 'badge badge-decision' }, 'Decision'),
        // Beside a snippet the search itself cut with "…", "Text cut short" read as the search's doing; and a title is
        // read by neither touch nor keyboard.
        result.truncated && h('span', { class: 'badge badge-muted' }, 'Cut short in the published minutes'),
        h('span', { class: 'rank-note' }, rankNote(result, closeSimilarity)),
      ),
      result.alsoIn.length > 0 &&
        h(
          'p',
          { class: 'also-in' },
          'Also published in: ',
          ...result.alsoIn.flatMap((copy, index) => [
            index > 0 ? '; ' : '',
            h('a', { href: meetingHref(copy.meetingId, null, state), 'data-route': true }, copyLabel(copy, result.meeting)),
          ]),
          result.alsoInTotal > result.alsoIn.length && ` and ${result.alsoInTotal - result.alsoIn.length} more`,
        ),
      h(
        'a',
        { class: 'open-context', href, 'data-route': true },
        'Open in context',
        // Read out link by link, each must say where and when: one meeting's item is often found many times.
        h('span', { class: 'visually-hidden' }, `: ${meetingLine(result.meeting)}, ${itemLabel(result.item)}, ${where}`),
      ),
    ),
  );
}

/** Consecutive ranks are kept: meetings appear in the order of their best result. */
function groupByMeeting(results: SearchResult[]): { meeting: ResultMeeting; results: SearchResult[] }[] {
  const groups = new Map<string, { meeting: ResultMeeting; results: SearchResult[] }>();
  for (const result of results) {
    const group = groups.get(result.meeting.id) ?? { meeting: result.meeting, results: [] };
    group.results.push(result);
    groups.set(result.meeting.id, group);
  }
  return [...groups.values()];
}

/** `closeSimilarity`: the response's; results found by meaning alone below it are said to be only loosely related. */
export function renderResults(results: SearchResult[], state: SearchState, closeSimilarity: number | null): HTMLElement {
  if (!state.groupByMeeting) {
    return h('ol', { class: 'result-list' }, results.map((result) => resultCard(result, state, true, closeSimilarity)));
  }
  return h(
    'div',
    { class: 'result-groups' },
    groupByMeeting(results).map((group) =>
      h(
        'section',
        { class: 'meeting-group' },
        h(
          'h3',
          { class: 'meeting-group-heading' },
          h('a', { href: meetingHref(group.meeting.id, null, state), 'data-route': true }, meetingLine(group.meeting)),
          h('span', { class: 'meeting-group-title' }, group.meeting.title),
        ),
        h('ol', { class: 'result-list' }, group.results.map((result) => resultCard(result, state, false, closeSimilarity))),
      ),
    ),
  );
}

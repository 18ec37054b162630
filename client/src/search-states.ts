// What the results area shows when there are no results to list: the empty page, nothing found, a failed search.
import type { HealthResponse } from './api';
import { ApiError, describeFailure } from './api';
import { asSentence, formatDate, formatMonth, h, plural, quoted } from './dom';
import { searchHref } from './routes';
import { emptyFilters, hasFilters, type FilterState, type SearchState } from './state';
import { listed } from '../../core/text/lists';

const EXAMPLE_QUERIES = ['precept', 'CCTV', 'support for victims of domestic abuse', 'anti-social behaviour'];

/**
 * Whose minutes these are and from when, for someone who has never seen the page: "Minutes of the Kent and Medway
 * Police and Crime Panel and 2 other bodies, from March 2017 to October 2023." Null when nothing is held.
 */
export function coverageLine(coverage: HealthResponse['coverage']): string | null {
  if (!coverage || coverage.bodyCount === 0) return null;
  const named = coverage.bodies.map((body) => body.name);
  const others = coverage.bodyCount - named.length;
  const bodies = listed(others > 0 ? [...named, plural(others, 'other body', 'other bodies')] : named);
  const { firstDate, lastDate } = coverage;
  const first = firstDate && formatMonth(firstDate);
  const last = lastDate && formatMonth(lastDate);
  const span = first && last ? (first === last ? `, ${first}` : `, from ${first} to ${last}`) : '';
  return `Minutes of ${bodies}${span}.`;
}

export function emptyState(health: HealthResponse | null, current: SearchState): HTMLElement {
  const counts = health?.counts;
  const coverage = coverageLine(health?.coverage);
  return h(
    'div',
    { class: 'state state-empty' },
    h('h3', {}, 'Find what was said in public meetings'),
    coverage && h('p', { class: 'coverage' }, coverage),
    h(
      'p',
      {},
      counts
        ? `Search ${plural(counts.meetings ?? 0, 'meeting')} and ${plural(counts.paragraphs ?? 0, 'paragraph')} of minutes by word or by meaning, or ask a question.`
        : 'Search the minutes by word or by meaning, or ask a question.',
    ),
    h('p', {}, 'Try:'),
    h(
      'ul',
      { class: 'examples' },
      EXAMPLE_QUERIES.map((query) => h('li', {}, h('a', { href: searchHref({ ...current, q: query }), 'data-route': true }, query))),
    ),
  );
}

/** `unfilteredTotal`: what the words find without the filters, when known; removing them is offered only when it finds something. */
export function noResultsState(state: SearchState, updateSearch: (change: Partial<SearchState>) => void, unfilteredTotal: number | null = null): HTMLElement {
  const filtered = hasFilters(state.filters);
  // By meaning, nothing found usually means the model does not know the words, not that the minutes lack them.
  const byMeaning = state.mode === 'semantic';
  return h(
    'div',
    { class: 'state state-none' },
    h('h3', {}, byMeaning ? `Search by meaning found nothing for ${quoted(state.q)}` : `No results for ${quoted(state.q)}`),
    h(
      'ul',
      {},
      byMeaning &&
        h(
          'li',
          {},
          'The language model may not know these words. ',
          h('button', { type: 'button', class: 'link', onclick: () => updateSearch({ mode: 'keyword' }) }, 'Search for the exact words'),
          ' instead.',
        ),
      filtered &&
        unfilteredTotal !== 0 &&
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'link', onclick: () => updateSearch({ filters: emptyFilters() }) }, 'Remove the filters'),
          unfilteredTotal === null ? ' and search everything.' : `: ${plural(unfilteredTotal, 'result')} without them.`,
        ),
      filtered && unfilteredTotal === 0 && h('li', {}, 'The filters are not the reason: nothing matches these words without them either.'),
      state.mode === 'keyword' &&
        h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => updateSearch({ mode: 'hybrid' }) }, 'Search by words and meaning'), ' to find other wording.'),
      // Found without the filters, the words are spelt as the minutes spell them.
      !byMeaning && !(unfilteredTotal && unfilteredTotal > 0) && h('li', {}, 'Check the spelling, or use fewer or more general words.'),
    ),
  );
}

/**
 * A search the server refused (400: a link cut short, a query too long) fails the same way however often it is sent:
 * the state says to change it instead of offering to send it again. Anything else (the server unreachable, busy or
 * failing) may work on a second try.
 */
export function errorState(error: unknown, retry: () => void): HTMLElement {
  const refused = error instanceof ApiError && error.status === 400;
  return h(
    'div',
    { class: 'state state-error', role: 'alert' },
    h('h3', {}, refused ? 'This search cannot be run' : 'The search did not work'),
    // A refusal quotes the API's rule as it is ("q: at most 1000 characters"); a failure reads as a sentence.
    h('p', {}, refused ? `${describeFailure(error)}.` : asSentence(describeFailure(error))),
    refused ? h('p', {}, 'Change the words in the search box or the filters, and the search runs again.') : h('button', { type: 'button', onclick: retry }, 'Try again'),
  );
}

/** A "from" date after the "to" date: nothing lies between them, so the page says so instead of asking the server. */
export function datesReversed(filters: Pick<FilterState, 'from' | 'to'>): boolean {
  return Boolean(filters.from && filters.to && filters.from > filters.to);
}

export function reversedDatesState(state: SearchState, updateSearch: (change: Partial<SearchState>) => void): HTMLElement {
  const { from, to } = state.filters;
  return h(
    'div',
    { class: 'state state-error', role: 'alert' },
    h('h3', {}, 'The meeting dates are the wrong way round'),
    h('p', {}, `“From” (${formatDate(from)}) is after “To” (${formatDate(to)}), so no meeting can fall between them.`),
    h(
      'p',
      { class: 'state-actions' },
      h('button', { type: 'button', onclick: () => updateSearch({ filters: { ...state.filters, from: to, to: from } }) }, 'Swap the dates'),
      h('button', { type: 'button', class: 'secondary', onclick: () => updateSearch({ filters: { ...state.filters, from: '', to: '' } }) }, 'Clear the dates'),
    ),
  );
}

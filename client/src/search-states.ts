// What the results area shows when there are no results to list: the empty page, nothing found, a failed search.
import type { HealthResponse } from './api';
import { describeFailure } from './api';
import { h, plural, quoted } from './dom';
import { searchHref } from './routes';
import { emptyFilters, hasFilters, type SearchState } from './state';

const EXAMPLE_QUERIES = ['precept', 'CCTV', 'support for victims of domestic abuse', 'anti-social behaviour'];

export function emptyState(health: HealthResponse | null, current: SearchState): HTMLElement {
  const counts = health?.counts;
  return h(
    'div',
    { class: 'state state-empty' },
    h('h3', {}, 'Find what was said in public meetings'),
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

export function noResultsState(state: SearchState, updateSearch: (change: Partial<SearchState>) => void): HTMLElement {
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
      hasFilters(state.filters) &&
        h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => updateSearch({ filters: emptyFilters() }) }, 'Remove the filters'), ' and search everything.'),
      state.mode === 'keyword' &&
        h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => updateSearch({ mode: 'hybrid' }) }, 'Search by words and meaning'), ' to find other wording.'),
      !byMeaning && h('li', {}, 'Check the spelling, or use fewer or more general words.'),
    ),
  );
}

export function errorState(error: unknown, retry: () => void): HTMLElement {
  return h(
    'div',
    { class: 'state state-error', role: 'alert' },
    h('h3', {}, 'The search did not work'),
    h('p', {}, `${describeFailure(error)}.`),
    h('button', { type: 'button', onclick: retry }, 'Try again'),
  );
}

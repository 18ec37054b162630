// The filter panel: body and speaker checkboxes with facet counts, a date range and "decisions only".
import type { FacetCounts } from '../../core/search-types';
import { h, plural } from './dom';
import { emptyFilters, hasFilters, toggled, type FilterState } from './state';

/** Speakers beyond this many are behind "show all": minutes name dozens of people. */
const SPEAKERS_SHOWN = 8;

export interface FacetEntry {
  value: string;
  count: number;
}

/** Facet values by count; selected values stay listed (with 0) so they can be unticked. */
export function facetEntries(counts: Record<string, number>, selected: string[]): FacetEntry[] {
  const entries = new Map(Object.entries(counts).map(([value, count]) => [value, { value, count }]));
  for (const value of selected) if (!entries.has(value)) entries.set(value, { value, count: 0 });
  return [...entries.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * The entries listed in full and those folded behind "show all": the first `limit` by count, and every ticked one
 * wherever its count puts it. A box ticked from the fold was folded away again by the search it ran, out of sight and
 * taking the keyboard's focus with it.
 */
export function foldedEntries(entries: FacetEntry[], selected: string[], limit: number): { shown: FacetEntry[]; folded: FacetEntry[] } {
  const shown = entries.filter((entry, index) => index < limit || selected.includes(entry.value));
  return { shown, folded: entries.filter((entry) => !shown.includes(entry)) };
}

function checkboxList(
  name: 'body' | 'speaker',
  entries: FacetEntry[],
  selected: string[],
  onToggle: (value: string) => void,
): HTMLUListElement {
  return h(
    'ul',
    { class: 'facet-list' },
    entries.map((entry) => {
      // Ids follow the value, not the position, so focus can return to the same box after a re-render.
      const id = `facet-${name}-${encodeURIComponent(entry.value).replace(/%/g, '_')}`;
      return h(
        'li',
        {},
        h('input', { type: 'checkbox', id, name, value: entry.value, checked: selected.includes(entry.value), onchange: () => onToggle(entry.value) }),
        h('label', { for: id }, h('span', { class: 'facet-value' }, entry.value), h('span', { class: 'facet-count' }, entry.count)),
      );
    }),
  );
}

function facetGroup(
  name: 'body' | 'speaker',
  legend: string,
  entries: FacetEntry[],
  filters: FilterState,
  onChange: (filters: FilterState) => void,
  { limit = Infinity, searched = true }: { limit?: number; searched?: boolean } = {},
): HTMLFieldSetElement {
  const toggle = (value: string) => onChange({ ...filters, [name]: toggled(filters[name], value) });
  const fieldset = h('fieldset', { class: 'facet' }, h('legend', {}, legend));
  if (entries.length === 0) {
    // After a search that could not run there are no results to count: "none in these results" would be untrue.
    fieldset.append(h('p', { class: 'muted' }, searched ? 'None in these results.' : 'Listed once the search runs.'));
    return fieldset;
  }
  const { shown, folded } = foldedEntries(entries, filters[name], limit);
  fieldset.append(checkboxList(name, shown, filters[name], toggle));
  if (folded.length > 0) {
    fieldset.append(h('details', { class: 'facet-more' }, h('summary', {}, `Show all ${entries.length}`), checkboxList(name, folded, filters[name], toggle)));
  }
  return fieldset;
}

/**
 * A date field's value once it is a date someone meant: '' (cleared) or a four-digit year. Typed digit by digit, a date
 * field reports each partial year ("0002", "0020", "0201") as a complete date; searching on those re-drew the field
 * under the typing hand and the rest of the digits landed in the wrong part. Null while the year is still being typed.
 */
export function settledDate(value: string): string | null {
  return value === '' || /^[1-9]\d{3}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/**
 * On a phone the filters sit below the results: a ticked box changes a list out of sight. This link, at the panel's
 * foot (hidden where the panel sits beside the results), says what the filters now find and goes back up to it.
 */
function resultsLink(total: number): HTMLElement {
  return h('p', { class: 'show-results' }, h('a', { href: '#main' }, total === 0 ? 'No results: see what to try' : `Show the ${plural(total, 'result')}`));
}

/** `total`: how many results the filters find, null when the search did not run. */
export function renderFilters(facets: FacetCounts | null, filters: FilterState, onChange: (filters: FilterState) => void, total: number | null = null): HTMLElement {
  const counts = facets ?? { body: {}, year: {}, speaker: {} };
  const dateInput = (field: 'from' | 'to', label: string) =>
    h(
      'div',
      { class: 'date-field' },
      h('label', { for: `filter-${field}` }, label),
      h('input', {
        type: 'date',
        id: `filter-${field}`,
        name: field,
        value: filters[field],
        onchange: (event: Event) => {
          const value = settledDate((event.target as HTMLInputElement).value);
          if (value !== null) onChange({ ...filters, [field]: value });
        },
      }),
    );
  return h(
    'div',
    { class: 'filters' },
    facetGroup('body', 'Body', facetEntries(counts.body, filters.body), filters, onChange, { searched: facets !== null }),
    h('fieldset', { class: 'facet' }, h('legend', {}, 'Meeting date'), dateInput('from', 'From'), dateInput('to', 'To')),
    facetGroup('speaker', 'Speaker', facetEntries(counts.speaker, filters.speaker), filters, onChange, { limit: SPEAKERS_SHOWN, searched: facets !== null }),
    h(
      'div',
      { class: 'facet decisions-only' },
      h('input', {
        type: 'checkbox',
        id: 'filter-decisions',
        name: 'decisions',
        checked: filters.decisions,
        onchange: (event: Event) => onChange({ ...filters, decisions: (event.target as HTMLInputElement).checked }),
      }),
      h('label', { for: 'filter-decisions' }, 'Decisions only'),
    ),
    hasFilters(filters) && h('button', { type: 'button', class: 'secondary', onclick: () => onChange(emptyFilters()) }, 'Clear all filters'),
    total !== null && resultsLink(total),
  );
}

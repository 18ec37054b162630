// The page: reads the address, runs the search or opens the meeting it names, and keeps the address
// in step with every change so the current view is always a permalink.
import './styles.css';
import type { SearchResponse, SearchResult } from '../../server/api-types';
import * as api from './api';
import { mountChat } from './chat';
import { h, plural } from './dom';
import { download, exportFileName, resultsToCsv, resultsToJson } from './export';
import { renderFilters } from './filters';
import { renderMeeting, revealAnchor } from './meeting-view';
import { renderResults } from './results';
import { routeOf, searchHref, type Route } from './routes';
import { activeFilterCount, emptyFilters, hasFilters, parseSearchState, searchParamsOf, toggled, type SearchState } from './state';
import { renderTimeline } from './timeline';

/** Results per request; "show more" fetches the next page. */
const PAGE_SIZE = 20;
/** Pause after the last keystroke before searching as you type, in ms. */
const TYPING_DEBOUNCE_MS = 300;
const EXAMPLE_QUERIES = ['precept', 'CCTV', 'support for victims of domestic abuse', 'anti-social behaviour'];

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page is missing #${id}`);
  return element as T;
}

const page = {
  form: byId<HTMLFormElement>('search-form'),
  input: byId<HTMLInputElement>('search-input'),
  sort: byId<HTMLSelectElement>('sort-select'),
  group: byId<HTMLInputElement>('group-toggle'),
  exportCsv: byId<HTMLButtonElement>('export-csv'),
  exportJson: byId<HTMLButtonElement>('export-json'),
  status: byId('result-status'),
  toolbarControls: byId('toolbar-controls'),
  notices: byId('notices'),
  results: byId('results'),
  more: byId('more-results'),
  searchView: byId('search-view'),
  meetingView: byId('meeting-view'),
  refine: byId('refine'),
  refineDetails: byId<HTMLDetailsElement>('refine-details'),
  timeline: byId('timeline'),
  filters: byId('filters'),
  filterSummary: byId('filter-summary'),
  chat: byId('chat'),
  footer: byId('index-summary'),
};

interface ShownSearch {
  state: SearchState;
  /** The API parameters the response answers, to tell a new search from a view change. */
  key: string;
  response: SearchResponse;
  results: SearchResult[];
  /** Where the next page starts: pages are counted in requested rows, as the server may fold copies within a page. */
  nextOffset: number;
  /** Year counts without the year filter, so the timeline keeps every year while some are selected. */
  yearCounts: Record<string, number>;
  /** Matches without a date, which the timeline cannot show. */
  undatedCount: number;
}

let health: api.HealthResponse | null = null;
let shown: ShownSearch | null = null;
let searchInFlight: AbortController | null = null;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
let meetingInFlight: AbortController | null = null;
/** The "open in context" link followed last, focused again when the results come back into view. */
let lastOpenedHref: string | null = null;

function currentState(): SearchState {
  const route = routeOf(location);
  return route.name === 'not-found' ? parseSearchState(new URLSearchParams()) : route.state;
}

function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', href);
  else if (href !== location.pathname + location.search + location.hash) history.pushState(null, '', href);
  void showRoute(routeOf(location));
}

function updateSearch(change: Partial<SearchState>, options: { replace?: boolean } = {}): void {
  navigate(searchHref({ ...currentState(), ...change }), options);
}

function syncControls(state: SearchState, fromHistory: boolean): void {
  if (fromHistory || document.activeElement !== page.input) page.input.value = state.q;
  for (const radio of page.form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === state.mode;
  page.sort.value = state.sort;
  page.group.checked = state.groupByMeeting;
}

/** Replaces a region's content and puts focus back on the control that had it (matched by id). */
function replaceKeepingFocus(region: HTMLElement, ...content: (Node | string)[]): void {
  const focusedId = region.contains(document.activeElement) ? document.activeElement?.id : undefined;
  region.replaceChildren(...content);
  if (focusedId) document.getElementById(focusedId)?.focus();
}

function setNotice(message: string | null): void {
  page.notices.replaceChildren(message ? h('p', { class: 'notice', role: 'status' }, message) : '');
}

function semanticNotice(state: SearchState): string | null {
  if (!health || health.semantic.available || state.mode === 'keyword') return null;
  // The model's name, not the server's reason: that names folders on the server (the model cache).
  return `Search by meaning is unavailable: the model “${health.semantic.model}” could not be loaded. Results match your exact words only.`;
}

async function showRoute(route: Route, fromHistory = false): Promise<void> {
  document.body.dataset.view = route.name;
  if (route.name === 'not-found') {
    page.searchView.hidden = true;
    page.refine.hidden = true;
    page.meetingView.hidden = false;
    delete page.meetingView.dataset.meetingId;
    page.meetingView.replaceChildren(
      h('h2', {}, 'Page not found'),
      h('p', {}, `There is no page at ${route.path}. `, h('a', { href: '/', 'data-route': true }, 'Start a new search'), '.'),
    );
    return;
  }
  syncControls(route.state, fromHistory);
  if (route.name === 'meeting') {
    page.searchView.hidden = true;
    page.refine.hidden = true;
    page.meetingView.hidden = false;
    await showMeeting(route.meetingId, route.anchor, route.state);
    return;
  }
  page.meetingView.hidden = true;
  page.searchView.hidden = false;
  page.refine.hidden = false;
  await showSearch(route.state);
}

async function showMeeting(meetingId: string, anchor: string | null, state: SearchState): Promise<void> {
  meetingInFlight?.abort();
  const controller = new AbortController();
  meetingInFlight = controller;
  // Moving between paragraphs of the meeting on screen only scrolls; the search rides along for the back link.
  const loaded = page.meetingView.dataset.meetingId === meetingId && page.meetingView.dataset.search === searchHref(state);
  if (!loaded) {
    page.meetingView.setAttribute('aria-busy', 'true');
    page.meetingView.replaceChildren(h('p', { class: 'muted' }, 'Opening the meeting…'));
    try {
      const meeting = await api.meeting(meetingId, controller.signal);
      page.meetingView.replaceChildren(renderMeeting(meeting, state));
      page.meetingView.dataset.meetingId = meetingId;
      page.meetingView.dataset.search = searchHref(state);
    } catch (error) {
      if (api.isAbort(error)) return;
      delete page.meetingView.dataset.meetingId;
      const message = error instanceof api.ApiError && error.status === 404 ? 'This meeting is not in the index (it may have been removed).' : `The meeting could not be opened: ${api.describeFailure(error)}.`;
      page.meetingView.replaceChildren(
        h('div', { class: 'state state-error', role: 'alert' }, h('p', {}, message), h('a', { href: searchHref(state), 'data-route': true }, 'Back to search')),
      );
      return;
    } finally {
      page.meetingView.removeAttribute('aria-busy');
    }
  }
  if (!revealAnchor(page.meetingView, anchor)) {
    const heading = document.getElementById('meeting-heading');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }
}

function emptyState(): HTMLElement {
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
      EXAMPLE_QUERIES.map((query) => h('li', {}, h('a', { href: searchHref({ ...currentState(), q: query }), 'data-route': true }, query))),
    ),
  );
}

function noResultsState(state: SearchState): HTMLElement {
  // By meaning, nothing found usually means the model does not know the words, not that the minutes lack them.
  const byMeaning = state.mode === 'semantic';
  return h(
    'div',
    { class: 'state state-none' },
    h('h3', {}, byMeaning ? `Search by meaning found nothing for “${state.q}”` : `No results for “${state.q}”`),
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

function errorState(error: unknown, state: SearchState): HTMLElement {
  return h(
    'div',
    { class: 'state state-error', role: 'alert' },
    h('h3', {}, 'The search did not work'),
    h('p', {}, `${api.describeFailure(error)}.`),
    h('button', { type: 'button', onclick: () => void showSearch(state, { force: true }) }, 'Try again'),
  );
}

function renderShownSearch(): void {
  if (!shown) return;
  const { state, response, results } = shown;
  // The health notice explains a missing model in plain words; the response's own note covers other failures.
  const notice = semanticNotice(state) ?? response.degraded ?? (response.servedMode !== response.mode ? `Searched by ${response.servedMode} instead of ${response.mode}.` : null);
  setNotice(notice);
  page.status.textContent =
    response.total === 0
      ? `No results for “${response.query}”.`
      : `${plural(response.total, 'result')} for “${response.query}” in ${formatMilliseconds(response.tookMs)}` +
        (results.length < response.total ? `, showing ${results.length}.` : '.');
  page.results.replaceChildren(response.total === 0 ? noResultsState(state) : renderResults(results, state));
  page.results.removeAttribute('aria-busy');
  page.more.replaceChildren(
    shown.nextOffset < response.total
      ? h('button', { type: 'button', class: 'secondary', onclick: () => void loadMore() }, 'Show more results')
      : '',
  );
  page.exportCsv.disabled = page.exportJson.disabled = results.length === 0;
  replaceKeepingFocus(page.filters, renderFilters(response.facets, state.filters, (filters) => updateSearch({ filters })));
  replaceKeepingFocus(
    page.timeline,
    renderTimeline(shown.yearCounts, shown.undatedCount, state.filters.year, (year) =>
      searchHref({ ...state, filters: { ...state.filters, year: toggled(state.filters.year, year) } }),
    ),
  );
  const active = activeFilterCount(state.filters);
  page.filterSummary.textContent = active ? `Filters (${active} active)` : 'Filters';
  focusLastOpened();
}

function formatMilliseconds(milliseconds: number): string {
  return `${milliseconds < 10 ? milliseconds.toFixed(1) : Math.round(milliseconds)} ms`;
}

function focusLastOpened(): void {
  if (!lastOpenedHref) return;
  const link = [...page.results.querySelectorAll<HTMLAnchorElement>('a.open-context')].find((candidate) => candidate.getAttribute('href') === lastOpenedHref);
  lastOpenedHref = null;
  link?.focus({ preventScroll: true });
  link?.closest('.result')?.scrollIntoView({ block: 'center' });
}

function clearSearch(): void {
  searchInFlight?.abort();
  shown = null;
  const notice = semanticNotice(currentState());
  setNotice(notice);
  page.status.textContent = '';
  page.toolbarControls.hidden = true;
  page.results.replaceChildren(emptyState());
  page.more.replaceChildren();
  page.exportCsv.disabled = page.exportJson.disabled = true;
  page.filters.replaceChildren(h('p', { class: 'muted' }, 'Filters appear with your results.'));
  page.timeline.replaceChildren();
  page.filterSummary.textContent = 'Filters';
}

async function showSearch(state: SearchState, options: { force?: boolean } = {}): Promise<void> {
  if (!state.q.trim()) {
    clearSearch();
    return;
  }
  const params = searchParamsOf(state);
  const key = params.toString();
  if (shown && shown.key === key && !options.force) {
    shown = { ...shown, state };
    renderShownSearch();
    return;
  }
  searchInFlight?.abort();
  const controller = new AbortController();
  searchInFlight = controller;
  page.results.setAttribute('aria-busy', 'true');
  page.toolbarControls.hidden = false;
  page.status.textContent = `Searching for “${state.q.trim()}”…`;
  params.set('limit', String(PAGE_SIZE));
  try {
    const withoutYears = { ...state, filters: { ...state.filters, year: [] } };
    const [response, allYears] = await Promise.all([
      api.search(params, controller.signal),
      state.filters.year.length ? api.search(new URLSearchParams([...searchParamsOf(withoutYears), ['limit', '1']]), controller.signal) : null,
    ]);
    const everyYear = allYears ?? response;
    const dated = Object.values(everyYear.facets.year).reduce((sum, count) => sum + count, 0);
    shown = {
      state,
      key,
      response,
      results: response.results,
      nextOffset: PAGE_SIZE,
      yearCounts: everyYear.facets.year,
      undatedCount: Math.max(0, everyYear.total - dated),
    };
    renderShownSearch();
  } catch (error) {
    if (api.isAbort(error)) return;
    shown = null;
    page.results.removeAttribute('aria-busy');
    page.status.textContent = 'The search failed.';
    page.results.replaceChildren(errorState(error, state));
    page.more.replaceChildren();
    page.exportCsv.disabled = page.exportJson.disabled = true;
    // The filters stay usable so a refused filter (say, a reversed date range) can be changed.
    replaceKeepingFocus(page.filters, renderFilters(null, state.filters, (filters) => updateSearch({ filters })));
    page.timeline.replaceChildren();
  } finally {
    if (searchInFlight === controller) searchInFlight = null;
  }
}

async function loadMore(): Promise<void> {
  if (!shown) return;
  const current = shown;
  const params = searchParamsOf(current.state);
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String(current.nextOffset));
  try {
    const response = await api.search(params);
    if (shown !== current) return;
    const firstNew = current.results.length;
    const held = new Set(current.results.map((result) => result.id));
    const added = response.results.filter((result) => !held.has(result.id));
    shown = { ...current, results: [...current.results, ...added], nextOffset: current.nextOffset + PAGE_SIZE };
    renderShownSearch();
    page.results.querySelectorAll<HTMLAnchorElement>('a.open-context')[firstNew]?.focus();
  } catch (error) {
    page.more.replaceChildren(h('p', { class: 'error', role: 'alert' }, `More results could not be loaded: ${api.describeFailure(error)}.`));
  }
}

function exportResults(format: 'csv' | 'json'): void {
  if (!shown) return;
  const { state, results, response } = shown;
  const fileName = exportFileName(state.q, format);
  if (format === 'csv') download(fileName, 'text/csv;charset=utf-8', resultsToCsv(results, location.origin));
  else download(fileName, 'application/json', resultsToJson(results, state, response.total, location.origin));
  page.status.textContent = `Exported ${plural(results.length, 'result')} as ${fileName}.`;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function wireControls(): void {
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const q = page.input.value.trim();
    const state = currentState();
    if (q === state.q && routeOf(location).name === 'search') void showSearch(state, { force: true });
    else updateSearch({ q });
  });
  page.input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      if (routeOf(location).name === 'search') updateSearch({ q: page.input.value.trim() }, { replace: true });
    }, TYPING_DEBOUNCE_MS);
  });
  page.form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'mode') updateSearch({ mode: target.value as SearchState['mode'], q: page.input.value.trim() });
  });
  page.sort.addEventListener('change', () => updateSearch({ sort: page.sort.value as SearchState['sort'] }));
  page.group.addEventListener('change', () => updateSearch({ groupByMeeting: page.group.checked }, { replace: true }));
  page.exportCsv.addEventListener('click', () => exportResults('csv'));
  page.exportJson.addEventListener('click', () => exportResults('json'));

  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      page.input.focus();
      page.input.select();
    }
  });
  // Skip links move focus without touching the address, whose fragment names a paragraph in the meeting view.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href^="#"]');
    const target = link ? document.getElementById(link.getAttribute('href')?.slice(1) ?? '') : null;
    if (!target) return;
    event.preventDefault();
    if (target === page.refine) page.refineDetails.open = true;
    // "Ask a question" lands in the question box itself.
    (target === page.chat ? byId('chat-input') : target).focus();
    target.scrollIntoView({ block: 'start' });
  });
  // Links marked data-route change the view without reloading the page.
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest('a[data-route]');
    const href = link?.getAttribute('href');
    if (!link || !href) return;
    event.preventDefault();
    if (link.classList.contains('open-context')) lastOpenedHref = href;
    navigate(href);
  });
  window.addEventListener('popstate', () => void showRoute(routeOf(location), true));
}

async function loadHealth(): Promise<void> {
  try {
    health = await api.health();
    const semantic = health.semantic.available ? `meaning: ${health.semantic.model}` : 'meaning: unavailable';
    page.footer.textContent = `${plural(health.counts.meetings ?? 0, 'meeting')}, ${plural(health.counts.paragraphs ?? 0, 'paragraph')} indexed · words: ${health.keyword.backend} · ${semantic}`;
  } catch (error) {
    page.footer.textContent = `Index status unknown: ${api.describeFailure(error)}.`;
  }
}

async function start(): Promise<void> {
  // Filters start folded on phones, where they would push the results below the fold.
  page.refineDetails.open = window.matchMedia('(min-width: 50rem)').matches;
  wireControls();
  mountChat(page.chat);
  await loadHealth();
  // Someone may already be typing while health loads: the first render must not wipe their words.
  await showRoute(routeOf(location), document.activeElement !== page.input);
}

void start();

// The search view: runs the search the address names (and the year counts for the timeline), renders results,
// facets and notices, pages further on "show more", and exports what is shown.
import type { SearchResponse } from '../../server/api-types';
import * as api from './api';
import { h, pageTitle, plural, quoted } from './dom';
import { renderFilters } from './filters';
import { renderFollow } from './follow';
import { readAs, resultsNotice } from './notices';
import type { PageContext } from './page';
import { renderResults } from './results';
import { keywordTotalBehind, totalWithoutFilters } from './search-counts';
import { searchHref, topicHref } from './routes';
import { datesReversed, emptyState, errorState, noResultsState, reversedDatesState } from './search-states';
import { activeFilterCount, hasFilters, searchParamsOf, toggled, type SearchState } from './state';
import { renderTimeline } from './timeline';

/** Results per request; "show more" fetches the next page. */
const PAGE_SIZE = 20;

/**
 * Replaces a region's content and puts focus back on the control that had it (matched by id). A control gone with the
 * old content ("Clear all filters", once nothing is left to clear) leaves focus in the panel around the region rather
 * than on the page's body, where the keyboard's place is lost.
 */
function replaceKeepingFocus(region: HTMLElement, ...content: (Node | string)[]): void {
  const hadFocus = region.contains(document.activeElement);
  const focusedId = hadFocus ? document.activeElement?.id : undefined;
  region.replaceChildren(...content);
  if (!hadFocus) return;
  const again = focusedId ? document.getElementById(focusedId) : null;
  (again ?? region.closest<HTMLElement>('[tabindex="-1"]'))?.focus({ preventScroll: true });
}

/**
 * Runs `render`, which replaces the results area and the notices above it. A button or link pressed there ("Swap the
 * dates", "Remove the filters", "Did you mean") goes with them, and focus would fall back to the top of the page: it
 * moves to the results instead, where Tab reaches the first one.
 */
function keepingFocusOnResults({ page }: PageContext, render: () => void): void {
  const focused = document.activeElement;
  const hadFocus = page.results.contains(focused) || page.notices.contains(focused);
  render();
  if (hadFocus && !document.activeElement?.closest('#main')) page.main.focus({ preventScroll: true });
}

/**
 * The notices sit in a live region that is there before any search (a status element added with its words is often
 * not read out), so they are said as they change; drawn again unchanged (more results, grouping), they are left as
 * they are, not said again.
 */
function setNotice({ page }: PageContext, message: string | null, ...suggestions: (HTMLElement | null)[]): void {
  const notices = h('div', {}, message ? h('p', { class: 'notice' }, message) : '', ...suggestions.map((suggestion) => suggestion ?? ''));
  if (notices.innerHTML !== page.notices.innerHTML) page.notices.replaceChildren(...notices.childNodes);
}

/** A question's opening words, or its closing mark: typed into the search box, it may have been meant for the chat. */
const QUESTION_FORM = /^\s*(?:what|who|whom|whose|when|where|why|how|which|did|does|do|is|are|was|were|has|have|had|can|could|should|will|would|tell me|show me)\b|\?\s*$/i;

/** Searches by the words of a question are answered here too; the chat can answer the question itself, with citations. */
function askInstead({ chat }: PageContext, query: string): HTMLElement | null {
  if (!QUESTION_FORM.test(query) || query.trim().split(/\s+/).length < 3) return null;
  return h('p', { class: 'suggestion' }, 'This reads as a question. ', h('button', { type: 'button', class: 'link', onclick: () => chat.ask(query.trim()) }, 'Ask the minutes instead'), ' for an answer quoting them.');
}

/** "Did you mean …?": a link that runs the suggested search with the same mode and filters; its words are text, never markup. */
function didYouMean(state: SearchState, suggestion: string | null): HTMLElement | null {
  if (!suggestion) return null;
  return h('p', { class: 'suggestion' }, 'Did you mean ', h('a', { href: searchHref({ ...state, q: suggestion }), 'data-route': true }, suggestion), '?');
}

function semanticNotice({ session }: PageContext, state: SearchState): string | null {
  const { health } = session;
  if (!health || health.semantic.available || state.mode === 'keyword') return null;
  // The model's name, not the server's reason: that names folders on the server (the model cache).
  return `Search by meaning is unavailable: the model “${health.semantic.model}” could not be loaded. Results match your exact words only.`;
}

function formatMilliseconds(milliseconds: number): string {
  return `${milliseconds < 10 ? milliseconds.toFixed(1) : Math.round(milliseconds)} ms`;
}

function focusLastOpened({ page, session }: PageContext): void {
  if (!session.lastOpened) return;
  const { href, link: followed } = session.lastOpened;
  session.lastOpened = null;
  // Words typed into the search box over the meeting brought the search view back: they keep the focus.
  if (document.activeElement === page.input) return;
  const link = followed.isConnected ? followed : [...page.results.querySelectorAll<HTMLAnchorElement>('a.open-context')].find((candidate) => candidate.getAttribute('href') === href);
  if (!link) return;
  link.focus({ preventScroll: true });
  (link.closest('.result') ?? link).scrollIntoView({ block: 'center' });
}

function renderShownSearch(context: PageContext): void {
  const { page, session, navigation } = context;
  const shown = session.shown;
  if (!shown) return;
  const { state, response, results } = shown;
  // The health notice explains a missing model in plain words; the response's own note covers other failures.
  setNotice(
    context,
    semanticNotice(context, state) ??
      response.degraded ??
      (response.servedMode !== response.mode ? `Searched by ${response.servedMode} instead of ${response.mode}.` : resultsNotice(response, { sort: state.sort, filtered: hasFilters(state.filters), keywordTotal: shown.keywordTotal })),
    didYouMean(state, response.suggestion),
    askInstead(context, state.q),
  );
  page.status.textContent =
    response.total === 0
      ? `No results for ${quoted(response.query)}.`
      : `${response.totalIsEstimate ? 'About ' : ''}${plural(response.total, 'result')} for ${quoted(response.query)} in ${formatMilliseconds(response.tookMs)}` +
        (results.length < response.total ? `, showing ${results.length}.` : '.');
  page.results.replaceChildren(response.total === 0 ? noResultsState(state, (change) => navigation.updateSearch(change), shown.unfilteredTotal) : renderResults(results, state, response.closeSimilarity));
  page.results.removeAttribute('aria-busy');
  page.more.replaceChildren(
    shown.nextOffset < response.total ? h('button', { type: 'button', class: 'secondary', onclick: () => void loadMore(context) }, 'Show more results') : '',
  );
  page.exportCsv.disabled = page.exportJson.disabled = results.length === 0;
  // The history follows the words the results were matched on: "precpet", followed as typed, found no meeting.
  page.topicLink.href = topicHref({ ...state, q: readAs(response) ?? state.q });
  page.topicLink.hidden = results.length === 0 || !state.q.trim();
  showFollow(context, state);
  replaceKeepingFocus(page.filters, renderFilters(shown.facets, state.filters, (filters) => navigation.updateSearch({ filters }), response.total));
  replaceKeepingFocus(
    page.timeline,
    renderTimeline(shown.yearCounts, shown.undatedCount, state.filters.year, (year) =>
      searchHref({ ...state, filters: { ...state.filters, year: toggled(state.filters.year, year) } }),
    ),
  );
  showFilterCount(context, state);
  focusLastOpened(context);
}

/** The follow panel, kept as it is (a half-typed address, an open panel) while the same search only pages on. */
function showFollow({ page, session }: PageContext, state: SearchState): void {
  const panel = renderFollow(state, session.health);
  const shownFor = page.follow.firstElementChild?.getAttribute('data-search');
  if (panel && shownFor === panel.dataset.search) return;
  page.follow.replaceChildren(panel ?? '');
}

function clearSearch(context: PageContext): void {
  const { page, session, navigation } = context;
  session.searchInFlight?.abort();
  session.shown = null;
  setNotice(context, semanticNotice(context, navigation.currentState()));
  page.status.textContent = '';
  page.toolbarControls.hidden = true;
  page.results.replaceChildren(emptyState(session.health, navigation.currentState()));
  page.more.replaceChildren();
  page.exportCsv.disabled = page.exportJson.disabled = true;
  page.topicLink.hidden = true;
  page.follow.replaceChildren();
  page.filters.replaceChildren(h('p', { class: 'muted' }, 'Filters appear with your results.'));
  page.timeline.replaceChildren();
  page.filterSummary.textContent = page.jumpToFilters.textContent = 'Filters';
  focusLastOpened(context);
}

type ListFilter = 'year' | 'body' | 'speaker';

/**
 * The search with one list filter left out, for that list's counts: ticking a body showed only that body's count, and
 * the others, gone from the list, could no longer be added to it. Null when the list filters nothing.
 */
function searchWithout(state: SearchState, field: ListFilter, signal: AbortSignal): Promise<SearchResponse> | null {
  if (state.filters[field].length === 0) return null;
  const others = { ...state, filters: { ...state.filters, [field]: [] } };
  return api.search(new URLSearchParams([...searchParamsOf(others), ['limit', '1']]), signal);
}

/**
 * The search's first page and, for each list filter in use, the counts without it: every year for the timeline, and
 * every body and speaker as the other filters leave them, so a second one can be ticked ("this body or that one").
 */
async function fetchSearch(state: SearchState, key: string, signal: AbortSignal) {
  const params = searchParamsOf(state);
  params.set('limit', String(PAGE_SIZE));
  const [response, allYears, allBodies, allSpeakers] = await Promise.all([
    api.search(params, signal),
    searchWithout(state, 'year', signal),
    searchWithout(state, 'body', signal),
    searchWithout(state, 'speaker', signal),
  ]);
  const everyYear = allYears ?? response;
  const dated = Object.values(everyYear.facets.year).reduce((sum, count) => sum + count, 0);
  const facets = { ...response.facets, body: (allBodies ?? response).facets.body, speaker: (allSpeakers ?? response).facets.speaker };
  const [unfilteredTotal, keywordTotal] = await Promise.all([totalWithoutFilters(state, response, signal), keywordTotalBehind(state, response, signal)]);
  const undatedCount = Math.max(0, everyYear.total - dated);
  return { state, key, response, facets, results: response.results, nextOffset: PAGE_SIZE, yearCounts: everyYear.facets.year, undatedCount, unfilteredTotal, keywordTotal };
}

/** A search that could not be run: `state` (the reason, and what to do) in place of the results. */
function showFailure(context: PageContext, status: string, explained: HTMLElement, state: SearchState): void {
  const { page, session, navigation } = context;
  session.shown = null;
  setNotice(context, semanticNotice(context, state));
  page.results.removeAttribute('aria-busy');
  page.status.textContent = status;
  page.results.replaceChildren(explained);
  page.more.replaceChildren();
  page.exportCsv.disabled = page.exportJson.disabled = true;
  page.topicLink.hidden = true;
  // The panel followed the search shown before; following a search that failed would follow the wrong one.
  page.follow.replaceChildren();
  // The filters stay usable so a refused filter (say, a reversed date range) can be changed.
  replaceKeepingFocus(page.filters, renderFilters(null, state.filters, (filters) => navigation.updateSearch({ filters })));
  page.timeline.replaceChildren();
  showFilterCount(context, state);
}

/**
 * On a phone the filters sit below the results, folded: the link to them at the top of the results is all that is in
 * view there, so it says too that filters narrow what is listed.
 */
function showFilterCount({ page }: PageContext, state: SearchState): void {
  const active = activeFilterCount(state.filters);
  page.filterSummary.textContent = page.jumpToFilters.textContent = active ? `Filters (${active} active)` : 'Filters';
}

export async function showSearch(context: PageContext, state: SearchState, options: { force?: boolean } = {}): Promise<void> {
  const { page, session } = context;
  document.title = pageTitle(state.q.trim() ? quoted(state.q) : null);
  if (!state.q.trim()) {
    clearSearch(context);
    return;
  }
  const key = searchParamsOf(state).toString();
  if (session.shown && session.shown.key === key && !options.force) {
    session.shown = { ...session.shown, state };
    renderShownSearch(context);
    return;
  }
  session.searchInFlight?.abort();
  page.toolbarControls.hidden = false;
  if (datesReversed(state.filters)) {
    const explained = reversedDatesState(state, (change) => context.navigation.updateSearch(change));
    keepingFocusOnResults(context, () => showFailure(context, 'No search: the meeting dates are the wrong way round.', explained, state));
    return;
  }
  const controller = new AbortController();
  session.searchInFlight = controller;
  page.results.setAttribute('aria-busy', 'true');
  page.status.textContent = `Searching for ${quoted(state.q)}…`;
  try {
    session.shown = await fetchSearch(state, key, controller.signal);
    keepingFocusOnResults(context, () => renderShownSearch(context));
  } catch (error) {
    if (api.isAbort(error)) return;
    const explained = errorState(error, () => void showSearch(context, state, { force: true }));
    keepingFocusOnResults(context, () => showFailure(context, 'The search failed.', explained, state));
  } finally {
    if (session.searchInFlight === controller) session.searchInFlight = null;
  }
}

async function loadMore(context: PageContext): Promise<void> {
  const { page, session } = context;
  const current = session.shown;
  if (!current) return;
  // Said while the page is on its way, so a slow answer is not taken for a press that did nothing.
  page.more.replaceChildren(h('button', { type: 'button', class: 'secondary', disabled: true }, 'Loading more results…'));
  const params = searchParamsOf(current.state);
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String(current.nextOffset));
  try {
    const response = await api.search(params);
    if (session.shown !== current) return;
    const held = new Set(current.results.map((result) => result.id));
    const added = response.results.filter((result) => !held.has(result.id));
    session.shown = { ...current, results: [...current.results, ...added], nextOffset: current.nextOffset + PAGE_SIZE };
    renderShownSearch(context);
    // The first new result as read, top to bottom: grouped by meeting, new results join the groups already shown, and
    // the link at the old count was one already read.
    const addedIds = new Set(added.map((result) => result.id));
    const firstAdded = [...page.results.querySelectorAll<HTMLElement>('.result')].find((card) => addedIds.has(card.dataset.resultId ?? ''));
    firstAdded?.querySelector<HTMLAnchorElement>('a.open-context')?.focus();
  } catch (error) {
    if (session.shown !== current) return;
    // The failure says to try again in a moment: the way to do that stays here, where the button was.
    const retry = h('button', { type: 'button', class: 'secondary', onclick: () => void loadMore(context) }, 'Try again');
    page.more.replaceChildren(h('p', { class: 'error', role: 'alert' }, `More results could not be loaded: ${api.describeFailure(error)}.`), retry);
    retry.focus();
  }
}

// The search form, sort and grouping controls, export buttons, keyboard shortcut and in-page links: each turns a
// user's action into an address (a permalink) or a view change.
import { byId, type PageContext, type TypedEntry } from './page';
import { routeOf } from './routes';
import { exportResults } from './result-export';
import { showSearch } from './search-view';
import type { SearchState } from './state';

/** Pause after the last keystroke before searching as you type, in ms. */
const TYPING_DEBOUNCE_MS = 300;

/**
 * A typed search on screen this long has been read: words typed after it make a new history entry, so Back returns to
 * it. Sooner, they are the same search still being typed ("pol", "police", "police budget") and replace it.
 */
export const TYPED_SEARCH_READ_MS = 2000;

/**
 * Whether the search the typing pause runs replaces the current history entry: only one the typing itself made moments
 * ago. The start page, an address opened or shared, and a search read for a while each keep their entry (typing over
 * them replaced it, and Back left the site instead of returning to them).
 */
export function typingReplaces(typed: TypedEntry | null, currentHref: string, now: number): boolean {
  return typed !== null && typed.href === currentHref && now - typed.shownAt < TYPED_SEARCH_READ_MS;
}

const currentHref = () => location.pathname + location.search + location.hash;

/** Sets the controls to what the address says; the query box is left alone while someone types in it. */
export function syncControls({ page }: PageContext, state: SearchState, fromHistory: boolean): void {
  if (fromHistory || document.activeElement !== page.input) page.input.value = state.q;
  for (const radio of page.form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === state.mode;
  page.sort.value = state.sort;
  page.group.checked = state.groupByMeeting;
}

/** Inputs where "/" is a character someone types; from a radio button or a checkbox it still jumps to the search box. */
const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName));
}

function wireSearchForm(context: PageContext): void {
  const { page, session, navigation } = context;
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(session.typingTimer);
    const q = page.input.value.trim();
    const state = navigation.currentState();
    if (q === state.q && routeOf(location).name === 'search') void showSearch(context, state, { force: true });
    else navigation.updateSearch({ q });
  });
  page.input.addEventListener('input', () => {
    clearTimeout(session.typingTimer);
    session.typingTimer = setTimeout(() => {
      const q = page.input.value.trim();
      if (routeOf(location).name === 'search') navigation.updateSearch({ q }, { replace: typingReplaces(session.typedEntry, currentHref(), Date.now()) });
      // Over a meeting or a topic history, new words start a search too (as the hint under the box promises), as a new
      // history entry so Back returns to what was open; a box emptied there (Escape) leaves the view alone.
      else if (q && q !== navigation.currentState().q) navigation.updateSearch({ q });
      else return;
      session.typedEntry = { href: currentHref(), shownAt: Date.now() };
    }, TYPING_DEBOUNCE_MS);
  });
  page.form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'mode') navigation.updateSearch({ mode: target.value as SearchState['mode'], q: page.input.value.trim() });
  });
  page.sort.addEventListener('change', () => navigation.updateSearch({ sort: page.sort.value as SearchState['sort'] }));
  page.group.addEventListener('change', () => navigation.updateSearch({ groupByMeeting: page.group.checked }, { replace: true }));
  page.exportCsv.addEventListener('click', () => exportResults(context, 'csv'));
  page.exportJson.addEventListener('click', () => exportResults(context, 'json'));
}

function wireDocument({ page, session, navigation }: PageContext): void {
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
    const view = routeOf(location).name;
    const fromSearchView = view === 'search' && (link.classList.contains('open-context') || page.chat.contains(link));
    if (fromSearchView) session.lastOpened = { href, link: link as HTMLAnchorElement };
    navigation.navigate(href, view === 'search' || view === 'topic' ? { from: currentHref() } : {});
  });
}

export function wireControls(context: PageContext): void {
  wireSearchForm(context);
  wireDocument(context);
}

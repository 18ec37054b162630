// The page: reads the address, runs the search or opens the meeting it names, and keeps the address in step with
// every change so the current view is always a permalink. The page's state lives in one session object, passed on.
import './styles.css';
import * as api from './api';
import { mountChat } from './chat';
import { syncControls, wireControls } from './controls';
import { plural } from './dom';
import { showMeeting, showNotFound } from './meeting-route';
import { findPageElements, newSession, openedFrom, type EntryState, type PageContext } from './page';
import { routeOf, searchHref, type Route } from './routes';
import { showSearch } from './search-view';
import { showTopicHistory } from './topic-view';
import { parseSearchState, type SearchState } from './state';

function currentState(): SearchState {
  const route = routeOf(location);
  return route.name === 'not-found' ? parseSearchState(new URLSearchParams()) : route.state;
}

function createContext(): PageContext {
  const page = findPageElements();
  const context: PageContext = {
    page,
    chat: mountChat(page.chat),
    session: newSession(),
    navigation: {
      currentState,
      navigate(href, options = {}) {
        // Moving between paragraphs of one meeting keeps the search it was opened from.
        const samePage = new URL(href, location.href).pathname === location.pathname;
        const entry: EntryState | null = options.from ? { from: options.from } : samePage && openedFrom() ? { from: openedFrom() } : null;
        if (options.replace) history.replaceState(entry, '', href);
        else if (href !== location.pathname + location.search + location.hash) history.pushState(entry, '', href);
        void showRoute(context, routeOf(location));
      },
      updateSearch(change, options = {}) {
        context.navigation.navigate(searchHref({ ...currentState(), ...change }), options);
      },
    },
  };
  return context;
}

async function showRoute(context: PageContext, route: Route, fromHistory = false): Promise<void> {
  const { page } = context;
  document.body.dataset.view = route.name;
  const searching = route.name === 'search';
  page.searchView.hidden = !searching;
  page.refine.hidden = !searching;
  page.topicView.hidden = route.name !== 'topic';
  page.meetingView.hidden = searching || route.name === 'topic';
  if (route.name === 'not-found') return showNotFound(context, route.path);
  syncControls(context, route.state, fromHistory);
  if (route.name === 'meeting') await showMeeting(context, route.meetingId, route.anchor, route.state);
  else if (route.name === 'topic') await showTopicHistory(context, route.state);
  else await showSearch(context, route.state);
}

async function loadHealth({ page, session }: PageContext): Promise<void> {
  try {
    const health = await api.health();
    session.health = health;
    // Plain words for a newcomer; the model is named for whoever runs the server, the keyword backend only when not built in.
    const semantic = health.semantic.available ? `search by meaning on (${health.semantic.model})` : 'search by meaning unavailable';
    const keyword = health.keyword.backend === 'embedded' ? '' : ` · exact words searched by ${health.keyword.backend}`;
    page.footer.textContent = `${plural(health.counts.meetings ?? 0, 'meeting')}, ${plural(health.counts.paragraphs ?? 0, 'paragraph')} indexed · ${semantic}${keyword}`;
  } catch (error) {
    page.footer.textContent = `Index status unknown: ${api.describeFailure(error)}.`;
  }
}

async function start(): Promise<void> {
  const context = createContext();
  const { page } = context;
  // Filters start folded on phones, where they would push the results below the fold.
  page.refineDetails.open = window.matchMedia('(min-width: 50rem)').matches;
  wireControls(context);
  window.addEventListener('popstate', () => void showRoute(context, routeOf(location), true));
  await loadHealth(context);
  // Someone may already be typing while health loads: the first render must not wipe their words.
  await showRoute(context, routeOf(location), document.activeElement !== page.input);
}

void start();

// "Follow this search": the search's Atom feed, and email alerts for it (an address, how often, and a confirmation
// email to open). When the server has no mail set up, a notice says so instead of the form.
import * as api from './api';
import { h } from './dom';
import { searchParamsOf, type SearchState } from './state';

const FREQUENCIES: ReadonlyArray<[api.AlertFrequency, string]> = [
  ['immediate', 'As soon as new minutes mention it'],
  ['daily', 'At most once a day'],
  ['weekly', 'At most once a week'],
];

/** The search as a feed and a subscription follow it: words, mode and filters, never the sort or a page. */
function followedParams(state: SearchState): URLSearchParams {
  const params = searchParamsOf(state);
  params.delete('sort');
  return params;
}

function emailForm(params: URLSearchParams): HTMLFormElement {
  const status = h('p', { class: 'follow-status', role: 'status', 'aria-live': 'polite' });
  const email = h('input', { type: 'email', id: 'follow-email', name: 'email', required: true, autocomplete: 'email', maxlength: 254 });
  const frequency = h('select', { id: 'follow-frequency', name: 'frequency' }, FREQUENCIES.map(([value, label]) => h('option', { value }, label)));
  const button = h('button', { type: 'submit' }, 'Email me');
  const form = h(
    'form',
    {
      class: 'follow-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        button.disabled = true;
        status.textContent = 'Sending…';
        api
          .subscribe({ email: email.value, frequency: frequency.value as api.AlertFrequency, search: params.toString() })
          .then(
            (answer) => {
              status.textContent = answer.message;
            },
            (error: unknown) => {
              status.textContent = `Not subscribed: ${api.describeFailure(error)}.`;
            },
          )
          .finally(() => {
            button.disabled = false;
          });
      },
    },
    h('label', { for: 'follow-email' }, 'Your email address'),
    email,
    h('label', { for: 'follow-frequency' }, 'How often'),
    frequency,
    button,
    status,
  );
  return form;
}

/** The panel under the results; null when there is nothing to follow (no words, no filters). */
export function renderFollow(state: SearchState, health: api.HealthResponse | null): HTMLElement | null {
  const params = followedParams(state);
  if (![...params.keys()].some((key) => key !== 'mode')) return null;
  const feed = `/api/feed?${params}`;
  const alerts = health?.alerts;
  return h(
    'details',
    { class: 'follow', 'data-search': params.toString() },
    h('summary', {}, 'Follow this search'),
    h('p', {}, 'New passages matching this search, as they are indexed: ', h('a', { href: feed, type: 'application/atom+xml' }, 'Atom feed'), ' (paste it into a feed reader).'),
    // The server's notice names the setting an operator would change (SMTP_URL): a reader only needs to know what is left.
    alerts && !alerts.email ? h('p', { class: 'notice' }, 'Email alerts are off on this server; the feed above still works.') : emailForm(params),
  );
}

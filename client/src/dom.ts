// Building the page from nodes: text from the index only ever becomes text nodes or <mark> elements.

type Child = Node | string | number | null | undefined | false;
type AttributeValue = string | number | boolean | null | undefined;
type Attributes = Record<string, AttributeValue | EventListener>;

/** `h('a', { href, class: 'x', onclick }, 'text', child)`: booleans toggle attributes, functions listen. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  element.append(...nodesOf(children.flat()));
  return element;
}

function nodesOf(children: Child[]): Node[] {
  return children
    .filter((child): child is Node | string | number => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  element.append(...nodesOf(children));
  return element;
}

/**
 * Turns a server highlight (escaped HTML whose only markup is <mark>) into nodes. The string is parsed
 * in an inert document (scripts never run there); <mark> elements are rebuilt with their text, any other
 * element is reduced to its text, so nothing but <mark> can reach the page even if escaping failed upstream.
 */
export function highlightNodes(highlight: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${highlight}`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    const text = node.textContent ?? '';
    return node.nodeName === 'MARK' ? h('mark', {}, text) : document.createTextNode(text);
  });
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "March 2017" from an ISO date. */
export function formatMonth(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : MONTH_FORMAT.format(date);
}

/** "28 March 2017" from an ISO date; "date unknown" when the minutes did not say. */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return 'date unknown';
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : DATE_FORMAT.format(date);
}

/**
 * A range of meeting dates in words, as the chat's answers say it: "on 17 October 2023" (one day), "in March 2017" (one
 * whole month), "in 2017" (one whole year), "between 1 January 2017 and 31 December 2018", "since 1 June 2017",
 * "up to 31 December 2017"; '' with neither end.
 */
export function dateSpan(from: string | undefined, to: string | undefined): string {
  if (from && to) {
    if (from === to) return `on ${formatDate(from)}`;
    const year = from.slice(0, 4);
    if (from === `${year}-01-01` && to === `${year}-12-31`) return `in ${year}`;
    const lastOfMonth = new Date(Date.UTC(Number(year), Number(from.slice(5, 7)), 0)).toISOString().slice(0, 10);
    if (from.endsWith('-01') && to === lastOfMonth) return `in ${formatMonth(from)}`;
    return `between ${formatDate(from)} and ${formatDate(to)}`;
  }
  if (from) return `since ${formatDate(from)}`;
  return to ? `up to ${formatDate(to)}` : '';
}

/** Longest query echoed back in a sentence; the search box above still holds all of it. */
const QUOTED_QUERY_CHARS = 60;

/** A query in curly quotes for a sentence, cut at a word with "…" when long, so a pasted paragraph cannot flood the page. */
export function quoted(query: string): string {
  const text = query.trim().replace(/\s+/g, ' ');
  if (text.length <= QUOTED_QUERY_CHARS) return `“${text}”`;
  const cut = text.slice(0, QUOTED_QUERY_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `“${(lastSpace > QUOTED_QUERY_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…”`;
}

const SITE_NAME = 'Minutes search';

/** The tab's title names what is on screen, so tabs, the history menu and screen readers tell one view from another. */
export function pageTitle(subject: string | null): string {
  return subject ? `${subject} – ${SITE_NAME}` : SITE_NAME;
}

/** A message made to follow a colon ("the server could not be reached"), as a sentence of its own. */
export function asSentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}

/** "Item 103: Minutes", or just the title when the item has no printed number. */
export function itemLabel(item: { number: string | null; title: string }): string {
  return item.number ? `Item ${item.number}: ${item.title}` : item.title;
}

/** "paragraph 3", or the number alone when it names itself ("Question 2", not "paragraph Question 2"). */
export function paragraphName(number: string): string {
  return /^\p{L}{2,}\s/u.test(number) ? number : `paragraph ${number}`;
}

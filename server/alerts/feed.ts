// The Atom feed of a search (the `feed` package writes the XML): its matching paragraphs, the most recently indexed
// first, each with its meeting, item, speaker, a snippet with the matched words marked (or "similar in meaning") and
// a permalink to the paragraph in context in the page. Pure. Corpus text is escaped before it goes into the feed's
// HTML fields, and characters XML cannot hold are dropped.
import { Feed } from 'feed';
import { escapeHtml } from '../../core/text/highlight';
import type { SearchResult } from '../api-types';
import { describeSearch, paragraphPermalink, searchQueryOf, type FollowedSearch } from './links';

/** Entries in one feed: feed readers poll, and remember what they saw. */
export const FEED_ENTRIES = 50;

/** Characters XML 1.0 cannot hold (most control characters), which would make the whole feed unreadable. */
const NOT_IN_XML = /(?![\t\n\r])\p{Cc}|[\ufffe\uffff]/gu;

function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

export interface FeedEntry {
  result: SearchResult;
  /** When its text was first indexed; null when not recorded (indexed before alerts began). */
  firstIndexedAt: string | null;
}

export interface FeedContext {
  search: FollowedSearch;
  origin: string;
  /** Only results holding the words (keyword rank) or this near in meaning are entries, as for email alerts. */
  minSimilarity: number;
  now: Date;
}

/** Results that would be sent by email too, most recently indexed first (then the newest meeting first). */
export function feedEntries(entries: FeedEntry[], minSimilarity: number): FeedEntry[] {
  const indexedTime = (entry: FeedEntry) => (entry.firstIndexedAt ? Date.parse(entry.firstIndexedAt) : 0);
  return entries
    .filter(({ result }) => result.kind === 'paragraph' && (result.ranks.keyword !== null || (result.similarity ?? 0) >= minSimilarity))
    .sort((a, b) => indexedTime(b) - indexedTime(a) || (b.result.meeting.date ?? '').localeCompare(a.result.meeting.date ?? ''))
    .slice(0, FEED_ENTRIES);
}

function placeOf(result: SearchResult): string {
  const item = result.item.number ? `${result.item.number}. ${result.item.title}` : result.item.title;
  return [result.meeting.body ?? result.meeting.title, result.meeting.date ?? 'undated', item].join(' · ');
}

function entryContent(result: SearchResult): string {
  const why = result.ranks.keyword !== null ? 'Matched words are marked.' : 'Similar in meaning.';
  return [
    `<p>${escapeHtml(placeOf(result))}${result.speaker ? ` · ${escapeHtml(result.speaker)}` : ''}${result.decision ? ' · <strong>decision</strong>' : ''}</p>`,
    `<blockquote>${result.highlight}</blockquote>`,
    `<p><em>${why}</em></p>`,
    `<p>${escapeHtml(result.text)}</p>`,
  ].join('\n');
}

function dateOf(entry: FeedEntry, now: Date): Date {
  const when = entry.firstIndexedAt ?? entry.result.meeting.date;
  return when ? new Date(when) : now;
}

export function atomFeed(entries: FeedEntry[], context: FeedContext): string {
  const { search, origin } = context;
  const query = searchQueryOf(search);
  const pageLink = `${origin}/${query ? `?${query}` : ''}`;
  const shown = feedEntries(entries, context.minSimilarity);
  const feed = new Feed({
    id: `${origin}/api/feed?${query}`,
    title: xmlSafe(`Minutes: ${describeSearch(search)}`),
    description: 'New passages of published meeting minutes matching this search, the most recently indexed first.',
    link: pageLink,
    feed: `${origin}/api/feed${query ? `?${query}` : ''}`,
    updated: shown.length > 0 ? dateOf(shown[0], context.now) : context.now,
    generator: 'minutes-search',
    // Atom asks for an author of the feed when an entry may have none (a paragraph without a named speaker).
    author: { name: 'minutes-search' },
  });
  for (const entry of shown) {
    const { result } = entry;
    const meetingDate = result.meeting.date ? new Date(result.meeting.date) : undefined;
    feed.addItem({
      id: `urn:minutes-search:chunk:${encodeURIComponent(result.id)}`,
      title: escapeHtml(xmlSafe(placeOf(result))),
      link: paragraphPermalink(origin, { meetingId: result.meeting.id, itemId: result.item.id, paragraphIndex: result.paragraphIndex }, search),
      date: dateOf(entry, context.now),
      ...(meetingDate ? { published: meetingDate } : {}),
      description: xmlSafe(result.highlight),
      content: xmlSafe(entryContent(result)),
      ...(result.speaker ? { author: [{ name: xmlSafe(result.speaker) }] } : {}),
    });
  }
  return feed.atom1();
}

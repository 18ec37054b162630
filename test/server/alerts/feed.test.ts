// The Atom feed of a search: well-formed whatever the minutes hold, the most recently indexed paragraphs first,
// meaning-only results held to the alerts' bar, every entry linking to its paragraph in context.
import { xml2js, type Element } from 'xml-js';
import type { SearchResult } from '../../../server/api-types';
import { atomFeed, type FeedEntry } from '../../../server/alerts/feed';

function result(id: string, text: string, fields: Partial<SearchResult> = {}): SearchResult {
  return {
    id,
    kind: 'paragraph',
    text,
    highlight: text.replace(/[<&>]/g, (character) => ({ '<': '&lt;', '&': '&amp;', '>': '&gt;' })[character] as string),
    score: 1,
    ranks: { keyword: 1, semantic: null },
    similarity: null,
    meeting: { id: 'meeting-1', body: 'Weald Roads Panel', title: 'Weald Roads Panel', date: '2026-05-12', source: { file: 'a.txt', url: null } },
    item: { id: 'item-2', number: '2', title: 'Road safety' },
    paragraph: null,
    paragraphIndex: 0,
    speaker: 'Cllr Dunmore',
    decision: false,
    truncated: false,
    alsoIn: [],
    alsoInTotal: 0,
    ...fields,
  };
}

const context = { search: { q: 'speed cameras', mode: 'hybrid' as const, filters: { body: ['Weald Roads Panel'] } }, origin: 'https://minutes.example.org', minSimilarity: 0.6, now: new Date('2026-06-01T00:00:00Z') };

function parse(xml: string): Element {
  return (xml2js(xml) as Element).elements?.find((element) => element.name === 'feed') as Element;
}
const children = (parent: Element, name: string) => parent.elements?.filter((element) => element.name === name) ?? [];
const textOf = (element: Element) => element.elements?.map((part) => part.text ?? part.cdata ?? '').join('') ?? '';

describe('the Atom feed of a search', () => {
  const entries: FeedEntry[] = [
    { result: result('older', 'Speed cameras were first raised in March.', { paragraphIndex: 1 }), firstIndexedAt: '2026-03-02T09:00:00Z' },
    { result: result('newer', 'Hostile ]]> <script>alert(1)</script> \u0007 speed cameras text.', { speaker: 'A <b>Member</b>' }), firstIndexedAt: '2026-05-13T09:00:00Z' },
    { result: result('loose', 'Only loosely related.', { ranks: { keyword: null, semantic: 3 }, similarity: 0.4 }), firstIndexedAt: '2026-05-20T09:00:00Z' },
    { result: result('near', 'Near in meaning.', { ranks: { keyword: null, semantic: 1 }, similarity: 0.7 }), firstIndexedAt: null },
  ];
  const feed = parse(atomFeed(entries, context));

  it('is well-formed Atom with the elements Atom requires', () => {
    expect(feed.attributes?.xmlns).toBe('http://www.w3.org/2005/Atom');
    for (const name of ['id', 'title', 'updated', 'author']) expect(children(feed, name)).toHaveLength(1);
    expect(children(feed, 'link').map((link) => link.attributes)).toEqual([
      { rel: 'alternate', href: 'https://minutes.example.org/?q=speed+cameras&body=Weald+Roads+Panel' },
      { rel: 'self', href: 'https://minutes.example.org/api/feed?q=speed+cameras&body=Weald+Roads+Panel' },
    ]);
  });

  it('lists the most recently indexed first, leaving out what is only loosely near in meaning', () => {
    const ids = children(feed, 'entry').map((entry) => textOf(children(entry, 'id')[0]));
    expect(ids).toEqual(['urn:minutes-search:chunk:newer', 'urn:minutes-search:chunk:older', 'urn:minutes-search:chunk:near']);
    expect(textOf(children(children(feed, 'entry')[2], 'content')[0])).toContain('Similar in meaning.');
  });

  it('keeps the minutes’ text escaped and links each entry to its paragraph with the search', () => {
    const [newest] = children(feed, 'entry');
    const content = textOf(children(newest, 'content')[0]);
    expect(content).toContain('&lt;script&gt;');
    expect(content).not.toContain('\u0007');
    expect(content).toContain('A &lt;b&gt;Member&lt;/b&gt;');
    expect(children(newest, 'link')[0].attributes?.href).toBe('https://minutes.example.org/meetings/meeting-1?q=speed+cameras&body=Weald+Roads+Panel#item-2-p0');
    expect(textOf(children(newest, 'updated')[0])).toBe('2026-05-13T09:00:00.000Z');
  });
});

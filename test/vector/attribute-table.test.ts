// The in-memory filter for vector candidates, over a real SQLite store: what each filter accepts, and that
// chunks stored after the table was loaded are filtered too once it is brought up to date.
import path from 'node:path';
import type { Chunk } from '../../core/types';
import { openStore, type Store } from '../../indexer/stores/store';
import { attributeLoader } from '../../indexer/stores/vector/attribute-table';
import { temporaryDirectory } from '../helpers/environment';

function chunksOf(documentId: string, body: string, date: string, speakers: Array<string | null>): Chunk[] {
  return speakers.map((speaker, index) => ({
    id: `${documentId}-p${index}`,
    kind: 'paragraph',
    documentId,
    meetingId: `${documentId}-meeting`,
    itemId: `${documentId}-item`,
    text: `Paragraph ${index} of ${documentId}.`,
    body,
    date,
    year: Number(date.slice(0, 4)),
    meetingTitle: `${body} - ${date}`,
    itemNumber: '1',
    itemTitle: 'Questions',
    paragraphIndex: index,
    paragraphNumber: String(index + 1),
    part: 0,
    speaker,
    isDecision: index === speakers.length - 1,
    isTruncated: false,
    contentHash: `${documentId}-${index}`,
    duplicateOf: null,
    sourceFile: `/minutes/${documentId}.txt`,
    sourceUrl: null,
  }));
}

function store(documentId: string, chunks: Chunk[], into: Store): number[] {
  const document = { id: documentId, path: `/minutes/${documentId}.txt`, format: 'text' as const, contentHash: documentId, size: 1, indexedAt: '2024-01-01T00:00:00Z' };
  return into.replaceDocument(document, [], chunks).chunks.map((chunk) => chunk.seq);
}

describe('attributeLoader', () => {
  let minutes: Store;

  beforeEach(() => {
    minutes = openStore(path.join(temporaryDirectory('filter'), 'minutes.sqlite'));
  });

  afterEach(() => minutes.close());

  it('accepts only the chunks matching every filter, and none when no filter is set', () => {
    const panel = store('panel', chunksOf('panel', 'Police and Crime Panel', '2017-03-28', ['Mr Hill', null, 'Mrs Patel']), minutes);
    const cabinet = store('cabinet', chunksOf('cabinet', 'Cabinet', '2019-06-01', ['Mr Hill', 'Mr Hill']), minutes);
    const table = attributeLoader(minutes)();
    const accepted = (filters: Parameters<typeof table.predicate>[0]) => {
      const accept = table.predicate(filters)!;
      return [...panel, ...cabinet].filter((seq) => accept(seq));
    };

    expect(table.predicate({})).toBeNull();
    expect(accepted({ body: ['Cabinet'] })).toEqual(cabinet);
    expect(accepted({ speaker: ['Mr Hill'], year: [2017] })).toEqual([panel[0]]);
    expect(accepted({ from: '2018-01-01' })).toEqual(cabinet);
    expect(accepted({ decisionsOnly: true })).toEqual([panel[2], cabinet[1]]);
    expect(accepted({ body: ['No such body'] })).toEqual([]);
  });

  it('lists the matches of a narrow filter from its per-value lists, and declines a broad one', () => {
    const panel = store('panel', chunksOf('panel', 'Police and Crime Panel', '2017-03-28', ['Mr Hill', null, 'Mrs Patel']), minutes);
    const cabinet = store('cabinet', chunksOf('cabinet', 'Cabinet', '2019-06-01', ['Mr Hill', 'Mr Hill']), minutes);
    const table = attributeLoader(minutes)();
    expect(table.fewMatching({ speaker: ['Mr Hill'] }, 10)?.sort((a, b) => a - b)).toEqual([panel[0], ...cabinet]);
    // The narrowest filter is listed, the others are checked on its matches.
    expect(table.fewMatching({ speaker: ['Mrs Patel'], body: ['Police and Crime Panel'] }, 1)).toEqual([panel[2]]);
    expect(table.fewMatching({ speaker: ['Mr Hill'], body: ['Cabinet'] }, 3)).toEqual(cabinet);
    expect(table.fewMatching({ decisionsOnly: true, from: '2018-01-01' }, 10)).toEqual([cabinet[1]]);
    expect(table.fewMatching({ speaker: ['Nobody'] }, 10)).toEqual([]);
    expect(table.fewMatching({ speaker: ['Mr Hill'] }, 2)).toBeNull();
    expect(table.fewMatching({ from: '2018-01-01' }, 10)).toBeNull();
    expect(table.fewMatching({}, 10)).toBeNull();
  });

  it('filters chunks stored after it was loaded once it is brought up to date', () => {
    store('panel', chunksOf('panel', 'Police and Crime Panel', '2017-03-28', ['Mr Hill']), minutes);
    const load = attributeLoader(minutes);
    const before = load();
    const later = store('later', chunksOf('later', 'Cabinet', '2024-02-02', Array.from({ length: 1500 }, () => 'Dr Ellis')), minutes);

    const stale = before.predicate({ speaker: ['Dr Ellis'] })!;
    expect(later.filter((seq) => stale(seq))).toEqual([]);
    const current = load().predicate({ speaker: ['Dr Ellis'] })!;
    expect(later.filter((seq) => current(seq))).toEqual(later);
  });
});

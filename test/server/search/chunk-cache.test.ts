// What recent searches read, kept in memory over the real store: same chunks in the asked order, a repeated read
// (chunks, facet fields, copies) skips SQLite, the least recently read goes first, and clearing reads the store's
// current chunks again.
import path from 'node:path';
import { chunkMeetings } from '../../../indexer/chunk';
import { openStore, type Store, type StoredChunk } from '../../../indexer/stores/store';
import { cachedChunkReader } from '../../../server/search/chunk-cache';
import { temporaryDirectory } from '../../helpers/environment';
import { document, meeting, paragraph } from '../../indexer/stores/store/fixtures';

let store: Store;
let ids: string[];

function putMinutes(texts: string[], contentHash: string): string[] {
  const meetings = [meeting('doc-1', 'meeting-1', '2024-03-05', 'Parish Council', texts.map((text, index) => paragraph(index, text)))];
  const chunks = chunkMeetings(meetings).filter((chunk) => chunk.kind === 'paragraph');
  store.replaceDocument(document('doc-1', contentHash), meetings, chunkMeetings(meetings));
  return chunks.map((chunk) => chunk.id);
}

beforeEach(() => {
  store = openStore(path.join(temporaryDirectory('chunk-cache'), 'minutes.sqlite'));
  ids = putMinutes(['The footpath by the church is flooded.', 'A stile on the bridleway needs repair.', 'The clerk will write to the county.'], 'h1');
});

afterEach(() => store.close());

function counting(reader: Store) {
  const asked: string[][] = [];
  const askedFacets: number[][] = [];
  const askedCopies: string[][] = [];
  return {
    reader: {
      getChunks: (wanted: string[]) => (asked.push(wanted), reader.getChunks(wanted)),
      getChunkFacetsBySeq: (seqs: number[]) => (askedFacets.push(seqs), reader.getChunkFacetsBySeq(seqs)),
      copiesOf: (chunks: StoredChunk[]) => (askedCopies.push(chunks.map((chunk) => chunk.id)), reader.copiesOf(chunks)),
      decisionsOfItems: (itemIds: string[]) => reader.decisionsOfItems(itemIds),
    },
    asked,
    askedFacets,
    askedCopies,
  };
}

it("gives the store's chunks in the order asked, skipping unknown ids, and reads a chunk from SQLite once", () => {
  const [first, second, third] = ids;
  const { reader, asked } = counting(store);
  const cached = cachedChunkReader(reader, 10);
  expect(cached.getChunks([third, 'unknown', first])).toEqual(store.getChunks([third, first]));
  expect(cached.getChunks([first, second, third]).map((chunk) => chunk.id)).toEqual([first, second, third]);
  expect(asked).toEqual([[third, 'unknown', first], [second]]);
});

it('drops the least recently read chunk when full', () => {
  const [first, second, third] = ids;
  const { reader, asked } = counting(store);
  const cached = cachedChunkReader(reader, 2);
  cached.getChunks([first]);
  cached.getChunks([second]);
  cached.getChunks([first]);
  cached.getChunks([third]); // the second goes
  cached.getChunks([first, second]);
  expect(asked).toEqual([[first], [second], [third], [second]]);
});

it("keeps the semantic candidates' facet fields and the copies of a page's passages as the store gives them", () => {
  const { reader, askedFacets, askedCopies } = counting(store);
  const cached = cachedChunkReader(reader, 10);
  const chunks = store.getChunks(ids);
  const seqs = chunks.map((chunk) => chunk.seq);
  expect(cached.getChunkFacetsBySeq([seqs[2], 999_999, seqs[0]])).toEqual(store.getChunkFacetsBySeq([seqs[2], seqs[0]]));
  expect(cached.getChunkFacetsBySeq(seqs).map((chunk) => chunk.id)).toEqual(ids);
  expect(cached.copiesOf(chunks)).toEqual(store.copiesOf(chunks));
  cached.copiesOf(chunks.slice(1));
  expect(askedFacets).toEqual([[seqs[2], 999_999, seqs[0]], [seqs[1]]]);
  expect(askedCopies).toEqual([ids]);
});

it('reads the store again after clear, so a re-indexed document shows its new chunks', () => {
  const cached = cachedChunkReader(store, 10);
  expect(cached.getChunks(ids)).toHaveLength(3);
  // Chunk ids follow the chunk's place in the minutes: the re-indexed first paragraph keeps its id with a new text.
  const [repaired] = putMinutes(['The footpath by the church has been repaired.'], 'h2');
  expect(repaired).toBe(ids[0]);
  cached.clear();
  expect(cached.getChunks(ids).map((chunk) => chunk.text)).toEqual(['The footpath by the church has been repaired.']);
});

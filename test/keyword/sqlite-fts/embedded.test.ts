// Behaviours of the embedded backend beyond the shared contract: ranking a sample when a query has
// too many matches to score, and opening an index written before filter tokens existed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createEmbeddedKeywordIndex } from '../../../indexer/stores/keyword/sqlite-fts';
import { makeChunk } from '../fixtures';

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'keyword-embedded-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('embedded keyword index', () => {
  it('when matches exceed the rank window, samples chunks whose item title holds the words before recent ones', async () => {
    const index = createEmbeddedKeywordIndex({ file: path.join(folder, 'keyword.sqlite'), rankWindow: 2 });
    await index.upsert([
      makeChunk({ id: 'titled', itemTitle: 'Rural Crime', text: 'Members discussed rural crime across the county.' }),
      ...Array.from({ length: 5 }, (_, number) =>
        makeChunk({ id: `later-${number}`, itemTitle: 'Any Other Business', text: `Item ${number}: rural crime was mentioned in passing.` }),
      ),
    ]);
    const result = await index.search({ text: 'rural crime ', limit: 10, offset: 0 });
    expect(result.hits[0].id).toBe('titled');
    expect(result.total).toBe(6);
    expect(result.approximate).toBe(true);
    // The matches left out of the sample follow it, so every one counted can be paged to.
    expect(new Set(result.hits.map((hit) => hit.id)).size).toBe(6);
    const pages = await Promise.all([0, 2, 4].map((offset) => index.search({ text: 'rural crime ', limit: 2, offset })));
    expect(pages.flatMap((page) => page.hits.map((hit) => hit.id))).toEqual(result.hits.map((hit) => hit.id));
    await index.close();
  });

  it('past the matches it counts, estimates the total from how far back they reach and says so', async () => {
    const index = createEmbeddedKeywordIndex({ file: path.join(folder, 'keyword.sqlite'), maxCountedMatches: 4 });
    // Twenty chunks, every other one about the precept: the four newest matches reach back over eight chunks of twenty.
    await index.upsert(
      Array.from({ length: 20 }, (_, number) =>
        makeChunk({ id: `chunk-${number}`, text: number % 2 === 0 ? `Item ${number}: the precept was discussed.` : `Item ${number}: the budget was noted.` }),
      ),
    );
    const common = await index.search({ text: 'precept ', limit: 10, offset: 0 });
    expect(common.approximate).toBe(true);
    expect(common.total).toBe(Math.round((4 * 20) / 8));
    expect(common.hits).toHaveLength(4);
    const counted = await index.search({ text: 'precept ', filters: { year: [2023] }, limit: 10, offset: 0 });
    expect(counted.facets.year).toEqual({ 2023: 4 });
    const rare = await index.search({ text: '"item 4"', limit: 10, offset: 0 });
    expect(rare).toMatchObject({ total: 1, approximate: false });
    await index.close();
  });

  it('shows and scores the text written last, not the rows an earlier search read', async () => {
    const index = createEmbeddedKeywordIndex({ file: path.join(folder, 'keyword.sqlite') });
    await index.upsert([makeChunk({ id: 'changed', text: 'The precept was discussed at length.' }), makeChunk({ id: 'other', text: 'The precept was noted.' })]);
    expect((await index.search({ text: 'precept ', limit: 10, offset: 0 })).hits.map((hit) => hit.highlight)).toContain('The <mark>precept</mark> was discussed at length.');
    await index.upsert([makeChunk({ id: 'changed', text: 'The precept was raised by the panel.' })]);
    const after = await index.search({ text: 'precept ', limit: 10, offset: 0 });
    expect(after.hits.map((hit) => hit.highlight).sort()).toEqual(['The <mark>precept</mark> was noted.', 'The <mark>precept</mark> was raised by the panel.']);
    await index.close();
  });

  it('matches what was written since a search read the words\' chunks, and not what was deleted', async () => {
    const index = createEmbeddedKeywordIndex({ file: path.join(folder, 'keyword.sqlite') });
    await index.upsert([makeChunk({ id: 'first', documentId: 'first-minutes', text: 'The cadet scheme was evaluated.' })]);
    expect((await index.search({ text: 'cadet evaluated ', limit: 10, offset: 0 })).hits.map((hit) => hit.id)).toEqual(['first']);
    await index.upsert([makeChunk({ id: 'second', documentId: 'second-minutes', text: 'The cadet scheme was evaluated again.' })]);
    const afterInsert = await index.search({ text: 'cadet evaluated ', limit: 10, offset: 0 });
    expect(afterInsert.hits.map((hit) => hit.id).sort()).toEqual(['first', 'second']);
    await index.deleteDocument('first-minutes');
    expect((await index.search({ text: 'cadet evaluated ', limit: 10, offset: 0 })).hits.map((hit) => hit.id)).toEqual(['second']);
    await index.close();
  });

  it('filters by an open-ended date range', async () => {
    const index = createEmbeddedKeywordIndex({ file: path.join(folder, 'keyword.sqlite') });
    await index.upsert([
      makeChunk({ id: 'old', date: '2016-05-01', text: 'The precept was set.' }),
      makeChunk({ id: 'new', date: '2023-05-01', text: 'The precept was raised.' }),
      makeChunk({ id: 'undated', date: null, text: 'The precept was discussed.' }),
    ]);
    expect((await index.search({ text: 'precept ', filters: { from: '2020-01-01' }, limit: 10, offset: 0 })).hits.map((hit) => hit.id)).toEqual(['new']);
    expect((await index.search({ text: '', filters: { to: '2020-01-01' }, limit: 10, offset: 0 })).hits.map((hit) => hit.id)).toEqual(['old']);
    await index.close();
  });

  it.each([
    ['before filter tokens', 'item_title, text, speaker, meeting_title, body'],
    ['with meeting and item fields as matched columns', 'item_title, text, speaker, meeting_title, body, filter_tokens'],
  ])('rebuilds the text index of a file written %s, so filters and matching work without re-indexing', async (_, columns) => {
    const file = path.join(folder, 'keyword.sqlite');
    const chunk = makeChunk({ id: 'kept', itemTitle: 'Cadet Scheme', text: 'The cadet scheme was evaluated.' });
    const titled = makeChunk({ id: 'titled', itemTitle: 'Cadet Scheme', text: 'The report was welcomed.' });
    const index = createEmbeddedKeywordIndex({ file });
    await index.upsert([chunk, titled]);
    await index.close();
    // An earlier layout: the same tables with other text index columns.
    const database = new Database(file);
    database.exec(`DROP TABLE chunk_text;
      CREATE VIRTUAL TABLE chunk_text USING fts5(${columns},
        content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');`);
    database.close();

    const reopened = createEmbeddedKeywordIndex({ file });
    const result = await reopened.search({ text: 'cadets ', filters: { body: [chunk.body as string], year: [2023] }, limit: 10, offset: 0 });
    expect(result.hits.map((hit) => hit.id)).toEqual(['kept']);
    expect((await reopened.search({ text: 'welcomed ', limit: 10, offset: 0 })).hits.map((hit) => hit.id)).toEqual(['titled']);
    await reopened.close();
  });
});

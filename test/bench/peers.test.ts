import fs from 'node:fs';
import path from 'node:path';
import { createEngine, ENGINE_NAMES, type SearchEngine } from '../../bench/peers/engines';
import { passesFilters } from '../../bench/peers/queries';
import { temporaryDirectory } from '../helpers/environment';
import { makeChunk } from '../keyword/fixtures';

// Our own sentences in the style of the minutes; each query below has one right chunk.
const CHUNKS = [
  makeChunk({ id: 'cadets', itemTitle: 'Youth Diversion', text: 'Members asked how the cadet scheme was funded and how many volunteers supported it.' }),
  makeChunk({ id: 'rural', itemTitle: 'Rural Crime', text: 'Farmers reported thefts of machinery and the inspectorate reviewed rural patrols.', year: 2019, date: '2019-05-02' }),
  makeChunk({ id: 'cameras', itemTitle: 'Road Safety', text: 'Speed cameras were installed near two schools after complaints from parents.' }),
];

const CASES: Array<{ query: string; expected: string; what: string }> = [
  { query: 'funding ', expected: 'cadets', what: 'another form of the same stem' },
  { query: 'machin', expected: 'rural', what: 'the last word as a prefix' },
  { query: 'rural crime ', expected: 'rural', what: 'two words, one of them only in the item title' },
  { query: '"speed cameras"', expected: 'cameras', what: 'a quoted phrase' },
];

describe.each(ENGINE_NAMES)('the %s adapter of the peer benchmark', (name) => {
  let folder: string;
  let engine: SearchEngine;

  beforeAll(async () => {
    folder = temporaryDirectory('peers');
    engine = await createEngine(name, path.join(folder, 'keyword.sqlite'));
    await engine.add(CHUNKS);
    await engine.finishBuild();
  });

  afterAll(async () => {
    await engine.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it.each(CASES)('finds the chunk first for $what ($query)', async ({ query, expected }) => {
    expect((await engine.search({ text: query, limit: 10 }))[0]).toBe(expected);
  });

  it('answers a query of stop words alone with no peer hits, and the embedded index by the words as written', async () => {
    const ids = await engine.search({ text: 'the ', limit: 10 });
    if (name === 'embedded') expect(ids.length).toBeGreaterThan(0);
    else expect(ids).toEqual([]);
  });
});

describe('the harness filter for peers that cannot filter', () => {
  it('keeps a chunk only when every filter given holds', () => {
    const rural = CHUNKS[1];
    expect(passesFilters(rural, { year: [2019] })).toBe(true);
    expect(passesFilters(rural, { year: [2019], decisionsOnly: true })).toBe(false);
    expect(passesFilters(rural, { from: '2019-01-01', to: '2019-12-31', body: [rural.body!] })).toBe(true);
    expect(passesFilters(rural, { to: '2018-12-31' })).toBe(false);
  });
});

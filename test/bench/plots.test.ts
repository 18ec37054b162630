import {
  CHARTS,
  hnswPoints,
  httpLatencies,
  httpSpec,
  keywordLatencies,
  latestOfEach,
  parseSections,
  peerLatencies,
  peerSpec,
  renderSvg,
  searchQualityRows,
} from '../../bench/plots';

// jest 29 loads CommonJS only and vega ships ES modules (`npm run plots` imports those under Node); the UMD
// builds published in the same packages stand in for them here.
jest.mock('vega', () => jest.requireActual('../../node_modules/vega/build/vega.js'));
jest.mock('vega-lite', () => jest.requireActual('../../node_modules/vega-lite/build/vega-lite.min.js'));

const EVAL_SECTION = `
## Search quality (npm run eval), model glove-sif-50d-10k

Command: \`npm run eval\`

Machine: 2 cores (nproc), 24 GB memory, Node v20.20.2, 2026-11-23 13:37 UTC, load average 2.8 (1 min) at the end of the run.

| queries | n | keyword nDCG@10 / R@10 / MRR | semantic nDCG@10 / R@10 / MRR | hybrid nDCG@10 / R@10 / MRR |
|---|---|---|---|---|
| all | 45 | 0.706 / 0.894 / 0.799 | 0.189 / 0.367 / 0.194 | 0.712 / 0.900 / 0.788 |
| typo | 5 | 0.889 / 1.000 / 0.900 | 0.000 / 0.000 / 0.000 | 0.889 / 1.000 / 0.900 |

#### Fusion changes behind the table above (2026-11-23)

| fusion | all | paraphrase |
|---|---|---|
| RRF k=60 | 0.652 | 0.425 |
`;

const httpSection = (paragraphs: string, time: string, rows: string[]) => `
## Hybrid search over HTTP, ${paragraphs} synthetic paragraphs

Command: \`npx tsx bench/server.ts --paragraphs ${paragraphs.replace(/,/g, '')}\`

Machine: 2 cores (nproc), 24 GB memory, Node v20.20.2, 2026-11-23 ${time} UTC, load average 4.4 (1 min) at the end of the run.

| paragraphs | clients | req/s | p50 ms | p95 ms | p99 ms | errors | RSS at rest MB | RSS peak MB |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

| stage (one search at a time, no HTTP) | mean ms per search |
|---|---|
| HNSW search | 0.35 |
`;

const KEYWORD_SECTION = `
### Embedded keyword index, 1,000,000 paragraphs (1,142,836 chunks with item chunks)

2026-11-23T10:12:09.704Z · nproc 2, load average (1/5/15 min) 1.40 / 1.21 / 1.67 before the queries, 1.37 / 1.21 / 1.67 at the end · \`npx tsx bench/keyword.ts\`

Index time: 112.2 s · size on disk: 1516 MB

| query kind | queries | p50 ms | p95 ms | p99 ms |
|---|---|---|---|---|
| word | 50 | 7.1 | 8.3 | 9.0 |
| filters only | 10 | 2.2 | 3.0 | 3.0 |

Matches per query: word: precept → 10000
`;

const HNSW_SECTION = `
## HNSW scale: 1,000,000 unit vectors of intrinsic dimension 24, 384 dims

The index was loaded from /work/hnsw-1m, built on 2026-11-22T09:00:00.000Z.

Machine: 2 cores (nproc), 24 GB memory, Node v20.20.2, 2026-11-23 14:14 UTC, load average 3.4 (1 min) at the end of the run.

| vectors | dims | M | efConstruction | efSearch | recall@10 | p50 ms | p95 ms | p99 ms | build s | RSS growth MB | file MB |
|---|---|---|---|---|---|---|---|---|---|---|---|
| 1,000,000 | 384 | 16 | 200 | 160 | 0.981 | 1.63 | 1.77 | 2.03 | 2189 | 1748 | 1607 |
`;

const PEER_SECTION = `
## Keyword engines side by side (embedded, MiniSearch, Orama, FlexSearch), 1,000,000 paragraphs (1,142,836 chunks)

Machine: 2 cores (nproc), 24 GB memory, Node v20.20.2, 2026-12-03 13:05 UTC, load average 5.1 (1 min) at the end of the run.

| engine | queries timed | p50 ms | p95 ms | p99 ms | p50 × embedded | p95 × embedded | p99 × embedded | build s | heap MB | RSS MB | peak RSS MB | zero hits | nDCG@10 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| embedded | 300 | 12.50 | 40.10 | 80.00 | 1.00 | 1.00 | 1.00 | 300.0 | 20 | 400 | 900 | 0.0% | – |
| orama | not measured: build not finished after 15 min (600,000 chunks added) | – | – | – | – | – | – | – | – | – | – | – | – |
`;

const chart = (file: string) => {
  const found = CHARTS.find((candidate) => candidate.file === file);
  if (!found) throw new Error(`no chart ${file}`);
  return found;
};

describe('parseSections', () => {
  it('splits at every heading level and reads each section’s tables, run time and load average', () => {
    const [quality, fusion, keyword] = parseSections(EVAL_SECTION + KEYWORD_SECTION);
    expect(quality).toMatchObject({ title: 'Search quality (npm run eval), model glove-sif-50d-10k', measuredAt: '2026-11-23 13:37 UTC', loadAverage: 2.8 });
    expect(quality.tables[0].headers.slice(0, 3)).toEqual(['queries', 'n', 'keyword nDCG@10 / R@10 / MRR']);
    expect(quality.tables[0].rows[1][0]).toBe('typo');
    expect(fusion.title).toBe('Fusion changes behind the table above (2026-11-23)');
    expect(fusion.tables[0].rows).toEqual([['RRF k=60', '0.652', '0.425']]);
    expect(keyword).toMatchObject({ measuredAt: '2026-11-23 10:12 UTC', loadAverage: 1.37 });
  });

  it('dates a run by its machine line, not by other dates in its notes', () => {
    expect(parseSections(HNSW_SECTION)[0].measuredAt).toBe('2026-11-23 14:14 UTC');
  });
});

describe('latestOfEach', () => {
  it('keeps only the last section for each size among re-runs', () => {
    const markdown =
      httpSection('100,000', '13:35', ['| 100,000 | 1 | 29 | 31 | 64 | 79 | 0 | 637 | 737 |']) +
      httpSection('10,000', '09:29', ['| 10,000 | 1 | 16 | 53 | 178 | 199 | 0 | 421 | 443 |']) +
      httpSection('100,000', '13:51', ['| 100,000 | 1 | 49 | 19 | 32 | 46 | 0 | 419 | 440 |']);
    const http = chart('http-hybrid-latency.svg');
    const latest = latestOfEach(parseSections(markdown), http.titlePattern, http.key);
    expect(latest.map((section) => section.measuredAt)).toEqual(['2026-11-23 13:51 UTC', '2026-11-23 09:29 UTC']);
  });
});

describe('table rows', () => {
  it('reads nDCG, recall and MRR for each query kind and mode of the eval table', () => {
    const rows = searchQualityRows(parseSections(EVAL_SECTION)[0]);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ queryKind: 'all', queries: 45, mode: 'keyword', ndcg: 0.706, recall: 0.894, mrr: 0.799 });
    expect(rows.filter((row) => row.queryKind === 'typo').map((row) => [row.mode, row.ndcg])).toEqual([
      ['keyword', 0.889],
      ['semantic', 0],
      ['hybrid', 0.889],
    ]);
  });

  it('reads every latency percentile column of the HTTP table and skips the stage table', () => {
    const section = parseSections(httpSection('100,000', '13:51', ['| 100,000 | 32 | 64 | 562 | 672 | 1014 | 0 | 419 | 429 |']))[0];
    expect(httpLatencies(section)).toEqual([
      { paragraphs: 100000, clients: 32, percentile: 'p50', ms: 562 },
      { paragraphs: 100000, clients: 32, percentile: 'p95', ms: 672 },
      { paragraphs: 100000, clients: 32, percentile: 'p99', ms: 1014 },
    ]);
  });

  it('takes the keyword index size from the title and one latency per query kind and percentile', () => {
    const latencies = keywordLatencies(parseSections(KEYWORD_SECTION)[0]);
    expect(latencies).toHaveLength(6);
    expect(latencies.find((row) => row.queryKind === 'filters only' && row.percentile === 'p95')).toEqual({
      paragraphs: 1000000,
      queryKind: 'filters only',
      percentile: 'p95',
      ms: 3,
    });
  });

  it('names each HNSW run by its size and data', () => {
    expect(hnswPoints(parseSections(HNSW_SECTION)[0])).toEqual([
      { index: '1M × 384 dims, intrinsic dimension 24', efSearch: 160, recall: 0.981, p50Ms: 1.63 },
    ]);
  });

  it('says which section and column hold a cell that is not a number', () => {
    const section = parseSections(httpSection('10,000', '09:29', ['| 10,000 | 1 | 16 | n/a | 178 | 199 | 0 | 421 | 443 |']))[0];
    expect(() => httpLatencies(section)).toThrow('expected a number in "Hybrid search over HTTP, 10,000 synthetic paragraphs", 1 clients p50, got "n/a"');
  });
});

describe('the peer chart', () => {
  it('plots each measured engine’s percentiles and names the engines a run stopped', async () => {
    const section = parseSections(PEER_SECTION)[0];
    expect(peerLatencies(section)).toEqual(
      ['p50', 'p95', 'p99'].map((percentile, index) => ({ paragraphs: 1000000, engine: 'embedded', percentile, ms: [12.5, 40.1, 80][index] })),
    );
    const svg = await renderSvg(peerSpec([section]));
    expect(svg).toContain('Not measured (stopped at the build or memory limit): orama at 1,000,000 paragraphs.');
    expect(svg).toContain('1,000,000 paragraphs: 2026-12-03 13:05 UTC, load average 5.1');
  });
});

describe('renderSvg', () => {
  it('draws the HTTP chart with its title, axis titles with units and a legend of percentiles', async () => {
    const sections = parseSections(
      httpSection('10,000', '09:29', ['| 10,000 | 1 | 16 | 53 | 178 | 199 | 0 | 421 | 443 |', '| 10,000 | 32 | 18 | 886 | 5075 | 5688 | 0 | 421 | 478 |']),
    );
    const svg = await renderSvg(httpSpec(sections));
    expect(svg.startsWith('<svg')).toBe(true);
    for (const label of ['Hybrid search over HTTP: latency against concurrent clients', 'concurrent clients', 'latency per request (ms, log scale)', 'percentile', 'p95', '10,000 paragraphs', 'load average 4.4']) {
      expect(svg).toContain(label);
    }
    const count = (role: string) => svg.split(`aria-roledescription="${role}"`).length - 1;
    expect(count('legend')).toBe(1);
    // One line per percentile column, one point per row and percentile.
    expect(count('line mark')).toBe(3);
    expect(count('point')).toBe(6);
  });
});

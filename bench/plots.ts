// Draws the current benchmark results as SVG charts in docs/plots/ (`npm run plots`). The bench scripts append
// sections to docs/BENCHMARKS.md and re-runs repeat a title, so every chart reads the last section of each title.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { BENCHMARKS_FILE } from './report';

export const PLOTS_DIR = path.resolve(__dirname, '../docs/plots');

export interface MarkdownTable {
  headers: string[];
  rows: string[][];
}

export interface BenchmarkSection {
  title: string;
  /** "2026-11-23 13:37 UTC", or only the day for sections that give no time; null when undated. */
  measuredAt: string | null;
  /** The 1-minute load average at the end of the run: the machine is shared, so latencies depend on it. */
  loadAverage: number | null;
  tables: MarkdownTable[];
}

const HEADING = /^#{1,6}\s+(.+)$/;
const DATE = /(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?/;
// "load average 3.8 (1 min) at the end of the run" (appendBenchmark) or "load average (1/5/15 min) 1.40 / 1.21 / 1.67
// before the queries, 1.37 / 1.21 / 1.67 at the end" (bench/keyword.ts); the end of the run is what the charts report.
const LOAD_AT_END = /(\d+(?:\.\d+)?)(?: \(1 min\)| \/ [\d.]+ \/ [\d.]+) at the end/;
const TABLE_SEPARATOR = /^\|?\s*:?-{3,}/;

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** Every markdown table in the lines: a header row, a separator row and the rows up to the first non-table line. */
export function parseTables(lines: string[]): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  let block: string[] = [];
  const closeBlock = () => {
    if (block.length >= 2 && TABLE_SEPARATOR.test(block[1].trim())) {
      tables.push({ headers: splitRow(block[0]), rows: block.slice(2).map(splitRow) });
    }
    block = [];
  };
  for (const line of lines) {
    if (line.trimStart().startsWith('|')) block.push(line);
    else closeBlock();
  }
  closeBlock();
  return tables;
}

/** Splits the file at every heading (the keyword benchmark writes `###`, the others `##`). */
export function parseSections(markdown: string): BenchmarkSection[] {
  const sections: { title: string; lines: string[] }[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) sections.push({ title: heading[1].trim(), lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  return sections.map(({ title, lines }) => {
    const text = lines.join('\n');
    // The machine line dates the run; notes may hold other dates (when a reused index was built).
    const date = DATE.exec(lines.find((line) => line.startsWith('Machine:')) ?? text);
    const load = LOAD_AT_END.exec(text);
    return {
      title,
      measuredAt: date ? (date[2] ? `${date[1]} ${date[2]} UTC` : date[1]) : null,
      loadAverage: load ? Number(load[1]) : null,
      tables: parseTables(lines),
    };
  });
}

/** The last section for each key among the sections whose title matches, in order of first appearance. */
export function latestOfEach(sections: BenchmarkSection[], titlePattern: RegExp, key: (title: string) => string): BenchmarkSection[] {
  const latest = new Map<string, BenchmarkSection>();
  for (const section of sections) if (titlePattern.test(section.title)) latest.set(key(section.title), section);
  return [...latest.values()];
}

function numberIn(cell: string | undefined, where: string): number {
  const value = Number((cell ?? '').replace(/,/g, ''));
  if (!cell || !Number.isFinite(value)) throw new Error(`expected a number in ${where}, got "${cell ?? ''}"`);
  return value;
}

function findTable(section: BenchmarkSection, required: string[]): MarkdownTable {
  const table = section.tables.find((candidate) => required.every((header) => candidate.headers.includes(header)));
  if (!table) throw new Error(`section "${section.title}" has no table with the columns ${required.join(', ')}`);
  return table;
}

function cellReader(section: BenchmarkSection, table: MarkdownTable) {
  return (row: string[], header: string) => numberIn(row[table.headers.indexOf(header)], `"${section.title}", column ${header}`);
}

/** The latency columns ("p50 ms", "p97.5 ms", …) in table order, so a run that reports other percentiles still plots. */
function percentileColumns(section: BenchmarkSection, table: MarkdownTable): { percentile: string; index: number }[] {
  const columns = table.headers.flatMap((header, index) => {
    const match = /^(p\d+(?:\.\d+)?) ms$/.exec(header);
    return match ? [{ percentile: match[1], index }] : [];
  });
  if (columns.length === 0) throw new Error(`section "${section.title}" has no latency percentile columns ("p50 ms", …)`);
  return columns;
}

function paragraphsInTitle(title: string): number {
  return numberIn(/([\d,]+) (?:synthetic )?paragraphs/.exec(title)?.[1], `the title "${title}"`);
}

export interface QualityRow {
  queryKind: string;
  queries: number;
  mode: string;
  ndcg: number;
  recall: number;
  mrr: number;
}

/** Rows of the eval table, whose mode cells read "nDCG@10 / R@10 / MRR" (e.g. `0.706 / 0.894 / 0.799`). */
export function searchQualityRows(section: BenchmarkSection): QualityRow[] {
  const table = findTable(section, ['queries', 'n']);
  const modes = table.headers.flatMap((header, index) => {
    const match = /^(\S+) nDCG@10 \/ R@10 \/ MRR$/.exec(header);
    return match ? [{ mode: match[1], index }] : [];
  });
  const cell = cellReader(section, table);
  return table.rows.flatMap((row) =>
    modes.map(({ mode, index }) => {
      const [ndcg, recall, mrr] = row[index].split('/').map((part) => numberIn(part.trim(), `"${section.title}", ${row[0]} / ${mode}`));
      return { queryKind: row[0], queries: cell(row, 'n'), mode, ndcg, recall, mrr };
    }),
  );
}

export interface HnswPoint {
  /** e.g. "1M × 384 dims, intrinsic dimension 24". */
  index: string;
  efSearch: number;
  recall: number;
  p50Ms: number;
}

const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact' });

export function hnswPoints(section: BenchmarkSection): HnswPoint[] {
  const table = findTable(section, ['vectors', 'dims', 'efSearch', 'recall@10', 'p50 ms']);
  const cell = cellReader(section, table);
  const intrinsic = /intrinsic dimension (\d+)/.exec(section.title)?.[1];
  return table.rows.map((row) => ({
    index: `${COMPACT.format(cell(row, 'vectors'))} × ${cell(row, 'dims')} dims, ${intrinsic ? `intrinsic dimension ${intrinsic}` : 'isotropic'}`,
    efSearch: cell(row, 'efSearch'),
    recall: cell(row, 'recall@10'),
    p50Ms: cell(row, 'p50 ms'),
  }));
}

export interface KeywordLatency {
  paragraphs: number;
  queryKind: string;
  percentile: string;
  ms: number;
}

export function keywordLatencies(section: BenchmarkSection): KeywordLatency[] {
  const table = findTable(section, ['query kind']);
  const paragraphs = paragraphsInTitle(section.title);
  return table.rows.flatMap((row) =>
    percentileColumns(section, table).map(({ percentile, index }) => ({
      paragraphs,
      queryKind: row[0],
      percentile,
      ms: numberIn(row[index], `"${section.title}", ${row[0]} ${percentile}`),
    })),
  );
}

export interface HttpLatency {
  paragraphs: number;
  clients: number;
  percentile: string;
  ms: number;
}

export function httpLatencies(section: BenchmarkSection): HttpLatency[] {
  const table = findTable(section, ['paragraphs', 'clients']);
  const cell = cellReader(section, table);
  return table.rows.flatMap((row) =>
    percentileColumns(section, table).map(({ percentile, index }) => ({
      paragraphs: cell(row, 'paragraphs'),
      clients: cell(row, 'clients'),
      percentile,
      ms: numberIn(row[index], `"${section.title}", ${row[1]} clients ${percentile}`),
    })),
  );
}

export interface PeerLatency {
  paragraphs: number;
  engine: string;
  percentile: string;
  ms: number;
}

/** Each measured engine's latency percentiles; an engine the run stopped (its cells "–") has no rows. */
export function peerLatencies(section: BenchmarkSection): PeerLatency[] {
  const table = findTable(section, ['engine', 'p50 ms']);
  const paragraphs = paragraphsInTitle(section.title);
  const columns = percentileColumns(section, table);
  return table.rows
    .filter((row) => row[columns[0].index] !== '–')
    .flatMap((row) =>
      columns.map(({ percentile, index }) => ({ paragraphs, engine: row[0], percentile, ms: numberIn(row[index], `"${section.title}", ${row[0]} ${percentile}`) })),
    );
}

/** "orama at 1,000,000 paragraphs", for each engine a run stopped. */
function unmeasuredPeers(sections: BenchmarkSection[]): string[] {
  return sections.flatMap((section) =>
    findTable(section, ['engine', 'p50 ms'])
      .rows.filter((row) => row.some((cell) => cell.startsWith('not measured')))
      .map((row) => `${row[0]} at ${paragraphsLabel(paragraphsInTitle(section.title))}`),
  );
}

const TARGET = { recall: 0.98, p50Ms: 2 };

const CONFIG = {
  font: 'Helvetica, Arial, sans-serif',
  title: { anchor: 'start', fontSize: 16, subtitleFontSize: 11, subtitleColor: '#555', subtitlePadding: 6, offset: 12 },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal' },
  legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 0, titleLimit: 0 },
  header: { labelFontSize: 12, titleFontSize: 12 },
} as const;

/** Where each chart's numbers come from and how loaded the shared machine was, wrapped to a readable width. */
function provenance(sections: BenchmarkSection[], label: (section: BenchmarkSection) => string): string[] {
  const lines = ['From the latest runs in docs/BENCHMARKS.md (2 cores shared with other work; load average at the end of each run):'];
  let line = '';
  for (const section of sections) {
    const load = section.loadAverage === null ? '' : `, load average ${section.loadAverage}`;
    const run = `${label(section)}: ${section.measuredAt ?? 'undated'}${load}`;
    if (line && line.length + run.length > 110) {
      lines.push(line);
      line = run;
    } else line = line ? `${line} · ${run}` : run;
  }
  return [...lines, line];
}

/** "p50", "p97.5", … in numeric order, whatever order the runs reported them in. */
function percentileOrder(rows: { percentile: string }[]): string[] {
  return distinct(rows.map((row) => row.percentile)).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function paragraphsLabel(paragraphs: number): string {
  return `${paragraphs.toLocaleString('en-GB')} paragraphs`;
}

export function searchQualitySpec(sections: BenchmarkSection[]): TopLevelSpec {
  const section = sections[sections.length - 1];
  const rows = searchQualityRows(section).map((row) => ({ ...row, kind: `${row.queryKind} (${row.queries})` }));
  const modes = distinct(rows.map((row) => row.mode));
  const model = /model (.+)$/.exec(section.title)?.[1] ?? 'unnamed model';
  return {
    title: { text: `Search quality: nDCG@10 per query kind, model ${model}`, subtitle: provenance([section], () => 'npm run eval') },
    config: CONFIG,
    width: 760,
    height: 300,
    data: { values: rows },
    encoding: {
      x: { field: 'kind', type: 'nominal', sort: distinct(rows.map((row) => row.kind)), title: 'query kind (labelled queries)', axis: { labelAngle: 0 } },
      xOffset: { field: 'mode', type: 'nominal', sort: modes },
      y: { field: 'ndcg', type: 'quantitative', scale: { domain: [0, 1] }, title: 'nDCG@10 (0 to 1, higher is better)' },
      color: { field: 'mode', type: 'nominal', sort: modes, title: 'search mode' },
    },
    layer: [
      { mark: 'bar' },
      { mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 9 }, encoding: { text: { field: 'ndcg', type: 'quantitative', format: '.2f' } } },
    ],
  };
}

type ConcatPanel = Extract<TopLevelSpec, { hconcat: unknown }>['hconcat'][number];

/** One recall/latency panel; a panel given a latency domain zooms in, clipping what falls outside it. */
function hnswPanel(points: HnswPoint[], title: string, domains: { p50Ms?: number[]; recall: number[] }): ConcatPanel {
  const clip = domains.p50Ms !== undefined;
  const color = { field: 'index', type: 'nominal', title: 'vectors' } as const;
  return {
    title,
    width: 420,
    height: 380,
    encoding: {
      x: { field: 'p50Ms', type: 'quantitative', scale: { domain: domains.p50Ms }, title: 'median latency per query (p50, ms, one thread)' },
      y: { field: 'recall', type: 'quantitative', scale: { domain: domains.recall }, title: 'recall@10 (share of the exact top 10 found)' },
    },
    layer: [
      {
        data: { values: [{ p50Ms: 0, recall: TARGET.recall, p50MsEnd: TARGET.p50Ms, recallEnd: 1 }] },
        mark: { type: 'rect', color: '#2ca02c', opacity: 0.2, clip },
        encoding: { x2: { field: 'p50MsEnd' }, y2: { field: 'recallEnd' } },
      },
      {
        data: { values: points },
        layer: [
          { mark: { type: 'line', point: { size: 40 }, clip }, encoding: { color, order: { field: 'efSearch' } } },
          { mark: { type: 'text', align: 'left', dx: 5, dy: 9, fontSize: 10, clip }, encoding: { color, text: { field: 'efSearch' } } },
        ],
      },
    ],
  };
}

/** Recall against latency with the target region shaded: every run, then a zoom on the region near the target. */
export function hnswSpec(sections: BenchmarkSection[]): TopLevelSpec {
  const points = sections.flatMap(hnswPoints);
  const zoomRecall = 0.9;
  const zoomLatency = Math.ceil(Math.max(TARGET.p50Ms, ...points.filter((point) => point.recall >= zoomRecall).map((point) => point.p50Ms)));
  return {
    title: {
      text: 'HNSW: recall@10 against latency as efSearch grows',
      subtitle: [
        `Shaded: the target, recall@10 ≥ ${TARGET.recall} at p50 < ${TARGET.p50Ms} ms. Points are labelled with efSearch.`,
        ...provenance(sections, (section) => hnswPoints(section)[0]?.index ?? section.title),
      ],
    },
    config: CONFIG,
    hconcat: [
      hnswPanel(points, 'every run', { recall: [0, 1] }),
      hnswPanel(points, `zoom: recall@10 ≥ ${zoomRecall}`, { p50Ms: [0, zoomLatency], recall: [zoomRecall, 1] }),
    ],
  };
}

/** The rows of runs at several sizes, smallest first, each labelled with its size, and a subtitle naming the runs. */
function runsBySize<Row extends { paragraphs: number }>(sections: BenchmarkSection[], read: (section: BenchmarkSection) => Row[]) {
  const ordered = [...sections].sort((a, b) => paragraphsInTitle(a.title) - paragraphsInTitle(b.title));
  return {
    rows: ordered.flatMap(read).map((row) => ({ ...row, size: paragraphsLabel(row.paragraphs) })),
    subtitle: provenance(ordered, (section) => paragraphsLabel(paragraphsInTitle(section.title))),
  };
}

export function keywordSpec(sections: BenchmarkSection[]): TopLevelSpec {
  const { rows, subtitle } = runsBySize(sections, keywordLatencies);
  const sizes = distinct(rows.map((row) => row.size));
  return {
    title: { text: 'Embedded keyword index: latency per query kind', subtitle },
    config: CONFIG,
    data: { values: rows },
    facet: { row: { field: 'percentile', type: 'nominal', sort: percentileOrder(rows), title: null, header: { labelAngle: 0, labelAlign: 'left', labelFontWeight: 'bold' } } },
    spec: {
      width: 680,
      height: 130,
      mark: 'bar',
      encoding: {
        x: { field: 'queryKind', type: 'nominal', sort: distinct(rows.map((row) => row.queryKind)), title: 'query kind (limit 10, with facets)', axis: { labelAngle: 0 } },
        xOffset: { field: 'size', type: 'nominal', sort: sizes },
        y: { field: 'ms', type: 'quantitative', title: 'latency (ms)' },
        color: { field: 'size', type: 'nominal', sort: sizes, title: 'index size' },
      },
    },
  };
}

export function httpSpec(sections: BenchmarkSection[]): TopLevelSpec {
  const { rows, subtitle } = runsBySize(sections, httpLatencies);
  return {
    title: { text: 'Hybrid search over HTTP: latency against concurrent clients', subtitle },
    config: CONFIG,
    data: { values: rows },
    facet: { column: { field: 'size', type: 'nominal', sort: distinct(rows.map((row) => row.size)), title: null, header: { labelFontWeight: 'bold' } } },
    spec: {
      width: 320,
      height: 320,
      encoding: {
        x: { field: 'clients', type: 'ordinal', title: 'concurrent clients', axis: { labelAngle: 0 } },
        y: { field: 'ms', type: 'quantitative', scale: { type: 'log' }, title: 'latency per request (ms, log scale)' },
        color: { field: 'percentile', type: 'ordinal', sort: percentileOrder(rows), scale: { scheme: 'viridis' }, title: 'percentile' },
      },
      mark: { type: 'line', point: { size: 50 } },
    },
  };
}

export function peerSpec(sections: BenchmarkSection[]): TopLevelSpec {
  const { rows, subtitle } = runsBySize(sections, peerLatencies);
  const stopped = unmeasuredPeers(sections);
  const engines = distinct(rows.map((row) => row.engine));
  return {
    title: {
      text: 'Keyword engines side by side: query latency on the same chunks and queries',
      subtitle: [...subtitle, ...(stopped.length > 0 ? [`Not measured (stopped at the build or memory limit): ${stopped.join(', ')}.`] : [])],
    },
    config: CONFIG,
    data: { values: rows },
    facet: { column: { field: 'size', type: 'nominal', sort: distinct(rows.map((row) => row.size)), title: null, header: { labelFontWeight: 'bold' } } },
    spec: {
      width: 260,
      height: 260,
      mark: 'bar',
      encoding: {
        x: { field: 'engine', type: 'nominal', sort: engines, title: null, axis: { labelAngle: 0 } },
        xOffset: { field: 'percentile', type: 'nominal', sort: percentileOrder(rows) },
        y: { field: 'ms', type: 'quantitative', scale: { type: 'log' }, title: 'latency per query, top 10 (ms, log scale)' },
        color: { field: 'percentile', type: 'ordinal', sort: percentileOrder(rows), scale: { scheme: 'viridis' }, title: 'percentile' },
      },
    },
  };
}

export interface ChartKind {
  file: string;
  /** The sections the chart reads; the last section of each key is the current one. */
  titlePattern: RegExp;
  key: (title: string) => string;
  spec: (sections: BenchmarkSection[]) => TopLevelSpec;
}

const bySize = (title: string) => String(paragraphsInTitle(title));

export const CHARTS: ChartKind[] = [
  // One chart of the latest eval, whichever model it ran with (the title names the model).
  { file: 'search-quality.svg', titlePattern: /^Search quality \(npm run eval\)/, key: () => 'latest', spec: searchQualitySpec },
  { file: 'hnsw-recall-latency.svg', titlePattern: /^HNSW scale: /, key: (title) => title, spec: hnswSpec },
  // Keyed by size: the title also counts chunks, which change with the synthetic generator.
  { file: 'keyword-latency.svg', titlePattern: /^Embedded keyword index, /, key: bySize, spec: keywordSpec },
  { file: 'http-hybrid-latency.svg', titlePattern: /^Hybrid search over HTTP, /, key: bySize, spec: httpSpec },
  { file: 'keyword-peers-latency.svg', titlePattern: /^Keyword engines side by side /, key: bySize, spec: peerSpec },
];

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // Both are ES modules whose graph awaits at the top level (vega-canvas probes for node-canvas), which
  // require() cannot load, so they are imported dynamically.
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

async function main(): Promise<void> {
  const sections = parseSections(await fs.readFile(BENCHMARKS_FILE, 'utf8'));
  await fs.mkdir(PLOTS_DIR, { recursive: true });
  for (const chart of CHARTS) {
    const latest = latestOfEach(sections, chart.titlePattern, chart.key);
    if (latest.length === 0) {
      console.error(`${chart.file}: no section titled like ${chart.titlePattern} in ${BENCHMARKS_FILE}; skipped`);
      continue;
    }
    const file = path.join(PLOTS_DIR, chart.file);
    await fs.writeFile(file, await renderSvg(chart.spec(latest)));
    console.log(`${path.relative(process.cwd(), file)} from ${latest.map((section) => `"${section.title}" (${section.measuredAt ?? 'undated'})`).join(', ')}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

// `npx tsx bench/precision.ts`: keyword precision over corpus/. For ten single-word and ten multi-word queries,
// the matches keyword search returns against the chunks whose own text holds the query's words (every content
// word, stem-insensitively; none of its -words). `--save FILE` keeps the figures as JSON; `--before FILE` reads
// such a file and appends a before/after table to docs/BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../core/config';
import { silentLogger } from '../core/logger';
import { indexPaths, silentReporter } from '../indexer/pipeline';
import { stemCandidates } from '../core/text/stem';
import { isStopWord } from '../core/text/stop-words';
import { tokenise } from '../core/text/tokens';
import { openStores } from '../indexer/stores/open';
import { createSearchService } from '../server/search';
import { loadAttributeTable } from '../indexer/stores/vector/attribute-table';
import { appendBenchmark, markdownTable } from './report';

const SINGLE_WORD_QUERIES = ['police', 'medway', 'precept', 'refuge', 'cadets', 'funding', 'victims', 'council', 'schools', 'partnership'];
const MULTI_WORD_QUERIES = [
  'police officers in schools',
  'precept -police',
  'domestic abuse',
  'mental health',
  'rural crime',
  'restorative justice',
  'retention of police officers',
  'council tax precept',
  'support for victims of domestic abuse',
  'neighbourhood policing review',
];
/** Results read per query: more than any query here returns, so every match is seen. */
const READ_LIMIT = 1000;
const TOP = 10;

export interface QueryPrecision {
  query: string;
  /** What the search reports it found (`total`) and the results it lets a user page through. */
  total: number;
  returned: number;
  /** Returned results whose own text holds the words. */
  holding: number;
  /** Chunks in the index whose own text holds the words. */
  inIndex: number;
  /** Of the first ten results, those holding the words. */
  topHolding: number;
  topCount: number;
}

/** The words a chunk must hold (content words, or every word of a query of stop words only) and the ones it must not. */
function wordsOf(query: string): { wanted: string[]; unwanted: string[] } {
  const clauses = query.split(/\s+/).filter(Boolean);
  const unwanted = clauses.filter((clause) => clause.startsWith('-')).flatMap((clause) => tokenise(clause));
  const positive = clauses.filter((clause) => !clause.startsWith('-')).flatMap((clause) => tokenise(clause));
  const content = positive.filter((term) => !isStopWord(term));
  return { wanted: content.length > 0 ? content : positive, unwanted };
}

function holdsWord(textStems: Set<string>, word: string): boolean {
  return stemCandidates(word).some((stem) => textStems.has(stem));
}

function holdsWords(text: string, words: { wanted: string[]; unwanted: string[] }): boolean {
  const stems = new Set(tokenise(text).flatMap(stemCandidates));
  return words.wanted.every((word) => holdsWord(stems, word)) && !words.unwanted.some((word) => holdsWord(stems, word));
}

async function measure(): Promise<QueryPrecision[]> {
  const config = loadConfig({ ...process.env, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-precision-')), LOG_LEVEL: 'silent' });
  const stores = await openStores(config, silentLogger);
  try {
    await indexPaths([path.resolve(__dirname, '../corpus')], stores, config, silentReporter, { prune: false });
    const search = createSearchService({ stores, config, logger: silentLogger, loadAttributes: () => loadAttributeTable(stores.store) });
    const texts = stores.store.getChunks(stores.store.allChunkIds()).map((chunk) => chunk.text);
    const figures: QueryPrecision[] = [];
    for (const query of [...SINGLE_WORD_QUERIES, ...MULTI_WORD_QUERIES]) {
      const words = wordsOf(query);
      const response = await search.search({ q: query, mode: 'keyword', sort: 'relevance', limit: READ_LIMIT, offset: 0, filters: {} });
      const holding = response.results.map((result) => holdsWords(result.text, words));
      figures.push({
        query,
        total: response.total,
        returned: response.results.length,
        holding: holding.filter(Boolean).length,
        inIndex: texts.filter((text) => holdsWords(text, words)).length,
        topHolding: holding.slice(0, TOP).filter(Boolean).length,
        topCount: Math.min(TOP, holding.length),
      });
    }
    return figures;
  } finally {
    await stores.close();
  }
}

function precision(figure: QueryPrecision): string {
  return figure.returned === 0 ? '–' : (figure.holding / figure.returned).toFixed(2);
}

function cells(figure: QueryPrecision | undefined): string[] {
  if (!figure) return ['–', '–', '–'];
  return [`${figure.returned} (total ${figure.total})`, `${figure.holding} · ${precision(figure)}`, `${figure.topHolding}/${figure.topCount}`];
}

function table(after: QueryPrecision[], before: QueryPrecision[] | null): string {
  const earlier = new Map((before ?? []).map((figure) => [figure.query, figure]));
  const header = ['query', 'chunks holding the words'];
  const columns = ['returned', 'holding · precision', `top ${TOP} holding`];
  if (before) header.push(...columns.map((column) => `before: ${column}`));
  header.push(...columns.map((column) => (before ? `after: ${column}` : column)));
  const rows = after.map((figure) => [
    `\`${figure.query}\``,
    String(figure.inIndex),
    ...(before ? cells(earlier.get(figure.query)) : []),
    ...cells(figure),
  ]);
  return markdownTable(header, rows);
}

function argument(name: string): string | null {
  const position = process.argv.indexOf(name);
  return position >= 0 ? (process.argv[position + 1] ?? null) : null;
}

async function main(): Promise<void> {
  const figures = await measure();
  const saveTo = argument('--save');
  const beforeFile = argument('--before');
  const before = beforeFile ? (JSON.parse(fs.readFileSync(beforeFile, 'utf8')) as QueryPrecision[]) : null;
  const written = table(figures, before);
  console.log(written);
  if (saveTo) fs.writeFileSync(saveTo, JSON.stringify(figures, null, 2));
  if (!before) return;
  await appendBenchmark({
    title: 'Keyword precision: matches returned against chunks holding the query words',
    command: `npx tsx bench/precision.ts --before ${beforeFile}`,
    notes: [
      'Keyword mode over corpus/, every result read (limit 1000). "Holding the words": the chunk\'s own text holds every ' +
        'content word of the query (stem-insensitively, as the highlighter matches them) and none of its -words; stop words ' +
        'count only in a query made of nothing else. "returned" is the results a user can page through, with the `total` the ' +
        'response reported; "before" is the same script run on the commit before the precision work (`--save`).',
    ],
    table: written,
  });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

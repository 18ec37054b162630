// Alerts benchmark: 10,000 saved searches matched against a batch of 1,000 new paragraphs, as one alerts run does
// after an indexing run (server/alerts/matcher.ts), and the matches recorded in a real alerts database.
// Usage: npm run bench:alerts [-- --searches 10000 --paragraphs 1000 --rounds 5]
// Prints a table and appends it to docs/BENCHMARKS.md with the machine, date and command.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { isContentWord } from '../core/text/stop-words';
import { tokenise } from '../core/text/tokens';
import { parseQuery } from '../indexer/stores/keyword/query-parser';
import { createTermMatcher, occurrences } from '../indexer/stores/keyword/term-matching';
import { openAlertDatabase } from '../server/alerts/database';
import { AlertLedger } from '../server/alerts/ledger';
import { indexBatch, matchBatch, type BatchParagraph, type SavedSearch } from '../server/alerts/matcher';
import { seededRandom } from '../test/helpers/random';
import { appendBenchmark, markdownTable, percentile } from './report';
import { generateSyntheticChunks } from './synthetic';

/** MiniLM's dimensions: the cost of a comparison on meaning. */
const DIMENSIONS = 384;
/** The meaning bar for MiniLM (server/alerts/run.ts alertSimilarity: 0.3 → 0.545). */
const MIN_SIMILARITY = 0.545;
const MODES = ['hybrid', 'hybrid', 'hybrid', 'keyword', 'keyword', 'semantic'] as const;

function unitVector(random: () => number): Float32Array {
  const vector = new Float32Array(DIMENSIONS);
  let norm = 0;
  for (let index = 0; index < DIMENSIONS; index += 1) {
    vector[index] = random() - 0.5;
    norm += vector[index] * vector[index];
  }
  const scale = 1 / Math.sqrt(norm);
  for (let index = 0; index < DIMENSIONS; index += 1) vector[index] *= scale;
  return vector;
}

function batchOf(count: number, random: () => number): BatchParagraph[] {
  const corpusDir = path.resolve(__dirname, '../corpus');
  const chunks = [...generateSyntheticChunks({ paragraphs: count, corpusDir, seed: 15 })].filter((chunk) => chunk.kind === 'paragraph').slice(0, count);
  return chunks.map((chunk, position) => ({ ...chunk, seq: position + 1, vector: unitVector(random) }));
}

/** Searches for one to three content words of a paragraph of the batch (so most find something), a fifth filtered. */
function searchesOf(count: number, batch: BatchParagraph[], random: () => number): SavedSearch[] {
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  return Array.from({ length: count }, (_, index) => {
    const words = tokenise(pick(batch).text).filter((word) => word.length > 3 && isContentWord(word));
    const q = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(words.length > 0 ? words : ['police'])).join(' ');
    const filters = random() < 0.2 ? { body: [pick(batch).body ?? ''] } : {};
    return { id: index + 1, q, mode: pick(MODES), filters, sinceSeq: 0, vector: unitVector(random) };
  });
}

/** The same keyword rule without a batch index: every search reads every paragraph's words, tokenised once (the baseline). */
function naiveKeywordMatches(paragraphWords: string[][], searches: SavedSearch[]): number {
  let found = 0;
  for (const search of searches) {
    const required = parseQuery(search.q).clauses.filter((clause) => !clause.excluded && clause.terms.some(isContentWord));
    const matchTerm = createTermMatcher(required.flatMap((clause) => clause.terms));
    for (const words of paragraphWords) {
      const matched = words.map(matchTerm);
      if (required.length > 0 && required.every((clause) => occurrences(matched, clause) > 0)) found += 1;
    }
  }
  return found;
}

function timed<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

function medianOf<T>(rounds: number, work: () => T): { ms: number; value: T } {
  const runs = Array.from({ length: rounds }, () => timed(work));
  return { ms: percentile(runs.map((run) => run.ms), 50), value: runs[0].value };
}

async function main(): Promise<void> {
  const options = new Command()
    .option('--searches <n>', 'saved searches', Number, 10_000)
    .option('--paragraphs <n>', 'new paragraphs in the batch', Number, 1_000)
    .option('--rounds <n>', 'rounds per measurement (the median is reported)', Number, 5)
    .parse()
    .opts<{ searches: number; paragraphs: number; rounds: number }>();
  const random = seededRandom(15);
  const batch = batchOf(options.paragraphs, random);
  const searches = searchesOf(options.searches, batch, random);
  const keywordOnly = searches.map((search) => ({ ...search, mode: 'keyword' as const }));

  const indexing = medianOf(options.rounds, () => indexBatch(batch));
  const index = indexing.value;
  const all = medianOf(options.rounds, () => matchBatch(index, searches, MIN_SIMILARITY));
  const words = medianOf(options.rounds, () => matchBatch(index, keywordOnly, MIN_SIMILARITY));
  // The baseline reads every paragraph for every search: measured on a tenth of the searches, scaled up.
  const sample = keywordOnly.slice(0, Math.ceil(keywordOnly.length / 10));
  const paragraphWords = batch.map((paragraph) => tokenise(paragraph.text));
  const naive = medianOf(Math.min(options.rounds, 3), () => naiveKeywordMatches(paragraphWords, sample));
  const naiveMs = naive.ms * (keywordOnly.length / sample.length);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alerts-bench-'));
  const db = openAlertDatabase(dataDir);
  const insert = db.prepare("INSERT INTO subscriptions (id, email, search, frequency, client, created_at, confirmed_at) VALUES (?, ?, ?, 'immediate', 'bench', '', '')");
  db.transaction(() => searches.forEach((search) => insert.run(search.id, `reader${search.id}@example.org`, `q=${search.q}`)))();
  const matches = all.value.map((match) => ({ subscriptionId: match.searchId, textHash: `hash-${match.paragraph}`, chunkId: batch[match.paragraph].id, words: null, similarity: null }));
  const recording = timed(() => new AlertLedger(db).recordBatch(null, batch.length, [], matches, new Date()));
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });

  const perSearch = (ms: number) => `${((ms * 1000) / searches.length).toFixed(1)} µs`;
  const meaningMatches = all.value.filter((match) => match.reason.kind === 'meaning').length;
  const table = markdownTable(
    ['step', 'time (median)', 'per saved search', 'matches'],
    [
      [`index the batch (${batch.length} paragraphs)`, `${indexing.ms.toFixed(1)} ms`, '', ''],
      [`match ${searches.length} searches, words and meaning (${DIMENSIONS} dims)`, `${all.ms.toFixed(0)} ms`, perSearch(all.ms), `${all.value.length} (${meaningMatches} on meaning)`],
      [`match ${searches.length} searches, words only`, `${words.ms.toFixed(0)} ms`, perSearch(words.ms), String(words.value.length)],
      [`baseline: words only, every paragraph read per search (${sample.length} timed, scaled)`, `${naiveMs.toFixed(0)} ms`, perSearch(naiveMs), `${naive.value} in the sample`],
      [`record ${matches.length} matches in alerts.sqlite (one transaction)`, `${recording.ms.toFixed(0)} ms`, '', ''],
    ],
  );
  console.log(table);
  console.log(`batch index vs baseline, words only: ${(naiveMs / words.ms).toFixed(1)}x faster`);
  await appendBenchmark({
    title: `Alerts: ${searches.length} saved searches against ${batch.length} new paragraphs`,
    command: `npm run bench:alerts -- --searches ${options.searches} --paragraphs ${options.paragraphs} --rounds ${options.rounds}`,
    notes: [
      `Synthetic minutes (bench/synthetic.ts, seed 15); each search is one to three content words of a paragraph of the batch, a fifth with a body filter; modes hybrid 50%, keyword 33%, semantic 17%.`,
      `Vectors are random ${DIMENSIONS}-dimension unit vectors (the cost of a comparison does not depend on the values; random vectors rarely pass the meaning bar ${MIN_SIMILARITY}, so few matches are on meaning). The query embeddings are made at subscription time and stored, so a run embeds nothing.`,
      `Batch index vs the baseline (same process, same rule): ${(naiveMs / words.ms).toFixed(1)}x faster on words only.`,
    ],
    table,
  });
}

void main();

// `EMBEDDING_MODEL_DIR=/work/shared/models npx tsx bench/text-toolkit.ts`: each piece of core/text/ against what `natural` offers for it, on the words and
// paragraphs of corpus/: speed in the same process (ratios to ours, so a loaded machine moves both sides alike) and
// agreement with what the piece must agree with (SQLite FTS5's unicode61 words and Porter stems, the sentence cases of
// the unit tests, the typo corrections of the bounded edit distance). Appends one section to docs/BENCHMARKS.md.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer';
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer';
import { loadConfig } from '../core/config';
import { boundedEditDistance } from '../core/text/distance';
import { SENTENCE_ABBREVIATIONS, splitSentences } from '../core/text/sentences';
import { stemCandidates, stemWord } from '../core/text/stem';
import { tokenise } from '../core/text/tokens';
import { createStemmer, FTS_TOKENIZER } from '../indexer/stores/keyword/stemmer';
import { parseQuery } from '../indexer/stores/keyword/query-parser';
import { planQuery } from '../indexer/stores/keyword/query-plan';
import { suggestSpelling } from '../indexer/stores/keyword/spelling';
import { allowedTypos, createVocabulary, type Vocabulary } from '../indexer/stores/keyword/vocabulary';
import { seededRandom } from '../test/helpers/random';
import { appendBenchmark, markdownTable, runWhenMain } from './report';

const CORPUS_DIR = path.resolve(__dirname, '../corpus');
const LARGE_VOCABULARY_WORDS = 60_000;
const ROUNDS = 5;

function corpusParagraphs(): string[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/** Median milliseconds of ROUNDS runs of `work`, after one warm-up run. */
function medianMs(work: () => void): number {
  work();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

/** Milliseconds to require a module in a fresh Node process (median of 3), and whether loading it printed anything. */
function requireCost(module: string): { ms: number; printed: boolean } {
  const script = `const s=process.hrtime.bigint();require(${JSON.stringify(module)});process.stderr.write('ms='+Number(process.hrtime.bigint()-s)/1e6)`;
  const runs = [0, 1, 2].map(() => spawnSync(process.execPath, ['-e', script], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8' }));
  const times = runs.map((run) => Number(/ms=([\d.]+)$/.exec(run.stderr)?.[1]));
  const printed = runs.some((run) => run.stdout.trim() !== '' || run.stderr.replace(/ms=[\d.]+$/, '').trim() !== '');
  return { ms: times.sort((a, b) => a - b)[1], printed };
}

/** unicode61 words of each text as FTS5 makes them (tokenizer without the Porter step). */
function fts5Words(texts: string[]): string[][] {
  const database = new Database(':memory:');
  database.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize='${FTS_TOKENIZER.replace(/^porter /, '')}');
                 CREATE VIRTUAL TABLE v USING fts5vocab(t, instance);`);
  const insert = database.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
  database.transaction(() => texts.forEach((text, index) => insert.run(index + 1, text)))();
  const words: string[][] = texts.map(() => []);
  for (const row of database.prepare<[], { doc: number; term: string }>('SELECT doc, term FROM v ORDER BY doc, col, offset').all()) words[row.doc - 1].push(row.term);
  database.close();
  return words;
}

function share(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`;
}

function tokenRows(paragraphs: string[], megabytes: number): string[][] {
  const reference = fts5Words(paragraphs);
  const aggressive = new AggressiveTokenizer();
  const word = new WordTokenizer();
  const candidates: Array<[string, (text: string) => string[]]> = [
    ['ours: `tokenise`', tokenise],
    ['natural `AggressiveTokenizer` (lower-cased)', (text) => aggressive.tokenize(text.toLowerCase())],
    ['natural `WordTokenizer` (lower-cased)', (text) => word.tokenize(text.toLowerCase())],
  ];
  const times = candidates.map(([, split]) => medianMs(() => paragraphs.forEach(split)));
  return candidates.map(([name, split], row) => {
    const ms = times[row];
    const same = paragraphs.filter((text, index) => split(text).join(' ') === reference[index].join(' ')).length;
    return [name, (megabytes / (ms / 1000)).toFixed(1), (ms / times[0]).toFixed(2), share(same, paragraphs.length)];
  });
}

function stemRows(words: string[]): string[][] {
  const distinct = [...new Set(words.filter((word) => /^[a-z]+$/.test(word)))];
  const fts5 = createStemmer();
  const reference = new Map(distinct.map((word) => [word, fts5.stem(word)]));
  fts5.close();
  const candidates: Array<[string, (word: string) => string, boolean]> = [
    ['ours: `stemCandidates` (one ending stripped, keyword side)', (word) => stemCandidates(word).at(-1) as string, false],
    ['natural `PorterStemmer`', (word) => PorterStemmer.stem(word), true],
    ['ours now: `stemWord` (natural\'s Porter, stems remembered)', stemWord, true],
  ];
  const times = candidates.map(([, stem]) => medianMs(() => words.forEach(stem)));
  return candidates.map(([name, stem, isStemmer], row) => {
    const ms = times[row];
    const agree = isStemmer ? share(distinct.filter((word) => stem(word) === reference.get(word)).length, distinct.length) : 'n/a (overlap of forms)';
    return [name, ((words.length / ms) * 1000).toFixed(0), (ms / times[0]).toFixed(2), agree];
  });
}

/** The cases of test/core/text/text-toolkit.test.ts that say what a sentence is in minutes. */
const SENTENCE_CASES: Array<[string, string[]]> = [
  ['The panel agreed. The Chair thanked members.', ['The panel agreed.', 'The Chair thanked members.']],
  ['Mr. Scott spoke. No. 5 was deferred.', ['Mr. Scott spoke.', 'No. 5 was deferred.']],
  ['Cllr J. Smith asked a question. It was answered.', ['Cllr J. Smith asked a question.', 'It was answered.']],
  ['1. That the report be noted. 2. That it be published.', ['1. That the report be noted.', '2. That it be published.']],
  ['It cost £5m. 2023 was worse. "No," she said.', ['It cost £5m.', '2023 was worse.', '"No," she said.']],
  ['The fee rose by approx. ten per cent. Members noted it.', ['The fee rose by approx. ten per cent.', 'Members noted it.']],
  ['He said "enough." Then he left!', ['He said "enough."', 'Then he left!']],
];

function sentenceRows(paragraphs: string[], megabytes: number): string[][] {
  // natural's abbreviations are matched as written, full stop included.
  const natural = new SentenceTokenizer([...SENTENCE_ABBREVIATIONS].flatMap((word) => [`${word}.`, `${word[0].toUpperCase()}${word.slice(1)}.`]));
  const candidates: Array<[string, (text: string) => string[]]> = [
    ['ours: `splitSentences`', splitSentences],
    ['natural `SentenceTokenizer` (our abbreviations)', (text) => natural.tokenize(text)],
  ];
  const times = candidates.map(([, split]) => medianMs(() => paragraphs.forEach(split)));
  return candidates.map(([name, split], row) => {
    const ms = times[row];
    const right = SENTENCE_CASES.filter(([text, expected]) => JSON.stringify(split(text)) === JSON.stringify(expected)).length;
    const same = paragraphs.filter((text) => JSON.stringify(split(text)) === JSON.stringify(splitSentences(text))).length;
    return [name, (megabytes / (ms / 1000)).toFixed(1), (ms / times[0]).toFixed(2), `${right} / ${SENTENCE_CASES.length}`, share(same, paragraphs.length)];
  });
}

/** A typo (one swap, drop or change past the first letter) in each of `count` corpus words long enough to be corrected. */
function misspelled(words: string[], count: number): string[] {
  const random = seededRandom(14);
  const long = [...new Set(words)].filter((word) => allowedTypos(word) > 0);
  return Array.from({ length: count }, () => {
    const word = long[Math.floor(random() * long.length)];
    const at = 1 + Math.floor(random() * (word.length - 2));
    const edits = [word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2), word.slice(0, at) + word.slice(at + 1), `${word.slice(0, at)}x${word.slice(at + 1)}`];
    return edits[Math.floor(random() * edits.length)];
  });
}

function distanceRows(words: string[]): string[][] {
  const vocabulary = [...new Set(words)];
  const typed = misspelled(words, 200);
  // The comparisons one typo correction makes: the words of the same first letter within the typo budget in length.
  const pairs = typed.flatMap((term) => {
    const limit = allowedTypos(term);
    return vocabulary.filter((word) => word[0] === term[0] && Math.abs(word.length - term.length) <= limit).map((word): [string, string, number] => [term, word, limit]);
  });
  const candidates: Array<[string, (a: string, b: string, limit: number) => number]> = [
    ['ours: `boundedEditDistance` (gives up past the budget)', boundedEditDistance],
    ['natural `DamerauLevenshteinDistance` (restricted: adjacent swaps)', (a, b) => DamerauLevenshteinDistance(a, b, { restricted: true })],
  ];
  const within = (distance: (a: string, b: string, limit: number) => number) => pairs.map(([a, b, limit]) => distance(a, b, limit) <= limit);
  const reference = within(boundedEditDistance);
  const times = candidates.map(([, distance]) => medianMs(() => pairs.forEach(([a, b, limit]) => distance(a, b, limit))));
  return candidates.map(([name, distance], row) => {
    const ms = times[row];
    const agree = within(distance).filter((value, index) => value === reference[index]).length;
    return [name, ((pairs.length / ms) * 1000).toFixed(0), (ms / times[0]).toFixed(2), `${((ms / typed.length) * 1000).toFixed(0)} µs`, share(agree, pairs.length)];
  });
}

/** About the distinct words of a 100k-paragraph index: the two models' English word lists, grown with -s and -ed forms. */
function largeVocabulary(): Vocabulary {
  const modelsDir = loadConfig().embedding.localModelDir;
  if (!modelsDir) throw new Error('EMBEDDING_MODEL_DIR must name the folder holding glove-sif-50d-10k and Xenova/all-MiniLM-L6-v2');
  const words = new Set<string>();
  for (const file of ['glove-sif-50d-10k/tokenizer.json', 'Xenova/all-MiniLM-L6-v2/tokenizer.json']) {
    const tokenizer = JSON.parse(fs.readFileSync(path.join(modelsDir, file), 'utf8')) as { model: { vocab: Record<string, number> } };
    for (const word of Object.keys(tokenizer.model.vocab)) if (/^[a-z]+$/.test(word)) words.add(word);
  }
  for (const word of [...words]) {
    if (words.size >= LARGE_VOCABULARY_WORDS) break;
    words.add(`${word}s`).add(`${word}ed`);
  }
  return createVocabulary([...words].map((word, index): [string, number] => [word, 1 + (index % 50)]));
}

/** "Did you mean" against planning the same query (which corrects typos itself), on a vocabulary of a large index. */
function suggestionRows(): string[][] {
  const vocabulary = largeVocabulary();
  return ['polcie ', 'crme ', 'bugdat ', 'survelance ', 'interprtation '].map((query) => {
    const parsed = parseQuery(query);
    const planMs = medianMs(() => planQuery(parsed, vocabulary)) - medianMs(() => suggestSpelling(parsed, vocabulary));
    const suggestionMs = medianMs(() => suggestSpelling(parsed, vocabulary));
    return [`\`${query.trim()}\``, suggestSpelling(parsed, vocabulary) ?? '–', planMs.toFixed(2), suggestionMs.toFixed(2)];
  });
}

async function main(): Promise<void> {
  const paragraphs = corpusParagraphs();
  const megabytes = Buffer.byteLength(paragraphs.join('\n')) / 1e6;
  const words = paragraphs.flatMap(tokenise);
  const requires = ['natural', 'natural/lib/natural/stemmers/porter_stemmer', 'natural/lib/natural/distance/levenshtein_distance', 'natural/lib/natural/tokenizers/sentence_tokenizer'];
  const tables = [
    markdownTable(
      ['module required (fresh process)', 'ms (median of 3)', 'printed on load'],
      requires.map((module) => {
        const cost = requireCost(module);
        return [`\`${module}\``, cost.ms.toFixed(0), cost.printed ? 'yes (dotenv "injected env")' : 'nothing'];
      }),
    ),
    markdownTable(['tokeniser', 'MB/s', 'time vs ours', 'paragraphs tokenised as FTS5 unicode61 does'], tokenRows(paragraphs, megabytes)),
    markdownTable(['stemmer', 'words/s', 'time vs ours', 'distinct words stemmed as FTS5 porter does'], stemRows(words)),
    markdownTable(['sentence splitter', 'MB/s', 'time vs ours', 'unit-test cases right', 'corpus paragraphs split as ours'], sentenceRows(paragraphs, megabytes)),
    markdownTable(['edit distance', 'pairs/s', 'time vs ours', 'per corrected word', 'same verdict within the typo budget'], distanceRows(words)),
    markdownTable(['query (60,000-word vocabulary)', 'did you mean', 'plan without the suggestion, ms', 'suggestion, ms'], suggestionRows()),
  ];
  console.log(tables.join('\n\n'));
  await appendBenchmark({
    title: 'Text toolkit on natural: speed and agreement of each piece (bench/text-toolkit.ts)',
    command: 'EMBEDDING_MODEL_DIR=/work/shared/models npx tsx bench/text-toolkit.ts',
    notes: [
      `corpus/ (.txt files): ${paragraphs.length} paragraphs, ${megabytes.toFixed(2)} MB, ${words.length} words; each time the median of ${ROUNDS} runs after a warm-up, ours and natural's in the same process.`,
      `Did you mean: ${LARGE_VOCABULARY_WORDS} words (the two models' English word lists and their -s/-ed forms, made-up counts); a plan's time is planQuery's less the suggestion's, both medians.`,
      'Edit distance: 200 corpus words with one seeded typo, each compared with the corpus words a typo correction compares it with (same first letter, length within the budget).',
    ],
    table: tables.join('\n\n'),
  });
}

runWhenMain(module, main);

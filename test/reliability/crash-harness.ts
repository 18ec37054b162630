// Crash trials for the indexer, shared by test/reliability/crash.test.ts (a few kills) and bench/crash.ts (many):
// a corpus of distinct documents made from corpus/, `npm run index` killed with SIGKILL at chosen moments,
// and the state left behind checked against the store: every difference must be one the next run repairs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../core/config';
import { silentLogger } from '../../core/logger';
import { type ConsistencyReport, inspectIndexes } from '../../indexer/check';
import { openStores } from '../../indexer/stores/open';
import { CORPUS_DIR, modelEnvironment, REPO_ROOT } from '../helpers/environment';

const PLACES = ['Kent', 'Sussex', 'Surrey', 'Essex', 'Norfolk', 'Suffolk', 'Devon', 'Dorset', 'Cumbria', 'Durham', 'Lancashire'];
const TOWNS = ['Medway', 'Dartford', 'Gravesham', 'Swale', 'Thanet', 'Ashford', 'Maidstone', 'Dover', 'Sevenoaks', 'Tonbridge'];
const WORD_SWAPS: Record<string, string[]> = {
  said: ['stated', 'explained', 'noted', 'reported'],
  police: ['constabulary', 'force'],
  funding: ['money', 'budget', 'resources'],
  important: ['vital', 'essential', 'key'],
  increase: ['rise', 'growth', 'uplift'],
  community: ['local', 'neighbourhood'],
  members: ['councillors', 'panel members'],
  concerns: ['worries', 'issues'],
};

/** A copy of a source text that is a different document: other places, shifted years, reworded sentences. */
export function varyMinutes(text: string, copy: number, random: () => number): string {
  const place = PLACES[copy % PLACES.length];
  const town = TOWNS[Math.floor(copy / PLACES.length) % TOWNS.length];
  const yearShift = (copy % 9) - 4;
  return text
    .replace(/\bKent\b/g, place)
    .replace(/\bMedway\b/g, town)
    .replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (year) => String(Number(year) + yearShift))
    .replace(new RegExp(`\\b(${Object.keys(WORD_SWAPS).join('|')})\\b`, 'g'), (word) => {
      const choices = WORD_SWAPS[word];
      return random() < 0.6 ? choices[Math.floor(random() * choices.length)] : word;
    });
}

/** Writes `copies` varied copies of every sample file into `folder`; returns the files written. */
export async function writeVariedCorpus(folder: string, copies: number, random: () => number): Promise<string[]> {
  await fs.mkdir(folder, { recursive: true });
  const sources = (await fs.readdir(CORPUS_DIR)).filter((name) => name.endsWith('.txt')).sort();
  const written: string[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    for (const source of sources) {
      const text = await fs.readFile(path.join(CORPUS_DIR, source), 'utf8');
      const file = path.join(folder, `${path.basename(source, '.txt')}-copy-${String(copy).padStart(3, '0')}.txt`);
      await fs.writeFile(file, varyMinutes(text, copy, random));
      written.push(file);
    }
  }
  return written;
}

export function indexerEnvironment(dataDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...modelEnvironment(),
  };
}

export interface IndexRun {
  code: number | null;
  killed: boolean;
  /** From the moment the indexer starts on the files (after start-up and model load) to its exit. */
  workMilliseconds: number;
  output: string;
}

// The progress line the indexer prints once the stores are open and it starts on the files.
const WORK_STARTED = /^indexing \d+ file/m;

/**
 * Runs `npm run index:dev -- <corpus>` (the indexer from its sources) in its own process group, so SIGKILL reaches npm, tsx and node at once.
 * With `killAfterMs` the whole group is killed that long after it starts on the files, unless it has finished.
 * Timing from that moment, not from the spawn, keeps kills inside the work whatever start-up costs.
 */
export function runIndexer(dataDir: string, corpusDir: string, killAfterMs?: number): Promise<IndexRun> {
  const child = spawn('npm', ['run', '--silent', 'index:dev', '--', corpusDir], {
    cwd: REPO_ROOT,
    env: indexerEnvironment(dataDir),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let workStarted: number | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  let killed = false;
  const collect = (data: Buffer) => {
    output += data.toString();
    if (workStarted !== undefined || !WORK_STARTED.test(output)) return;
    workStarted = performance.now();
    if (killAfterMs === undefined) return;
    killTimer = setTimeout(() => {
      killed = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, killAfterMs);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(killTimer);
      const workMilliseconds = workStarted === undefined ? 0 : performance.now() - workStarted;
      resolve({ code, killed: killed && code === null, workMilliseconds, output });
    });
  });
}

/** `npm run check:dev -- --json` on a data folder: its exit code and report. */
export function runCheck(dataDir: string): { code: number | null; report: ConsistencyReport } {
  const result = spawnSync('npm', ['run', '--silent', 'check:dev', '--', '--json'], {
    cwd: REPO_ROOT,
    env: indexerEnvironment(dataDir),
    encoding: 'utf8',
  });
  const jsonLine = result.stdout.split('\n').find((line) => line.startsWith('{'));
  if (!jsonLine) throw new Error(`npm run check:dev printed no report (exit ${result.status}): ${result.stderr}`);
  return { code: result.status, report: JSON.parse(jsonLine) as ConsistencyReport };
}

export interface CrashState {
  report: ConsistencyReport;
  /** Differences the next run would not repair: should always be empty. */
  unexplained: string[];
  /** The store's chunk ids, sorted: two complete runs over the same files must produce the same ids. */
  chunkIds: string[];
}

/**
 * After a kill the indexes may lag the store, but only in ways the next run repairs: chunks missing from an
 * index belong to documents not marked synced to it; orphans are dropped by every sync; nothing is duplicated.
 */
export async function inspectAfterCrash(dataDir: string): Promise<CrashState> {
  const config = loadConfig(indexerEnvironment(dataDir));
  const stores = await openStores(config, silentLogger);
  try {
    const report = await inspectIndexes(stores);
    const unexplained: string[] = [];
    const { keyword, vector, store } = report.differences;
    const unsyncedIds = (target: 'keyword' | 'vector') =>
      new Set(stores.store.unsyncedDocuments(target).map((document) => document.id));
    const keywordPending = unsyncedIds('keyword');
    for (const chunk of stores.store.getChunks(keyword.missing)) {
      if (!keywordPending.has(chunk.documentId)) unexplained.push(`keyword index lacks ${chunk.id} of a document marked synced`);
    }
    if (vector === null) unexplained.push(`vector index did not open: ${report.vectorUnavailable}`);
    else {
      const vectorPending = unsyncedIds('vector');
      for (const chunk of stores.store.getChunksBySeq(vector.missing)) {
        if (!vectorPending.has(chunk.documentId)) unexplained.push(`vector index lacks seq ${chunk.seq} of a document marked synced`);
      }
      if (vector.duplicates.length > 0) unexplained.push(`vector index holds duplicates: ${vector.duplicates.join(', ')}`);
    }
    if (keyword.duplicates.length > 0) unexplained.push(`keyword index holds duplicates: ${keyword.duplicates.join(', ')}`);
    if (store.duplicateIds.length > 0 || store.duplicateSeqs.length > 0) unexplained.push('store holds duplicated chunks');
    return { report, unexplained, chunkIds: stores.store.allChunkIds().sort() };
  } finally {
    await stores.close();
  }
}

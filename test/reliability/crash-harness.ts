// Crash trials, shared by test/reliability/crash.test.ts (a few kills) and bench/crash.ts (many): a corpus of
// distinct documents made from corpus/, `npm run index` or the server taking uploads killed with SIGKILL at chosen
// moments, and the state left behind checked against the store: every difference must be one the next run (or the
// next start) repairs, no acknowledged upload may be lost, none stored twice, no upload file left without a document.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../core/config';
import { silentLogger } from '../../core/logger';
import { type ConsistencyReport, inspectIndexes } from '../../indexer/check';
import { openStores, type Stores } from '../../indexer/stores/open';
import { uploadsFolderOf } from '../../indexer/uploads';
import { CORPUS_DIR, modelEnvironment, REPO_ROOT, temporaryDirectory } from '../helpers/environment';

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
  return withStores(dataDir, async (stores) => {
    const report = await inspectIndexes(stores, dataDir);
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
  });
}

/** Opens the data folder's stores as the indexer does, for `inspect`, and closes them. */
async function withStores<T>(dataDir: string, inspect: (stores: Stores) => Promise<T>): Promise<T> {
  const stores = await openStores(loadConfig(indexerEnvironment(dataDir)), silentLogger);
  try {
    return await inspect(stores);
  } finally {
    await stores.close();
  }
}

const ADMIN_KEY = 'crash-trials-admin-key-5f01';
let emptyCorpus: string | undefined;

/** The server started as `npm start` runs it (without building the page), in a process of its own. */
export interface ServerProcess {
  url: string;
  /** SIGTERM: in-flight requests are answered, then the stores close. Resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, as a crash or the OOM killer would. */
  kill(): Promise<void>;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

// The line server/main.ts prints once it listens.
const LISTENING = /minutes-search: open (http:\/\/127\.0\.0\.1:\d+)/;

/** Starts the server on a free port of 127.0.0.1 over `dataDir` (an empty corpus: nothing is seeded). */
export async function startServerProcess(dataDir: string): Promise<ServerProcess> {
  // One node process (tsx's require hook, no tsx wrapper process), so signals reach the server itself.
  const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...indexerEnvironment(dataDir),
      HOST: '127.0.0.1',
      PORT: '0',
      ADMIN_API_KEY: ADMIN_KEY,
      CORPUS_DIR: (emptyCorpus ??= temporaryDirectory('crash-empty-corpus')),
      RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const collect = (data: Buffer) => {
      output += data.toString();
      const match = LISTENING.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the server exited (code ${code}) before listening:\n${output}`)));
  });
  const exit = exited(child);
  return {
    url,
    stop: () => {
      child.kill('SIGTERM');
      return exit;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exit;
    },
  };
}

/** What the server answered to one upload; status null when it answered nothing (killed first). */
export interface UploadAnswer {
  file: string;
  status: number | null;
  documentId?: string;
  created?: boolean;
  code?: string;
}

async function uploadOne(url: string, file: string): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', new Blob([await fs.readFile(file)], { type: 'text/plain' }), path.basename(file));
  try {
    const response = await fetch(`${url}/api/documents`, { method: 'POST', body: form, headers: { 'x-api-key': ADMIN_KEY } });
    const body = (await response.json()) as { document?: { id: string }; created?: boolean; error?: { code: string } };
    return { file, status: response.status, documentId: body.document?.id, created: body.created, code: body.error?.code };
  } catch {
    return { file, status: null };
  }
}

/** Uploads the files through the admin API, `clients` at a time, in order; every file gets an answer or null. */
export async function uploadFiles(url: string, files: string[], clients: number): Promise<UploadAnswer[]> {
  const answers: UploadAnswer[] = [];
  let next = 0;
  const client = async () => {
    while (next < files.length) answers.push(await uploadOne(url, files[next++]));
  };
  await Promise.all(Array.from({ length: clients }, client));
  return answers;
}

/** Answers that say the document is stored: the server must never lose these. */
export function acknowledged(answers: UploadAnswer[]): UploadAnswer[] {
  return answers.filter((answer) => answer.status === 200 || answer.status === 201);
}

async function emptyFilesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const sizes = await Promise.all(files.map(async (file) => ({ file, size: (await fs.stat(file)).size })));
  return sizes.filter(({ size }) => size === 0).map(({ file }) => file);
}

export interface UploadsState {
  report: ConsistencyReport;
  /** Everything wrong with the data folder (lost, duplicated, inconsistent, orphan or empty files): should be empty. */
  problems: string[];
  /** The content hashes of the stored documents, sorted. */
  contentHashes: string[];
}

/**
 * The data folder once a server started after a kill has stopped: every acknowledged upload stored, no content
 * stored twice, the store and both indexes in agreement, and no upload file without a document or empty.
 */
export async function inspectUploads(dataDir: string, answers: UploadAnswer[]): Promise<UploadsState> {
  return withStores(dataDir, async (stores) => {
    const report = await inspectIndexes(stores, dataDir);
    const documents = stores.store.listDocuments();
    const stored = new Set(documents.map((document) => document.id));
    const problems = acknowledged(answers)
      .filter((answer) => !stored.has(answer.documentId ?? ''))
      .map((answer) => `lost: ${path.basename(answer.file)} (answered ${answer.status} as ${answer.documentId})`);
    const hashes = documents.map((document) => document.contentHash).sort();
    const repeated = hashes.filter((hash, position) => hashes[position - 1] === hash);
    problems.push(...repeated.map((hash) => `stored twice: content ${hash.slice(0, 12)}`));
    if (!report.consistent) problems.push(`not consistent: ${JSON.stringify({ counts: report.counts, unsynced: report.unsynced })}`);
    problems.push(...report.orphanUploads.map((file) => `orphan upload: ${path.relative(dataDir, file)}`));
    problems.push(...(await emptyFilesUnder(uploadsFolderOf(dataDir))).map((file) => `empty upload: ${path.relative(dataDir, file)}`));
    return { report, problems, contentHashes: hashes };
  });
}

export interface UploadRun {
  answers: UploadAnswer[];
  killed: boolean;
  /** From the first upload to the last answer (or to the kill). */
  milliseconds: number;
}

/**
 * Starts the server, uploads the files and, with `killAfterMs`, kills it with SIGKILL that long after the first
 * upload unless every answer came first; otherwise stops it with SIGTERM once all are answered.
 */
export async function uploadRun(dataDir: string, files: string[], clients: number, killAfterMs?: number): Promise<UploadRun> {
  const server = await startServerProcess(dataDir);
  const started = performance.now();
  let killed = false;
  const timer =
    killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          killed = true;
          void server.kill();
        }, killAfterMs);
  const answers = await uploadFiles(server.url, files, clients);
  const milliseconds = performance.now() - started;
  clearTimeout(timer);
  if (killed) await server.kill();
  else await server.stop();
  return { answers, killed, milliseconds };
}

/** Starts the server on the data folder (which syncs the indexes and removes orphan uploads) and stops it. */
export async function restartOnce(dataDir: string): Promise<void> {
  const server = await startServerProcess(dataDir);
  await server.stop();
}

export interface UploadTrial {
  killAfterMs: number;
  killed: boolean;
  /** Uploads answered 200/201 before the kill, and those the kill left without an answer. */
  acknowledged: number;
  unanswered: number;
  /** Right after the kill: documents, documents not synced to keyword/vector, saved vectors, upload files without a document. */
  stateAfterKill: { documents: number; unsyncedKeyword: number; unsyncedVector: number; vectors: number; orphanUploads: number };
  /** Differences right after the kill that the next start would not repair, and answers other than 200/201. */
  unexplained: string[];
  /** After a restart: lost or duplicated documents, disagreeing counts, orphan or empty upload files. */
  afterRestart: string[];
  /** Statuses of every file uploaded again after the restart, as a client retrying all would. */
  retryStatuses: Record<string, number>;
  /** After the retries: the same problems, and any difference from a clean run's documents and counts. */
  final: string[];
}

function countStatuses(answers: UploadAnswer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const answer of answers) counts[String(answer.status)] = (counts[String(answer.status)] ?? 0) + 1;
  return counts;
}

/**
 * One trial: uploads killed with SIGKILL `killAfterMs` after the first, the state inspected, the server started and
 * stopped once (its start-up sync and orphan removal), inspected again, then every file uploaded again and the result
 * compared with a clean run's (`reference`).
 */
export async function uploadTrial(dataDir: string, files: string[], clients: number, killAfterMs: number, reference: UploadsState): Promise<UploadTrial> {
  const run = await uploadRun(dataDir, files, clients, killAfterMs);
  const crashed = await inspectAfterCrash(dataDir);
  const { counts, unsynced, orphanUploads } = crashed.report;
  const stateAfterKill = {
    documents: counts.documents,
    unsyncedKeyword: unsynced.keyword.length,
    unsyncedVector: unsynced.vector.length,
    vectors: counts.vectors ?? 0,
    orphanUploads: orphanUploads.length,
  };
  const refused = run.answers.filter((answer) => answer.status !== null && answer.status !== 200 && answer.status !== 201);
  await restartOnce(dataDir);
  const restarted = await inspectUploads(dataDir, run.answers);

  const retry = await uploadRun(dataDir, files, clients);
  const retried = await inspectUploads(dataDir, [...run.answers, ...retry.answers]);
  const final = [...retried.problems];
  const failedRetries = retry.answers.filter((answer) => answer.status !== 200 && answer.status !== 201);
  final.push(...failedRetries.map((answer) => `retry of ${path.basename(answer.file)} answered ${answer.status} ${answer.code ?? ''}`));
  if (JSON.stringify(retried.report.counts) !== JSON.stringify(reference.report.counts)) {
    final.push(`counts ${JSON.stringify(retried.report.counts)} differ from a clean run's ${JSON.stringify(reference.report.counts)}`);
  }
  if (JSON.stringify(retried.contentHashes) !== JSON.stringify(reference.contentHashes)) final.push('stored documents differ from a clean run');
  return {
    killAfterMs,
    killed: run.killed,
    acknowledged: acknowledged(run.answers).length,
    unanswered: run.answers.filter((answer) => answer.status === null).length,
    stateAfterKill,
    unexplained: [...crashed.unexplained, ...refused.map((answer) => `${path.basename(answer.file)} answered ${answer.status} ${answer.code ?? ''}`)],
    afterRestart: restarted.problems,
    retryStatuses: countStatuses(retry.answers),
    final,
  };
}

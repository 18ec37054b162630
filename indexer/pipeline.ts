// The indexing job: discover files, skip unchanged ones by content hash, read → parse → chunk → store,
// then bring the keyword and vector indexes in line with the store. Every step can be re-run after a crash.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config, VectorCheckpointPolicy } from '../core/config';
import { describeError, ERROR_CODES, InputError, storageFailureOf } from '../core/errors';
import { chunkMeetings } from './chunk';
import { PARSER_VERSION, parseMinutes } from './parse';
import { readDocument, supportedExtensions } from './readers';
import { readSidecar, sidecarPathOf } from './sidecar';
import type { Stores } from './stores/open';
import type { DocumentRecord, IndexTarget, StoredChunk } from './stores/store';
import { embedInSlices } from './stores/vector/embedding-cache';
import { startVectorFill } from './vector-sync';

export interface FileFailure {
  file: string;
  code: string;
  message: string;
  /** Whether the file is at fault (unreadable, empty, no minutes) or the server (disk full, a bug). */
  blame: 'file' | 'server';
}

/** Something a file lacked that was guessed or left empty, though the file was indexed. */
export interface FileWarning {
  file: string;
  message: string;
}

export interface IndexSummary {
  documents: number;
  indexed: number;
  unchanged: number;
  removed: number;
  failed: FileFailure[];
  warnings: FileWarning[];
  meetings: number;
  items: number;
  paragraphs: number;
  chunks: number;
  embedded: number;
  seconds: number;
  semantic: string;
}

/** How the job tells a person what it is doing; the CLI draws bars, tests collect lines. */
export interface Reporter {
  filesStart(total: number): void;
  fileDone(file: string, outcome: 'indexed' | 'unchanged' | 'failed'): void;
  filesEnd(): void;
  embedProgress(done: number, total: number): void;
  line(text: string): void;
}

export const silentReporter: Reporter = {
  filesStart: () => undefined,
  fileDone: () => undefined,
  filesEnd: () => undefined,
  embedProgress: () => undefined,
  line: () => undefined,
};

export interface IndexOptions {
  /** Remove documents under the given folders whose files are gone. */
  prune: boolean;
}

/** Files this large take seconds to read and parse: a line says which one is under way. */
const LARGE_FILE_BYTES = 2 * 1_048_576;

const DISCOVERY_SKIPS = [/\.meta\.json$/i, /^readme(\.[a-z]+)?$/i, /^\./];

export function documentIdOf(absolutePath: string): string {
  return createHash('sha256').update(absolutePath).digest('hex').slice(0, 16);
}

async function discover(inputs: string[]): Promise<{ files: string[]; folders: string[]; missing: FileFailure[] }> {
  const files: string[] = [];
  const folders: string[] = [];
  const missing: FileFailure[] = [];
  const extensions = new Set(supportedExtensions());
  async function walk(folder: string): Promise<void> {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (DISCOVERY_SKIPS.some((pattern) => pattern.test(entry.name))) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && extensions.has(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  }
  for (const input of inputs) {
    const absolute = path.resolve(input);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (!stat) missing.push({ file: input, code: ERROR_CODES.UNREADABLE_FILE, message: 'no such file or folder', blame: 'file' });
    else if (stat.isDirectory()) {
      folders.push(absolute);
      await walk(absolute);
    } else files.push(absolute);
  }
  return { files: [...new Set(files)], folders, missing };
}

async function contentHashOf(file: string, bytes: Buffer): Promise<string> {
  const hash = createHash('sha256').update(bytes);
  const sidecar = await fs.readFile(sidecarPathOf(file)).catch(() => undefined);
  if (sidecar) hash.update('\0sidecar\0').update(sidecar);
  return hash.digest('hex');
}

async function indexOneFile(
  file: string,
  stores: Stores,
  config: Config,
  reporter: Reporter,
): Promise<{ outcome: 'indexed' | 'unchanged'; warnings: string[] }> {
  const stat = await fs.stat(file);
  if (stat.size > config.maxFileBytes) {
    throw new InputError(
      ERROR_CODES.FILE_TOO_LARGE,
      `file is ${stat.size} bytes, over the limit of ${config.maxFileBytes} bytes (MAX_FILE_BYTES)`,
      { file },
    );
  }
  const bytes = await fs.readFile(file);
  const contentHash = await contentHashOf(file, bytes);
  const existing = stores.store.getDocumentByPath(file);
  // A file read by an older parser is read again.
  if (existing && existing.contentHash === contentHash && existing.parserVersion === PARSER_VERSION) return { outcome: 'unchanged', warnings: [] };

  if (bytes.length >= LARGE_FILE_BYTES) reporter.line(`reading ${path.basename(file)} (${(bytes.length / 1_048_576).toFixed(1)} MB)`);
  const sidecar = await readSidecar(file);
  // A reader failing in a way it did not foresee is still the file's doing: other failures below are the server's.
  const read = await readDocument(bytes, file, { maxFileBytes: config.maxFileBytes }).catch((error: unknown) => {
    throw error instanceof InputError ? error : new InputError(ERROR_CODES.UNREADABLE_FILE, describeError(error), { file }, { cause: error });
  });
  const documentId = existing?.id ?? documentIdOf(file);
  const { meetings: parsed, warnings } = parseMinutes({
    text: read.text,
    format: read.format,
    file,
    documentId,
    sourceUrl: sidecar?.url ?? null,
    sidecar,
  });
  // Answers name the document, never where the server keeps it.
  const meetings = parsed.map((meeting) => ({ ...meeting, source: { ...meeting.source, file: path.basename(file) } }));
  const chunks = chunkMeetings(meetings);
  const document: DocumentRecord = {
    id: documentId,
    path: file,
    format: read.format,
    contentHash,
    size: bytes.length,
    indexedAt: new Date().toISOString(),
    parserVersion: PARSER_VERSION,
  };
  stores.store.replaceDocument(document, meetings, chunks);
  return { outcome: 'indexed', warnings };
}

export interface SyncOptions {
  /** Scan the indexes for orphans even when no chunk was removed since their last scan (repairs). */
  alwaysScanForOrphans?: boolean;
  /** When a long vector sync saves part-way (config.vectorCheckpoint; the defaults when absent). */
  checkpoint?: VectorCheckpointPolicy;
}

/** The removal count to record once the target is scanned for orphans, or null when no scan is due (see Store.orphanScanState). */
function orphanScanDue(stores: Stores, target: IndexTarget, options: SyncOptions): number | null {
  const { removals, scannedAt } = stores.store.orphanScanState(target);
  return options.alwaysScanForOrphans || scannedAt !== removals ? removals : null;
}

/** Chunks sent to the keyword index at once while syncing: documents are marked synced group by group. */
const KEYWORD_SYNC_CHUNKS = 20_000;

async function syncKeyword(stores: Stores, reporter: Reporter, options: SyncOptions): Promise<void> {
  // A new keyword index (its file deleted, another backend, a dropped Meilisearch index) holds none of the documents.
  stores.store.adoptIndexInstance('keyword', await stores.keyword.instance());
  const pending = stores.store.unsyncedDocuments('keyword');
  let group: typeof pending = [];
  let chunks: StoredChunk[] = [];
  let done = 0;
  const send = async () => {
    if (group.length === 0) return;
    await stores.keyword.replaceDocuments(group.map((document) => document.id), chunks);
    for (const document of group) stores.store.markSynced(document.id, 'keyword', document.contentHash);
    done += group.length;
    if (pending.length > group.length) reporter.line(`keyword index: ${done} of ${pending.length} documents`);
    group = [];
    chunks = [];
  };
  for (const document of pending) {
    group.push(document);
    chunks.push(...stores.store.chunksOfDocument(document.id));
    if (chunks.length >= KEYWORD_SYNC_CHUNKS) await send();
  }
  await send();
  // Chunks of documents removed from the store while the keyword index was unreachable or the job was killed.
  const scanAt = orphanScanDue(stores, 'keyword', options);
  if (scanAt === null) return;
  const live = new Set(stores.store.allChunkIds());
  const orphans = (await stores.keyword.allIds()).filter((id) => !live.has(id));
  if (orphans.length > 0) await stores.keyword.deleteChunks(orphans);
  stores.store.recordOrphanScan('keyword', scanAt);
}

async function syncVectors(stores: Stores, reporter: Reporter, options: SyncOptions): Promise<number> {
  if (!stores.semantic.available) return 0;
  const { embedder, index, cache } = stores.semantic.parts;
  // A vector index created anew (its folder deleted, or replaced because the embedding model changed) holds no vectors.
  stores.store.adoptIndexInstance('vector', index.instance());
  // Replaced documents leave their old labels behind: this scan is what removes them.
  const scanAt = orphanScanDue(stores, 'vector', options);
  const live = scanAt === null ? null : new Set(stores.store.allChunkSeqs());
  const orphans = live ? index.labels().filter((label) => !live.has(label)) : [];
  if (orphans.length > 0) index.remove(orphans);

  const pending = stores.store.unsyncedDocuments('vector');
  let embedded = 0;
  if (pending.length > 0 || orphans.length > 0) {
    const fill = startVectorFill(stores.store, index, pending, options.checkpoint);
    embedded = await embedInSlices(fill.chunks, embedder, cache, fill.insert, (done, total) => reporter.embedProgress(done, total));
    await fill.finish();
  }
  // Recorded only once the removals are saved, so a crash before that leaves the scan due.
  if (scanAt !== null) stores.store.recordOrphanScan('vector', scanAt);
  return embedded;
}

async function removeVanished(folders: string[], stores: Stores): Promise<number> {
  let removed = 0;
  for (const document of stores.store.listDocuments()) {
    const inFolder = folders.some((folder) => document.path.startsWith(folder + path.sep));
    if (!inFolder) continue;
    const stillThere = await fs.stat(document.path).then(
      () => true,
      () => false,
    );
    if (stillThere) continue;
    await removeDocument(document.id, stores);
    removed += 1;
  }
  return removed;
}

/** Removes a document from the indexes first and the store last, so a crash leaves it re-removable. */
export async function removeDocument(documentId: string, stores: Stores): Promise<void> {
  const chunks = stores.store.chunksOfDocument(documentId);
  await stores.keyword.deleteDocument(documentId);
  if (stores.semantic.available) {
    stores.semantic.parts.index.remove(chunks.map((chunk) => chunk.seq));
    await stores.semantic.parts.index.save();
  }
  stores.store.removeDocument(documentId);
}

/** Brings both indexes in line with the store (after indexing, a crash, or an outage). */
export async function syncIndexes(stores: Stores, reporter: Reporter, options: SyncOptions = {}): Promise<number> {
  // A keyword server that is down does not hold the vector index back: both are brought in line, then the failure is thrown.
  const keywordFailure = await syncKeyword(stores, reporter, options).then(
    () => null,
    (error: unknown) => ({ error }),
  );
  const embedded = await syncVectors(stores, reporter, options);
  if (keywordFailure) throw keywordFailure.error;
  return embedded;
}

export async function indexPaths(
  inputs: string[],
  stores: Stores,
  config: Config,
  reporter: Reporter,
  options: IndexOptions,
): Promise<IndexSummary> {
  const started = performance.now();
  const { files, folders, missing } = await discover(inputs);
  const failed: FileFailure[] = [...missing];
  const warnings: FileWarning[] = [];
  let indexed = 0;
  let unchanged = 0;
  reporter.filesStart(files.length);
  for (const file of files) {
    try {
      const { outcome, warnings: fileWarnings } = await indexOneFile(file, stores, config, reporter);
      for (const message of fileWarnings) {
        warnings.push({ file, message });
        reporter.line(`warning: ${message}`);
      }
      if (outcome === 'indexed') indexed += 1;
      else unchanged += 1;
      reporter.fileDone(file, outcome);
    } catch (error) {
      const blame = error instanceof InputError ? 'file' : 'server';
      failed.push({ file, code: blame === 'file' ? (error as InputError).code : storageFailureOf(error), message: describeError(error), blame });
      reporter.fileDone(file, 'failed');
    }
  }
  reporter.filesEnd();
  const removed = options.prune ? await removeVanished(folders, stores) : 0;
  const embedded = await syncIndexes(stores, reporter, { checkpoint: config.vectorCheckpoint });
  const totals = stores.store.stats();
  return {
    documents: files.length + missing.length,
    indexed,
    unchanged,
    removed,
    failed,
    warnings,
    meetings: totals.meetings,
    items: totals.items,
    paragraphs: totals.paragraphs,
    chunks: totals.chunks,
    embedded,
    seconds: (performance.now() - started) / 1000,
    semantic: stores.semantic.available
      ? `${stores.semantic.parts.embedder.modelId} (${stores.semantic.parts.index.count()} vectors)`
      : `unavailable: ${stores.semantic.reason}`,
  };
}

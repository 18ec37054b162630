// The indexing job: discover files, skip unchanged ones by content hash, read → parse → chunk → store,
// then bring the keyword and vector indexes in line with the store. Every step can be re-run after a crash.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../core/config';
import { describeError, ERROR_CODES, InputError, storageFailureOf } from '../core/errors';
import { chunkMeetings } from './chunk';
import { PARSER_VERSION, parseMinutes } from './parse';
import { isReadableName, readDocument } from './readers';
import { readSidecar, sidecarPathOf } from './sidecar';
import type { Stores } from './stores/open';
import type { DocumentRecord } from './stores/store';
import { syncIndexes } from './index-sync';
import type { Reporter } from './reporter';

export { silentReporter, type Reporter } from './reporter';

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

export interface IndexOptions {
  /** Remove documents under the given folders whose files are gone. */
  prune: boolean;
}

/** Files this large take seconds to read and parse: a line says which one is under way. */
const LARGE_FILE_BYTES = 2 * 1_048_576;
/** How far through a large file's parse a line is written: a pack of thousands of meetings takes seconds. */
const PARSE_PROGRESS_STEPS = [25, 50, 75];

/** A parse's onProgress that writes a line as each of PARSE_PROGRESS_STEPS is passed (the furthest passed, when several are at once). */
function parseProgressLines(name: string, reporter: Reporter): (done: number, total: number) => void {
  let next = 0;
  return (done, total) => {
    const percent = (100 * done) / total;
    if (next >= PARSE_PROGRESS_STEPS.length || percent < PARSE_PROGRESS_STEPS[next]) return;
    while (next < PARSE_PROGRESS_STEPS.length && percent >= PARSE_PROGRESS_STEPS[next]) next += 1;
    reporter.line(`parsing ${name}: ${PARSE_PROGRESS_STEPS[next - 1]}%`);
  };
}

const DISCOVERY_SKIPS = [/\.meta\.json$/i, /^readme(\.[a-z]+)?$/i, /^\./];

export function documentIdOf(absolutePath: string): string {
  return createHash('sha256').update(absolutePath).digest('hex').slice(0, 16);
}

async function discover(inputs: string[]): Promise<{ files: string[]; folders: string[]; missing: FileFailure[] }> {
  const files: string[] = [];
  const folders: string[] = [];
  const missing: FileFailure[] = [];
  async function walk(folder: string): Promise<void> {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (DISCOVERY_SKIPS.some((pattern) => pattern.test(entry.name))) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && isReadableName(entry.name)) files.push(full);
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

  const large = bytes.length >= LARGE_FILE_BYTES;
  const readingAt = performance.now();
  if (large) reporter.line(`reading ${path.basename(file)} (${(bytes.length / 1_048_576).toFixed(1)} MB)`);
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
    pageTitle: read.pageTitle,
    onProgress: large ? parseProgressLines(path.basename(file), reporter) : undefined,
  });
  // Answers name the document, never where the server keeps it.
  const meetings = parsed.map((meeting) => ({ ...meeting, source: { ...meeting.source, file: path.basename(file) } }));
  const chunks = chunkMeetings(meetings);
  // The store and the indexes come next: the line says the file's own work is done, and how fast it went.
  if (large) reporter.line(`read ${path.basename(file)}: ${meetings.length} meeting(s), ${chunks.length} chunks in ${((performance.now() - readingAt) / 1000).toFixed(1)} s`);
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
  return { outcome: 'indexed', warnings: [...(read.warnings ?? []), ...warnings] };
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
      ? `${stores.semantic.parts.embedder.modelId} (${stores.semantic.parts.index.vectorCount()} vectors for ${stores.semantic.parts.index.count()} chunks)`
      : `unavailable: ${stores.semantic.reason}`,
  };
}

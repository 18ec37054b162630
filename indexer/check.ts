// `npm run check [-- --repair] [--json]`: do the store, the keyword index and the vector index agree, and does
// every upload belong to a document?
// Exit code 0 when they agree (after --repair: once repaired), 1 when they differ, 2 on a setup error.
import { Command } from 'commander';
import { loadConfig, type VectorCheckpointPolicy } from '../core/config';
import { describeError } from '../core/errors';
import { createLogger } from '../core/logger';
import { type Reporter, silentReporter } from './pipeline';
import { syncIndexes } from './index-sync';
import { createTerminalReporter } from './progress';
import { openStores, type Stores } from './stores/open';
import type { IndexTarget } from './stores/store';
import { embedChunks } from './stores/vector/embedding-cache';
import { orphanUploads, removeOrphanUploads } from './uploads';

/** What each side holds: the store's chunk ids and seqs, the keyword index's ids, the vector index's labels. */
export interface IndexContents {
  storeIds: string[];
  storeSeqs: number[];
  keywordIds: string[];
  /** null when the vector index cannot be opened (no embedding model). */
  vectorLabels: number[] | null;
  /** Seqs of chunks the model gives no direction (a zero vector): the vector index leaves them out by design. */
  unembeddableSeqs?: number[];
}

export interface SideDifferences<T> {
  /** In the store, not in the index. */
  missing: T[];
  /** In the index, not in the store. */
  orphans: T[];
  /** Held more than once. */
  duplicates: T[];
}

export interface IndexDifferences {
  store: { duplicateIds: string[]; duplicateSeqs: number[] };
  keyword: SideDifferences<string>;
  vector: SideDifferences<number> | null;
}

export interface ConsistencyReport {
  counts: { documents: number; chunks: number; keyword: number; vectors: number | null; unembeddable: number };
  differences: IndexDifferences;
  /** Paths of documents not marked as synced to each index (a crash between steps leaves these). */
  unsynced: Record<IndexTarget, string[]>;
  /** Why the vector index was not checked, when it was not. */
  vectorUnavailable: string | null;
  /** Files and folders under DATA_DIR/uploads no document refers to (killed uploads, deleted meetings' files). */
  orphanUploads: string[];
  consistent: boolean;
}

function duplicatesOf<T>(values: T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

function compareSide<T>(expected: T[], held: T[]): SideDifferences<T> {
  const expectedSet = new Set(expected);
  const heldSet = new Set(held);
  return {
    missing: [...expectedSet].filter((value) => !heldSet.has(value)),
    orphans: [...heldSet].filter((value) => !expectedSet.has(value)),
    duplicates: duplicatesOf(held),
  };
}

/** Pure comparison of what the three hold; the store is the reference. */
export function compareIndexes(contents: IndexContents): IndexDifferences {
  return {
    store: { duplicateIds: duplicatesOf(contents.storeIds), duplicateSeqs: duplicatesOf(contents.storeSeqs) },
    keyword: compareSide(contents.storeIds, contents.keywordIds),
    vector:
      contents.vectorLabels === null
        ? null
        : compareSide(withoutValues(contents.storeSeqs, contents.unembeddableSeqs ?? []), contents.vectorLabels),
  };
}

function withoutValues<T>(values: T[], left: T[]): T[] {
  const leftOut = new Set(left);
  return values.filter((value) => !leftOut.has(value));
}

function sideAgrees<T>(side: SideDifferences<T>): boolean {
  return side.missing.length === 0 && side.orphans.length === 0 && side.duplicates.length === 0;
}

export function differencesAreEmpty(differences: IndexDifferences): boolean {
  return (
    differences.store.duplicateIds.length === 0 &&
    differences.store.duplicateSeqs.length === 0 &&
    sideAgrees(differences.keyword) &&
    differences.vector !== null &&
    sideAgrees(differences.vector)
  );
}

/**
 * Of the chunks missing from the vector index in documents marked synced, those whose embedding is a zero vector.
 * Their vectors come from the embedding cache, where the sync that left them out put them.
 */
async function unembeddable(stores: Stores, missingSeqs: number[]): Promise<number[]> {
  if (!stores.semantic.available || missingSeqs.length === 0) return [];
  const { embedder, cache } = stores.semantic.parts;
  const pending = new Set(stores.store.unsyncedDocuments('vector').map((document) => document.id));
  const chunks = stores.store.getChunksBySeq(missingSeqs).filter((chunk) => !pending.has(chunk.documentId));
  const { vectors } = await embedChunks(chunks, embedder, cache);
  return chunks.filter((_chunk, position) => vectors[position].every((value) => value === 0)).map((chunk) => chunk.seq);
}

/** With `dataDir`, the uploads folder is checked for orphans too. */
export async function inspectIndexes(stores: Stores, dataDir?: string): Promise<ConsistencyReport> {
  const contents: IndexContents = {
    storeIds: stores.store.allChunkIds(),
    storeSeqs: stores.store.allChunkSeqs(),
    keywordIds: await stores.keyword.allIds(),
    vectorLabels: stores.semantic.available ? stores.semantic.parts.index.labels() : null,
  };
  const unembeddableSeqs = await unembeddable(stores, compareIndexes(contents).vector?.missing ?? []);
  const differences = compareIndexes({ ...contents, unembeddableSeqs });
  const unsynced = {
    keyword: stores.store.unsyncedDocuments('keyword').map((document) => document.path),
    vector: stores.store.unsyncedDocuments('vector').map((document) => document.path),
  };
  const orphans = dataDir ? await orphanUploads(dataDir, stores.store) : [];
  return {
    counts: {
      documents: stores.store.stats().documents,
      chunks: contents.storeIds.length,
      keyword: contents.keywordIds.length,
      vectors: contents.vectorLabels?.length ?? null,
      unembeddable: unembeddableSeqs.length,
    },
    differences,
    unsynced,
    vectorUnavailable: stores.semantic.available ? null : stores.semantic.reason,
    orphanUploads: orphans,
    consistent: differencesAreEmpty(differences) && unsynced.keyword.length === 0 && unsynced.vector.length === 0 && orphans.length === 0,
  };
}

// An empty hash never equals a document's content hash, so the next sync redoes that document from the store.
function forgetSync(stores: Stores, documentIds: Iterable<string>, target: IndexTarget): void {
  for (const documentId of documentIds) stores.store.markSynced(documentId, target, '');
}

export interface RepairOptions {
  /** The data folder: orphan uploads in it are removed too. */
  dataDir?: string;
  checkpoint?: VectorCheckpointPolicy;
}

/** Re-syncs every document with a missing or repeated entry, then lets syncIndexes drop orphans and re-sync. */
export async function repairIndexes(stores: Stores, report: ConsistencyReport, reporter: Reporter, options: RepairOptions = {}): Promise<ConsistencyReport> {
  const { dataDir, checkpoint } = options;
  if (dataDir) await removeOrphanUploads(dataDir, stores.store);
  const { keyword, vector } = report.differences;
  if (keyword.duplicates.length > 0) await stores.keyword.deleteChunks(keyword.duplicates);
  const keywordDocuments = stores.store.getChunks([...keyword.missing, ...keyword.duplicates]).map((chunk) => chunk.documentId);
  forgetSync(stores, new Set(keywordDocuments), 'keyword');
  if (vector) {
    const vectorDocuments = stores.store.getChunksBySeq([...vector.missing, ...vector.duplicates]).map((chunk) => chunk.documentId);
    forgetSync(stores, new Set(vectorDocuments), 'vector');
  }
  await syncIndexes(stores, reporter, { alwaysScanForOrphans: true, checkpoint });
  return inspectIndexes(stores, dataDir);
}

function describeSide<T>(name: string, side: SideDifferences<T>): string[] {
  if (sideAgrees(side)) return [`${name}: agrees with the store`];
  const sample = (values: T[]) => values.slice(0, 5).join(', ') + (values.length > 5 ? ', …' : '');
  return [
    ...(side.missing.length ? [`${name}: ${side.missing.length} missing (${sample(side.missing)})`] : []),
    ...(side.orphans.length ? [`${name}: ${side.orphans.length} orphans (${sample(side.orphans)})`] : []),
    ...(side.duplicates.length ? [`${name}: ${side.duplicates.length} duplicated (${sample(side.duplicates)})`] : []),
  ];
}

export function formatReport(report: ConsistencyReport): string[] {
  const { counts, differences, unsynced } = report;
  const lines = [
    `store: ${counts.documents} documents, ${counts.chunks} chunks; keyword index: ${counts.keyword} entries; ` +
      `vector index: ${counts.vectors === null ? 'not open' : `${counts.vectors} vectors (${counts.unembeddable} chunks without meaning to the model)`}`,
    ...describeSide('keyword index', differences.keyword),
    ...(differences.vector
      ? describeSide('vector index', differences.vector)
      : [`vector index: not checked: ${report.vectorUnavailable ?? 'unavailable'}`]),
  ];
  if (differences.store.duplicateIds.length || differences.store.duplicateSeqs.length) {
    lines.push(`store: duplicated chunk ids ${differences.store.duplicateIds.length}, seqs ${differences.store.duplicateSeqs.length}`);
  }
  for (const target of ['keyword', 'vector'] as const) {
    if (unsynced[target].length > 0) lines.push(`${unsynced[target].length} documents not synced to the ${target} index`);
  }
  if (report.orphanUploads.length > 0) lines.push(`uploads: ${report.orphanUploads.length} files no document refers to`);
  lines.push(report.consistent ? 'consistent' : 'NOT consistent (run with --repair to fix)');
  return lines;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('npm run check --')
    .description('Check that the store, the keyword index and the vector index in DATA_DIR agree. Stop the server before --repair.')
    .option('--repair', 're-sync documents with missing or repeated entries and remove orphans', false)
    .option('--json', 'print the report as JSON', false)
    .showHelpAfterError();
  program.parse(argv);
  const { repair, json } = program.opts<{ repair: boolean; json: boolean }>();

  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const stores = await openStores(config, logger);
  try {
    let report = await inspectIndexes(stores, config.dataDir);
    if (repair && !report.consistent) {
      if (!json) process.stdout.write(`${formatReport(report).join('\n')}\nrepairing…\n`);
      const reporter = json ? silentReporter : createTerminalReporter(process.stderr);
      report = await repairIndexes(stores, report, reporter, { dataDir: config.dataDir, checkpoint: config.vectorCheckpoint });
    }
    process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${formatReport(report).join('\n')}\n`);
    return report.consistent ? 0 : 1;
  } finally {
    await stores.close();
  }
}

if (require.main === module) {
  main(process.argv).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`check: ${describeError(error)}\n`);
      process.exit(2);
    },
  );
}

// Where uploaded documents live: DATA_DIR/uploads/<content hash>/<name as uploaded>. One folder per content, so
// the same file uploaded twice lands in the same place, the name people gave it survives, and a folder no
// document refers to (a killed upload, a deleted meeting) is recognisably an orphan.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Store } from './stores/store';

export const UPLOADS_FOLDER = 'uploads';
/** Hex characters of the content hash naming an upload's folder. */
const HASH_PREFIX_LENGTH = 32;
/** Longest stored name in UTF-8 bytes, under every common file system's 255. */
const MAX_NAME_BYTES = 200;

export function uploadsFolderOf(dataDir: string): string {
  return path.join(dataDir, UPLOADS_FOLDER);
}

/** The content hash the indexer records for a document without a sidecar (every upload). */
export function uploadContentHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function truncateToBytes(text: string, maxBytes: number): string {
  let kept = '';
  for (const character of text) {
    if (Buffer.byteLength(kept + character) > maxBytes) break;
    kept += character;
  }
  return kept;
}

/**
 * The name a person gave the file, made safe to store: the last path segment only, no control characters, no
 * leading dots (hidden files, `..`), at most MAX_NAME_BYTES with the extension kept; letters of any script stay.
 */
export function safeUploadName(originalName: string): string {
  const lastSegment = originalName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = lastSegment.normalize('NFC').replace(/[\u0000-\u001f\u007f<>:"|?*]+/g, '-').replace(/^[.\s-]+/, '').trim();
  const extension = path.extname(cleaned).toLowerCase();
  const stem = truncateToBytes(path.basename(cleaned, path.extname(cleaned)), MAX_NAME_BYTES - Buffer.byteLength(extension));
  return `${stem || 'document'}${extension}`;
}

export function uploadPathOf(dataDir: string, contentHash: string, originalName: string): string {
  return path.join(uploadsFolderOf(dataDir), contentHash.slice(0, HASH_PREFIX_LENGTH), safeUploadName(originalName));
}

/** Written under a temporary name and renamed, so a killed upload never leaves a truncated file under the real name. */
export async function writeUpload(file: string, bytes: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** Removes the folder of an uploaded file; files outside uploads/ (indexed folders) are never touched. */
export async function removeUpload(dataDir: string, file: string): Promise<void> {
  const uploads = uploadsFolderOf(dataDir);
  const relative = path.relative(uploads, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return;
  const [top] = relative.split(path.sep);
  await fs.rm(path.join(uploads, top), { recursive: true, force: true });
}

/** Paths under uploads/ that no document refers to: killed uploads, temporary and empty files, deleted meetings' files. */
export async function orphanUploads(dataDir: string, store: Store): Promise<string[]> {
  const uploads = uploadsFolderOf(dataDir);
  const referenced = new Set(store.listDocuments().map((document) => document.path));
  const entries = await fs.readdir(uploads, { withFileTypes: true }).catch(() => []);
  const orphans: string[] = [];
  for (const entry of entries) {
    const full = path.join(uploads, entry.name);
    if (!entry.isDirectory()) {
      if (!referenced.has(full)) orphans.push(full);
      continue;
    }
    const inside = await fs.readdir(full);
    const kept = inside.filter((name) => referenced.has(path.join(full, name)));
    if (kept.length === 0) orphans.push(full);
    else orphans.push(...inside.filter((name) => !kept.includes(name)).map((name) => path.join(full, name)));
  }
  return orphans.sort();
}

export async function removeOrphanUploads(dataDir: string, store: Store): Promise<string[]> {
  const orphans = await orphanUploads(dataDir, store);
  await Promise.all(orphans.map((orphan) => fs.rm(orphan, { recursive: true, force: true })));
  return orphans;
}
